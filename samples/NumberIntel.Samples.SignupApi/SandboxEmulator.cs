using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client;
using NumberIntel.Client.Testing;

namespace NumberIntel.Samples.SignupApi;

/// <summary>
/// Sandbox mode: when neither <c>NumberIntel:Bind:ApiKey</c> nor <c>NumberIntel:Ipqs:ApiKey</c> is configured, an
/// embedded <see cref="NumberIntelEmulator"/> answers (magic numbers, made-up profiles, nothing billed).
/// </summary>
/// <remarks>
/// The emulator is started after the app is built (<see cref="StartAsync"/>), not before: it is a web host itself, and
/// <c>WebApplicationFactory</c> takes the first host built in the entry point for the app under test.
/// </remarks>
public sealed class SandboxEmulator : IAsyncDisposable
{
    private NumberIntelEmulator? _emulator;

    private SandboxEmulator()
    {
    }

    /// <summary>The running emulator.</summary>
    /// <exception cref="InvalidOperationException"><see cref="StartAsync"/> has not run.</exception>
    public NumberIntelEmulator Emulator => _emulator ?? throw new InvalidOperationException("The sandbox emulator has not been started.");

    /// <summary>
    /// When no key is configured, registers the sandbox and points NumberIntel at its emulator (the options read the
    /// emulator's addresses and keys when they are first used, after <see cref="StartAsync"/>); otherwise does nothing.
    /// </summary>
    /// <param name="configuration">The app's configuration.</param>
    /// <param name="builder">The builder <c>AddNumberIntel</c> returned.</param>
    /// <returns>The sandbox to start once the app is built, or null when a key is configured.</returns>
    public static SandboxEmulator? AddIfNoKey(IConfiguration configuration, INumberIntelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(builder);
        if (!string.IsNullOrWhiteSpace(configuration["NumberIntel:Bind:ApiKey"]) || !string.IsNullOrWhiteSpace(configuration["NumberIntel:Ipqs:ApiKey"]))
        {
            return null;
        }

        var sandbox = new SandboxEmulator();
        builder.Services.AddSingleton(_ => sandbox); // created through a factory, so the container disposes it
        builder.Services.PostConfigure<NumberIntelOptions>(options =>
        {
            var emulator = sandbox.Emulator;
            options.Bind.BaseAddress = emulator.BindBaseAddress;
            options.Bind.ApiKey = emulator.BindApiKey;
            options.Ipqs.BaseAddress = emulator.IpqsBaseAddress;
            options.Ipqs.ApiKey = emulator.IpqsApiKey;
        });
        return sandbox;
    }

    /// <summary>Starts the emulator and hands the sandbox to the app's container, which stops it when the app stops.</summary>
    /// <param name="services">The built app's services.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the emulator listens.</returns>
    public async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        _emulator ??= await NumberIntelEmulator.StartAsync(cancellationToken: cancellationToken);
        _ = services.GetRequiredService<SandboxEmulator>(); // resolved once, so that the container owns and disposes it
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _emulator?.DisposeAsync() ?? ValueTask.CompletedTask;
}
