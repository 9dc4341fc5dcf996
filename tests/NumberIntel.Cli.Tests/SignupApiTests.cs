using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Testing;
using NumberIntel.Samples.SignupApi;

using SignupProgram = global::Program;

namespace NumberIntel.Cli.Tests;

/// <summary>The signup API sample through <see cref="WebApplicationFactory{TEntryPoint}"/>, in sandbox mode (its appsettings.json has no key).</summary>
[Collection(Infrastructure.SignupApiCollection.Name)]
public sealed class SignupApiTests : IClassFixture<WebApplicationFactory<SignupProgram>>
{
    private readonly WebApplicationFactory<SignupProgram> _factory;

    public SignupApiTests(WebApplicationFactory<SignupProgram> factory)
    {
        _factory = factory;
    }

    [Fact]
    public void Start_NoKeyConfigured_RunsAgainstTheSandboxEmulator()
    {
        var sandbox = _factory.Services.GetService<NumberIntelEmulator>();

        Assert.NotNull(sandbox);
    }

    [Fact]
    public async Task Signup_VerifiedNumber_Accepts()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/signup", new { phone = MagicNumbers.HrVerifiedMobile });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("accept", body.RootElement.GetProperty("decision").GetString());
        Assert.Equal("verified", body.RootElement.GetProperty("confidence").GetString());
        Assert.Equal(MagicNumbers.HrVerifiedMobile, body.RootElement.GetProperty("e164").GetString());
    }

    [Fact]
    public async Task Signup_DisposableNumber_FlagsForReview()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/signup", new { phone = MagicNumbers.HrLowDisposable });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("review", body.RootElement.GetProperty("decision").GetString());
        Assert.Equal("low", body.RootElement.GetProperty("confidence").GetString());
        Assert.True(body.RootElement.GetProperty("isDisposable").GetBoolean());
    }

    [Fact]
    public async Task Signup_LowVoipNumber_FlagsForReview()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/signup", new { phone = MagicNumbers.UsLowVoip });

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("review", body.RootElement.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Signup_NumberTheVendorsCallInvalid_RejectsWith422ProblemDetails()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/signup", new { phone = MagicNumbers.HrInvalid });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(422, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(SignupEndpoint.RejectedProblemType, problem.RootElement.GetProperty("type").GetString());
        Assert.Equal("reject", problem.RootElement.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Signup_NotAPhoneNumber_RejectsWith400ProblemDetails()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/signup", new { phone = "call me maybe" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(SignupEndpoint.RejectedProblemType, problem.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Signup_NoPhone_Returns400ValidationProblem()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/signup", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("phone", out _));
    }

    [Fact]
    public async Task Signup_MalformedJson_Returns400ProblemDetails()
    {
        using var client = _factory.CreateClient();
        using var content = new StringContent("{\"phone\":12", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/signup", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
