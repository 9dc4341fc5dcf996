namespace NumberIntel.Client.Testing;

/// <summary>
/// A scripted fault once added: how often it has hit, how many hits are left, and — for
/// <see cref="EmulatorFaultKind.Hold"/> — the switch that lets held requests go. Thread-safe.
/// </summary>
public sealed class EmulatorFaultHandle
{
    private readonly Lock _lock = new();
    private readonly List<(int Hits, TaskCompletionSource Signal)> _waiters = [];
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _hits;
    private int _remaining;

    internal EmulatorFaultHandle(EmulatorFault fault, EmulatorFaults owner)
    {
        Fault = fault;
        Owner = owner;
        _remaining = fault.Count;
    }

    /// <summary>The fault.</summary>
    public EmulatorFault Fault { get; }

    /// <summary>How many requests (or Bind items) it has hit so far.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>How many more hits it will take (<see cref="int.MaxValue"/> for <see cref="EmulatorFault.Always"/>); 0 once used up or removed.</summary>
    public int Remaining => Volatile.Read(ref _remaining);

    /// <summary>Whether <see cref="Release"/> was called.</summary>
    public bool IsReleased => _released.Task.IsCompleted;

    internal EmulatorFaults Owner { get; }

    /// <summary>Completes when the fault has hit <paramref name="hits"/> times — e.g. "the request is now being held".</summary>
    /// <param name="hits">The number of hits to wait for; default 1.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes on the <paramref name="hits"/>-th hit.</returns>
    public Task WaitForHitAsync(int hits = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hits, 1);
        lock (_lock)
        {
            if (_hits >= hits)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((hits, signal));
            return signal.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Lets every request this <see cref="EmulatorFaultKind.Hold"/> fault holds (now or later) go on to its normal answer.</summary>
    public void Release() => _released.TrySetResult();

    /// <summary>Takes the fault out of the queue: it hits nothing more. Requests it holds are released.</summary>
    public void Remove()
    {
        Interlocked.Exchange(ref _remaining, 0);
        Release();
        Owner.Forget(this);
    }

    /// <summary>Claims one hit if any are left.</summary>
    internal bool TryTake()
    {
        while (true)
        {
            var remaining = Volatile.Read(ref _remaining);
            if (remaining <= 0)
            {
                return false;
            }

            var next = remaining == int.MaxValue ? remaining : remaining - 1;
            if (Interlocked.CompareExchange(ref _remaining, next, remaining) == remaining)
            {
                break;
            }
        }

        lock (_lock)
        {
            _hits++;
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Hits <= _hits)
                {
                    _waiters[i].Signal.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }

        return true;
    }

    /// <summary>Waits until <see cref="Release"/> or <paramref name="cancellationToken"/>.</summary>
    internal Task WaitForReleaseAsync(CancellationToken cancellationToken) => _released.Task.WaitAsync(cancellationToken);
}
