using System.Threading.RateLimiting;

namespace NumberIntel.Client.Tests.Infrastructure;

/// <summary>
/// A first-in-first-out token bucket the test refills by hand (<see cref="Refill"/>), so a "50 per second" limiter
/// follows a fake clock. Counts the permits it granted.
/// </summary>
public sealed class ManualRateLimiter(int tokens) : RateLimiter
{
    private readonly object _gate = new();
    private readonly Queue<(int Permits, TaskCompletionSource<RateLimitLease> Waiter)> _queue = new();
    private int _tokens = tokens;
    private int _granted;

    /// <summary>Permits granted so far.</summary>
    public int Granted => Volatile.Read(ref _granted);

    /// <summary>Acquisitions waiting.</summary>
    public int Queued
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    public override TimeSpan? IdleDuration => null;

    /// <summary>Adds <paramref name="count"/> tokens and grants waiting acquisitions in order.</summary>
    public void Refill(int count)
    {
        var release = new List<TaskCompletionSource<RateLimitLease>>();
        lock (_gate)
        {
            _tokens += count;
            while (_queue.Count > 0 && _queue.Peek().Permits <= _tokens)
            {
                var (permits, waiter) = _queue.Dequeue();
                _tokens -= permits;
                Interlocked.Add(ref _granted, permits);
                release.Add(waiter);
            }
        }

        foreach (var waiter in release)
        {
            waiter.TrySetResult(Lease.Acquired);
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = _tokens, CurrentQueuedCount = _queue.Count };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            if (_queue.Count == 0 && _tokens >= permitCount)
            {
                _tokens -= permitCount;
                Interlocked.Add(ref _granted, permitCount);
                return Lease.Acquired;
            }
        }

        return Lease.Refused;
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<RateLimitLease>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_queue.Count == 0 && _tokens >= permitCount)
            {
                _tokens -= permitCount;
                Interlocked.Add(ref _granted, permitCount);
                return ValueTask.FromResult<RateLimitLease>(Lease.Acquired);
            }

            _queue.Enqueue((permitCount, waiter));
        }

        cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
        return new ValueTask<RateLimitLease>(waiter.Task);
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
