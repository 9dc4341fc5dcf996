using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

using SignupProgram = global::Program;

namespace NumberIntel.Cli.Tests.Infrastructure;

/// <summary>The signup API sample with <c>BindCallback:Token</c> set and its log lines captured.</summary>
public sealed class BindCallbackApiFactory : WebApplicationFactory<SignupProgram>
{
    /// <summary>The configured callback token.</summary>
    public const string Token = "test-callback-token-6f1c2d";

    /// <summary>The host's log messages.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("BindCallback:Token", Token);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
