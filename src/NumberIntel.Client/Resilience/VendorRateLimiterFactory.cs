using System.Threading.RateLimiting;

namespace NumberIntel.Client.Resilience;

/// <summary>Builds the default token-bucket limiter of a vendor from its <see cref="NumberIntelRateLimitOptions"/>.</summary>
internal static class VendorRateLimiterFactory
{
    /// <param name="options">The vendor's rate-limit settings.</param>
    /// <param name="largestRequest">The most permits one request can ask for (Bind: the batch size), so the bucket can hold it.</param>
    /// <param name="timeProvider">The clock tokens accrue on; <see cref="TimeProvider.System"/> when null.</param>
    public static RateLimiter Create(NumberIntelRateLimitOptions options, int largestRequest, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perSecond = options.PermitsPerSecond;

        // Tokens accrue continuously (no replenishment tick whose lateness would lose part of the allocation). The bucket
        // starts with one request's worth, not full: the vendor's own bucket is full at that moment and would lose what it
        // accrues while the client's first burst is still on its way, and then throttle the client later in the run.
        var burst = options.BurstSize > 0 ? options.BurstSize : (int)Math.Ceiling(perSecond);
        var limit = Math.Max(Math.Max(burst, largestRequest), 1);
        return new SteadyTokenBucketRateLimiter(
            perSecond,
            tokenLimit: limit,
            queueLimit: Math.Max(options.QueueLimit, largestRequest),
            timeProvider ?? TimeProvider.System,
            initialTokens: Math.Max(largestRequest, 1));
    }
}
