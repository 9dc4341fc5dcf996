namespace NumberIntel.Cli;

/// <summary>
/// A request to stop a run gracefully (the first SIGINT or SIGTERM): no new lookups are sent, the ones in flight finish
/// (bounded by <see cref="CliRunOptions.StopGracePeriod"/>), every answer is written and flushed, the summary printed,
/// and the run exits with <see cref="ExitCode"/>. A hard stop is the run's cancellation token.
/// </summary>
public sealed class CliStopSignal : IDisposable
{
    private readonly CancellationTokenSource _requested = new();
    private int _exitCode;

    /// <summary>Cancelled when a stop was requested.</summary>
    public CancellationToken Token => _requested.Token;

    /// <summary>Whether a stop was requested.</summary>
    public bool IsRequested => _requested.IsCancellationRequested;

    /// <summary>The exit code the request asked for (130 for SIGINT, 143 for SIGTERM), or 0 when none was made.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    /// <summary>Requests a graceful stop; false when one was already requested (the caller then stops hard).</summary>
    /// <param name="exitCode">The exit code of the run: <see cref="CliExitCodes.Cancelled"/> or <see cref="CliExitCodes.Terminated"/>.</param>
    /// <returns>True for the first request.</returns>
    public bool Request(int exitCode)
    {
        if (Interlocked.CompareExchange(ref _exitCode, exitCode, 0) != 0)
        {
            return false;
        }

        _requested.Cancel();
        return true;
    }

    /// <inheritdoc/>
    public void Dispose() => _requested.Dispose();
}
