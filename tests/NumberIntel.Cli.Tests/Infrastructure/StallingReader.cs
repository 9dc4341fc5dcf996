namespace NumberIntel.Cli.Tests.Infrastructure;

/// <summary>Standard input that delivers some text and then stalls forever (an idle pipe): its reads ignore cancellation.</summary>
public sealed class StallingReader(string text) : TextReader
{
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _delivered;

    /// <summary>Completes when a read is waiting for input that never comes.</summary>
    public Task Stalled => _stalled.Task;

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        if (!_delivered)
        {
            _delivered = true;
            text.AsSpan().CopyTo(buffer.Span);
            return ValueTask.FromResult(text.Length);
        }

        _stalled.TrySetResult();
        return new ValueTask<int>(new TaskCompletionSource<int>().Task); // never completes, whatever the token says
    }
}
