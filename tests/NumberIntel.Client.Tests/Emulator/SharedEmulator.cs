using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

/// <summary>One emulator shared by tests that only read answers (no faults, no counter assertions).</summary>
public sealed class SharedEmulator : IAsyncLifetime
{
    public NumberIntelEmulator Emulator { get; private set; } = null!;

    public HttpClient Http { get; } = EmulatorCalls.NewClient();

    public async Task InitializeAsync() => Emulator = await NumberIntelEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
