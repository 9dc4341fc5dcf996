namespace NumberIntel.Client.Redis.RateLimiting;

/// <summary>
/// Lets the limiters made by <c>UseRedis()</c> (before the service provider exists) find their buckets: the provider's
/// <see cref="RedisFleet"/> attaches itself when the NumberIntel options are first built.
/// </summary>
internal sealed class FleetRateLimiterBinding
{
    private Func<RedisFleet>? _fleet;

    public void Attach(Func<RedisFleet> fleet) => _fleet = fleet;

    public VendorBuckets Buckets(NumberIntelVendor vendor) =>
        (_fleet ?? throw new InvalidOperationException("The Redis rate limiter is used before the service provider that registered it was built."))
        ().Buckets(vendor);
}
