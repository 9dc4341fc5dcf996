using Microsoft.Extensions.Hosting;

namespace NumberIntel.Client.Testing.DependencyInjection;

/// <summary>Starts the sandbox's emulator with the host; the container stops it when it is disposed.</summary>
internal sealed class NumberIntelSandboxService(NumberIntelEmulator emulator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => emulator.StartServingAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
