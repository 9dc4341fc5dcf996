using System.Threading.RateLimiting;

namespace NumberIntel.Client.Resilience;

/// <summary>
/// A token bucket whose tokens accrue continuously with elapsed time (read from a <see cref="TimeProvider"/>), with a FIFO
/// queue of waiters. Unlike <see cref="TokenBucketRateLimiter"/>, which adds a fixed number of tokens per timer tick and
/// so loses the time by which each tick is late (≈ 17 % of the allocation on a loaded machine at a 50 ms period), no token
/// is ever lost: a late timer only delays a grant, the next one comes earlier. A bulk run therefore uses its allocation.
/// </summary>
/// <remarks>
/// The timer is armed only while calls wait, for the moment the oldest waiter's permits will have accrued.
/// A call asking for more permits than the bucket holds is refused (<see cref="ArgumentOutOfRangeException"/>), as
/// <see cref="TokenBucketRateLimiter"/> does; a call that would overflow the queue gets a lease that is not acquired.
/// </remarks>
internal sealed class SteadyTokenBucketRateLimiter : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true, null);
    private static readonly RateLimitLease Refused = new Lease(false, null);

    private readonly object _lock = new();
    private readonly TimeProvider _time;
    private readonly double _perSecond;
    private readonly int _limit;
    private readonly int _queueLimit;
    private readonly LinkedList<Waiter> _queue = new();
    private readonly ITimer _timer;
    private double _tokens;
    private long _last;
    private int _queued;
    private long _idleSince;
    private long _granted;
    private long _refused;
    private bool _disposed;

    /// <param name="permitsPerSecond">Tokens accrued per second.</param>
    /// <param name="tokenLimit">The bucket's size.</param>
    /// <param name="queueLimit">The most permits that may wait.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="initialTokens">The tokens the bucket starts with; null: full.</param>
    public SteadyTokenBucketRateLimiter(double permitsPerSecond, int tokenLimit, int queueLimit, TimeProvider timeProvider, int? initialTokens = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permitsPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokenLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _perSecond = permitsPerSecond;
        _limit = tokenLimit;
        _queueLimit = queueLimit;
        _time = timeProvider;
        _tokens = Math.Clamp(initialTokens ?? tokenLimit, 0, tokenLimit);
        _last = timeProvider.GetTimestamp();
        _idleSince = _last;
        _timer = timeProvider.CreateTimer(static s => ((SteadyTokenBucketRateLimiter)s!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <inheritdoc />
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                Refill();
                return _queue.Count == 0 && _tokens >= _limit ? _time.GetElapsedTime(_idleSince) : null;
            }
        }
    }

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Refill();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = (long)_tokens,
                CurrentQueuedCount = _queued,
                TotalSuccessfulLeases = Interlocked.Read(ref _granted),
                TotalFailedLeases = Interlocked.Read(ref _refused),
            };
        }
    }

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _limit);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (TryTake(permitCount))
            {
                Interlocked.Increment(ref _granted);
                return Granted;
            }

            Interlocked.Increment(ref _refused);
            return new Lease(false, WaitFor(permitCount + _queued));
        }
    }

    /// <summary>
    /// Takes <paramref name="permitCount"/> permits at once when nobody waits and they have accrued, as
    /// <see cref="RateLimiter.AcquireAsync"/> would without waiting; otherwise takes nothing and counts nothing (the caller
    /// then waits in <see cref="RateLimiter.AcquireAsync"/>). Lets the common uncontended call skip its queue-time timer.
    /// </summary>
    /// <param name="permitCount">The permits.</param>
    /// <returns>The granted lease, or null.</returns>
    internal RateLimitLease? TryAcquireNow(int permitCount)
    {
        if (permitCount > _limit)
        {
            return null; // AcquireAsync reports it
        }

        lock (_lock)
        {
            if (_disposed || !TryTake(permitCount))
            {
                return null;
            }

            Interlocked.Increment(ref _granted);
            return Granted;
        }
    }

    /// <inheritdoc />
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _limit);
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (TryTake(permitCount))
            {
                Interlocked.Increment(ref _granted);
                return ValueTask.FromResult(Granted);
            }

            if (_queued + permitCount > _queueLimit)
            {
                Interlocked.Increment(ref _refused);
                return ValueTask.FromResult<RateLimitLease>(new Lease(false, WaitFor(permitCount + _queued)));
            }

            waiter = new Waiter(permitCount);
            waiter.Node = _queue.AddLast(waiter);
            _queued += permitCount;
            if (_queue.Count == 1)
            {
                Arm();
            }
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Token = cancellationToken;
            waiter.Registration = cancellationToken.Register(
                static s => ((SteadyTokenBucketRateLimiter)((object[])s!)[0]).Cancel((Waiter)((object[])s!)[1]), new object[] { this, waiter });
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        List<Waiter>? dropped = null;
        if (disposing)
        {
            lock (_lock)
            {
                if (!_disposed)
                {
                    _disposed = true;
                    dropped = [.. _queue];
                    _queue.Clear();
                    _queued = 0;
                }
            }
        }

        if (dropped is not null)
        {
            _timer.Dispose();
            foreach (var waiter in dropped)
            {
                waiter.Registration.Dispose();
                waiter.Completion.TrySetResult(Refused);
            }
        }

        base.Dispose(disposing);
    }

    private void OnTimer()
    {
        List<Waiter>? ready = null;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            Refill();
            while (_queue.First is { } first && _tokens >= first.Value.Permits)
            {
                _tokens -= first.Value.Permits;
                _queued -= first.Value.Permits;
                _queue.RemoveFirst();
                first.Value.Node = null;
                (ready ??= []).Add(first.Value);
            }

            if (_queue.Count > 0)
            {
                Arm();
            }
        }

        if (ready is not null)
        {
            foreach (var waiter in ready)
            {
                Interlocked.Increment(ref _granted);
                waiter.Registration.Dispose();
                waiter.Completion.TrySetResult(Granted);
            }
        }
    }

    private void Cancel(Waiter waiter)
    {
        lock (_lock)
        {
            if (waiter.Node is null)
            {
                return; // granted (or dropped) already
            }

            var wasFirst = _queue.First == waiter.Node;
            _queue.Remove(waiter.Node);
            waiter.Node = null;
            _queued -= waiter.Permits;
            if (wasFirst && _queue.Count > 0)
            {
                _timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan); // the next waiter may be served now
            }
        }

        waiter.Completion.TrySetCanceled(waiter.Token);
    }

    /// <summary>Takes permits at once if nobody waits and they have accrued. Caller holds the lock.</summary>
    private bool TryTake(int permits)
    {
        Refill();
        if (_queue.Count > 0 || _tokens < permits)
        {
            return false;
        }

        _tokens -= permits;
        return true;
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        var elapsed = (now - _last) / (double)_time.TimestampFrequency;
        _last = now;
        if (_tokens < _limit)
        {
            _tokens = Math.Min(_limit, _tokens + (elapsed * _perSecond));
            if (_tokens >= _limit)
            {
                _idleSince = now;
            }
        }
    }

    private TimeSpan WaitFor(int permits) =>
        TimeSpan.FromSeconds(Math.Max(0, permits - _tokens) / _perSecond);

    /// <summary>Arms the timer for the moment the oldest waiter's permits will have accrued. Caller holds the lock.</summary>
    private void Arm()
    {
        var due = WaitFor(_queue.First!.Value.Permits);
        _timer.Change(due < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : due, Timeout.InfiniteTimeSpan);
    }

    private sealed class Waiter(int permits)
    {
        public int Permits { get; } = permits;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }

        public CancellationToken Token { get; set; }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired { get; } = acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
