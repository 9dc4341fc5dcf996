using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Testing;

using SignupProgram = global::Program;

namespace NumberIntel.Cli.Tests;

/// <summary>The signup API leaves sandbox mode as soon as a key is configured.</summary>
[Collection(Infrastructure.SignupApiCollection.Name)]
public sealed class SignupApiConfigurationTests
{
    [Fact]
    public async Task Start_KeyConfigured_NoSandbox()
    {
        await using var factory = new WebApplicationFactory<SignupProgram>()
            .WithWebHostBuilder(b => b.UseSetting("NumberIntel:Ipqs:ApiKey", "configured-key"));

        var sandbox = factory.Services.GetService<NumberIntelEmulator>();

        Assert.Null(sandbox);
    }
}
