using System.Threading.RateLimiting;

namespace NumberIntel.Client.Resilience;

/// <summary>Builds the default token-bucket limiter of a vendor from its <see cref="NumberIntelRateLimitOptions"/>.</summary>
internal static class VendorRateLimiterFactory
{
    /// <param name="options">The vendor's rate-limit settings.</param>
    /// <param name="largestRequest">The most permits one request can ask for (Bind: the batch size), so the bucket can hold it.</param>
    public static TokenBucketRateLimiter Create(NumberIntelRateLimitOptions options, int largestRequest)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perSecond = options.PermitsPerSecond;

        // Replenish about 20 times a second, in whole tokens.
        var tokensPerPeriod = Math.Max(1, (int)Math.Round(perSecond / 20d));
        var period = TimeSpan.FromSeconds(tokensPerPeriod / perSecond);
        var burst = options.BurstSize > 0 ? options.BurstSize : (int)Math.Ceiling(perSecond);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(Math.Max(burst, largestRequest), tokensPerPeriod),
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = Math.Max(options.QueueLimit, largestRequest),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}
