using Microsoft.Extensions.Hosting;

namespace NumberIntel.Cli.Hosting;

/// <summary>
/// A host lifetime that does nothing: the CLI owns Ctrl+C (it cancels the run and flushes output) and prints no
/// "Application started" lines. Replaces the Generic Host's <c>ConsoleLifetime</c>.
/// </summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
