namespace NumberIntel.Client.Assessment;

/// <summary>
/// Counts the tasks of a bulk run (the reader, one per distinct number, each Bind batch, each IPQS call), so that the
/// run's disposal can wait until none is left: no task outlives the enumeration. Starts at one, for the reader.
/// </summary>
internal sealed class BulkWork
{
    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _count = 1; // the reader

    /// <summary>Completes when the count reaches zero.</summary>
    public Task AllDone => _allDone.Task;

    /// <summary>A task of the run starts.</summary>
    public void Begin() => Interlocked.Increment(ref _count);

    /// <summary>A task of the run ended.</summary>
    public void End()
    {
        if (Interlocked.Decrement(ref _count) == 0)
        {
            _allDone.TrySetResult();
        }
    }
}
