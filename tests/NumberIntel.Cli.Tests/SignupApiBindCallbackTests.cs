using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using NumberIntel.Cli.Tests.Infrastructure;
using NumberIntel.Samples.SignupApi;

using SignupProgram = global::Program;

namespace NumberIntel.Cli.Tests;

/// <summary><c>POST /bind/callback/{token}</c> of the signup API sample, through <see cref="WebApplicationFactory{TEntryPoint}"/>.</summary>
public sealed class SignupApiBindCallbackTests : IClassFixture<BindCallbackApiFactory>
{
    private const string Token = BindCallbackApiFactory.Token;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly BindCallbackApiFactory _factory;

    public SignupApiBindCallbackTests(BindCallbackApiFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task BindCallback_ArrayBody_Answers204()
    {
        using var client = _factory.CreateClient();

        using var response = await PostAsync(client, $"/bind/callback/{Token}", Fixture("bind-callback-array.json"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task BindCallback_ArrayBody_LogsEachResultWithTheNumberRedacted()
    {
        using var client = _factory.CreateClient();

        using var response = await PostAsync(client, $"/bind/callback/{Token}", Fixture("bind-callback-array.json"));

        var messages = _factory.Logs.Messages;
        Assert.Contains(messages, m => m.Contains("385915****01 response Success, confidence Verified", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("385915****99 response Timeout", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("385915550101", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BindCallback_SingleObjectBody_Answers204AndLogsTheResult()
    {
        using var client = _factory.CreateClient();

        using var response = await PostAsync(client, $"/bind/callback/{Token}", Fixture("bind-callback-single.json"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(_factory.Logs.Messages, m => m.Contains("385915****77 response Success, confidence Low", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<html><body>oops</body></html>")]
    [InlineData("")]
    [InlineData("[{\"msisdn\":")]
    [InlineData("\"done\"")]
    public async Task BindCallback_MalformedBody_Answers400Problem(string body)
    {
        using var client = _factory.CreateClient();

        using var response = await PostAsync(client, $"/bind/callback/{Token}", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(BindCallbackEndpoint.MalformedProblemType, problem.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task BindCallback_WrongToken_Answers404AndReadsNothing()
    {
        using var client = _factory.CreateClient();

        using var response = await PostAsync(client, "/bind/callback/not-the-token", "<not json>");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task BindCallback_NoTokenConfigured_Answers404()
    {
        await using var factory = new WebApplicationFactory<SignupProgram>();
        using var client = factory.CreateClient();

        using var response = await PostAsync(client, "/bind/callback/anything", Fixture("bind-callback-array.json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task BindCallback_BodyOverTheLimit_Answers413()
    {
        await using var factory = _factory.WithWebHostBuilder(b => b.UseSetting("BindCallback:MaxBodyBytes", "64"));
        using var client = factory.CreateClient();

        using var response = await PostAsync(client, $"/bind/callback/{Token}", Fixture("bind-callback-array.json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body)
    {
        using var content = new StringContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync(path, content).WaitAsync(Timeout);
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
