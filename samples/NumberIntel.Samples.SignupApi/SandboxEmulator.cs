using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Testing;

namespace NumberIntel.Samples.SignupApi;

/// <summary>
/// Sandbox mode: when neither <c>NumberIntel:Bind:ApiKey</c> nor <c>NumberIntel:Ipqs:ApiKey</c> is configured, an
/// embedded <see cref="NumberIntelEmulator"/> answers (magic numbers, made-up profiles, nothing billed).
/// </summary>
public sealed class SandboxEmulator : IAsyncDisposable
{
    private SandboxEmulator(NumberIntelEmulator emulator) => Emulator = emulator;

    /// <summary>The running emulator.</summary>
    public NumberIntelEmulator Emulator { get; }

    /// <summary>Starts the emulator and points NumberIntel at it when no key is configured; otherwise does nothing.</summary>
    /// <param name="configuration">The app's configuration.</param>
    /// <param name="builder">The builder <c>AddNumberIntel</c> returned.</param>
    /// <returns>The sandbox, or null when a key is configured.</returns>
    public static async Task<SandboxEmulator?> UseIfNoKeyAsync(IConfiguration configuration, INumberIntelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(builder);
        if (!string.IsNullOrWhiteSpace(configuration["NumberIntel:Bind:ApiKey"]) || !string.IsNullOrWhiteSpace(configuration["NumberIntel:Ipqs:ApiKey"]))
        {
            return null;
        }

        var sandbox = new SandboxEmulator(await NumberIntelEmulator.StartAsync());
        builder.UseEmulator(sandbox.Emulator);
        builder.Services.AddSingleton(_ => sandbox); // created by the container (factory), so disposed with it
        return sandbox;
    }

    /// <summary>Makes the container track (and so dispose) the sandbox: resolves it once.</summary>
    /// <param name="services">The app's services.</param>
    public void TrackedBy(IServiceProvider services) => services.GetRequiredService<SandboxEmulator>();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
