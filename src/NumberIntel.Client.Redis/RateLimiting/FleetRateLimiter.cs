using System.Threading.RateLimiting;
using NumberIntel.Client.Redis.Connection;
using RedisRateLimiting;

namespace NumberIntel.Client.Redis.RateLimiting;

/// <summary>
/// One vendor's allocation shared by every worker: a token bucket in Redis (<see cref="RedisTokenBucketRateLimiter{TKey}"/>,
/// keyed by vendor and a hash of the API key) that callers wait on; while Redis is unreachable, a local bucket with this
/// worker's share (<c>PermitsPerSecond / ExpectedWorkers</c>). Plugged in through <c>UseRateLimiter(vendor, limiter)</c>.
/// </summary>
/// <remarks>
/// The limiter is created when <c>UseRedis()</c> is called, before the service provider exists; it binds to the provider's
/// settings and Redis link on its first use (<see cref="FleetRateLimiterBinding"/>).
/// </remarks>
internal sealed class FleetRateLimiter : RateLimiter
{
    private readonly FleetRateLimiterBinding _binding;
    private readonly NumberIntelVendor _vendor;

    public FleetRateLimiter(NumberIntelVendor vendor, FleetRateLimiterBinding binding)
    {
        _vendor = vendor;
        _binding = binding;
    }

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        _binding.Buckets(_vendor).Local.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var buckets = _binding.Buckets(_vendor);
        if (!buckets.Enabled)
        {
            return Unlimited.Lease;
        }

        var link = buckets.Link;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buckets.Shared && link.IsAvailable)
            {
                try
                {
                    var redis = await buckets.RedisAsync(cancellationToken).ConfigureAwait(false);
                    var lease = await link.RunAsync("rate limit", _ => redis.AcquireAsync(permitCount, CancellationToken.None).AsTask(), cancellationToken)
                        .ConfigureAwait(false);
                    if (lease.IsAcquired)
                    {
                        return lease;
                    }

                    lease.Dispose();
                    await Task.Delay(buckets.NextPoll(), link.Time, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (RedisUnavailableException)
                {
                    // Logged once by the link: this worker's share, locally, until Redis is tried again.
                }
            }

            var local = buckets.Local.AttemptAcquire(permitCount);
            if (local.IsAcquired)
            {
                return local;
            }

            local.Dispose();
            await Task.Delay(buckets.NextPoll(), link.Time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The lease of a vendor whose rate limit is off.</summary>
    private sealed class Unlimited : RateLimitLease
    {
        public static readonly Unlimited Lease = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
