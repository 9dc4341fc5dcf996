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

    /// <summary>
    /// Without waiting (and without a Redis call): permits this worker already holds from the fleet's bucket, else a
    /// refused lease; the local bucket while Redis is down or not shared.
    /// </summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        var buckets = _binding.Buckets(_vendor);
        if (!buckets.Enabled)
        {
            return Granted.Lease;
        }

        if (!buckets.Shared || !buckets.Link.IsAvailable)
        {
            return buckets.Local.AttemptAcquire(permitCount);
        }

        if (!buckets.Gate.Wait(0))
        {
            return Refused.Lease;
        }

        try
        {
            if (buckets.Reservoir < permitCount)
            {
                return Refused.Lease;
            }

            buckets.Reservoir -= permitCount;
            return Granted.Lease;
        }
        finally
        {
            buckets.Gate.Release();
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var buckets = _binding.Buckets(_vendor);
        if (!buckets.Enabled)
        {
            return Granted.Lease;
        }

        var link = buckets.Link;
        if (buckets.Shared && link.IsAvailable)
        {
            // One request of this worker at a time asks Redis (the others wait here, in order): the fleet's bucket sees
            // one poller per worker, not one per request in flight.
            await buckets.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (buckets.Reservoir >= permitCount)
                {
                    buckets.Reservoir -= permitCount;
                    return Granted.Lease;
                }

                var wanted = buckets.Chunk(permitCount - (int)buckets.Reservoir);
                while (link.IsAvailable)
                {
                    var redis = await buckets.RedisAsync(cancellationToken).ConfigureAwait(false);
                    var lease = await link.RunAsync("rate limit", _ => redis.AcquireAsync(wanted, CancellationToken.None).AsTask(), cancellationToken)
                        .ConfigureAwait(false);
                    var remaining = lease.TryGetMetadata(RateLimitMetadataName.Remaining.Name, out var left) && left is long count ? count : 0;
                    var acquired = lease.IsAcquired;
                    lease.Dispose();
                    if (acquired)
                    {
                        buckets.Reservoir += wanted - permitCount;
                        return Granted.Lease;
                    }

                    var missing = permitCount - (int)buckets.Reservoir;
                    if (remaining >= missing)
                    {
                        wanted = missing; // fewer than a chunk are there, but enough for this request
                        continue;
                    }

                    await Task.Delay(buckets.WaitFor(missing, remaining), link.Time, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (RedisUnavailableException)
            {
                // Logged once by the link: this worker's share, locally, until Redis is tried again.
            }
            finally
            {
                buckets.Gate.Release();
            }
        }

        return await buckets.Local.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>No permits now (the fleet's bucket is asked only by <see cref="AcquireAsyncCore"/>).</summary>
    private sealed class Refused : RateLimitLease
    {
        public static readonly Refused Lease = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    /// <summary>Permits granted (a token bucket's permits are spent, there is nothing to give back); also the lease of a vendor whose rate limit is off.</summary>
    private sealed class Granted : RateLimitLease
    {
        public static readonly Granted Lease = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
