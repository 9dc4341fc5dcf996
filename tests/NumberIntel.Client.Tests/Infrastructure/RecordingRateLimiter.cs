using System.Threading.RateLimiting;

namespace NumberIntel.Client.Tests.Infrastructure;

/// <summary>A rate limiter that records how many permits each asynchronous acquisition asked for, delegating to an inner limiter.</summary>
public sealed class RecordingRateLimiter(RateLimiter? inner = null) : RateLimiter
{
    private readonly RateLimiter _inner = inner ?? new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1000, QueueLimit = 0 });
    private readonly List<int> _requested = [];

    /// <summary>The permit counts asked for, in order.</summary>
    public IReadOnlyList<int> Requested
    {
        get
        {
            lock (_requested)
            {
                return [.. _requested];
            }
        }
    }

    public override TimeSpan? IdleDuration => _inner.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => _inner.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => _inner.AttemptAcquire(permitCount);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        lock (_requested)
        {
            _requested.Add(permitCount);
        }

        return _inner.AcquireAsync(permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
