using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client;
using NumberIntel.Client.Testing;
using NumberIntel.Samples.SignupApi;

using SignupProgram = global::Program;

namespace NumberIntel.Cli.Tests;

/// <summary>The signup API's explicit choice for degraded assessments (<c>Signup:OnDegraded</c>).</summary>
[Collection(Infrastructure.SignupApiCollection.Name)]
public sealed class SignupApiDegradedTests
{
    [Theory]
    [InlineData(null, "review")]
    [InlineData("Review", "review")]
    [InlineData("Accept", "accept")]
    public async Task Signup_IpqsDownVerifiedByBind_DecisionFollowsOnDegraded(string? setting, string decision)
    {
        await using var factory = new WebApplicationFactory<SignupProgram>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in Infrastructure.CliRun.FastRetries)
            {
                b.UseSetting(key, value);
            }

            if (setting is not null)
            {
                b.UseSetting("Signup:OnDegraded", setting);
            }
        });
        using var client = factory.CreateClient();
        factory.Services.GetRequiredService<NumberIntelEmulator>().Faults.Add(EmulatorFault.ServerError(503).OnVendor(NumberIntelVendor.Ipqs).Always());

        using var response = await client.PostAsJsonAsync("/signup", new { phone = MagicNumbers.HrVerifiedMobile });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("degraded").GetBoolean());
        Assert.Equal(decision, body.RootElement.GetProperty("decision").GetString());
    }
}
