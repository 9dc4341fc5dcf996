using NumberIntel.Client;

namespace NumberIntel.Cli.Progress;

/// <summary>Which vendors a run asks and the rate configured for each (null when its client-side limiter is off).</summary>
internal sealed record VendorAllocation(bool Bind, double? BindPerSecond, bool Ipqs, double? IpqsPerSecond)
{
    /// <summary>From the configured options and the run's <c>--vendors</c> (the configured strategy when not given).</summary>
    public static VendorAllocation From(NumberIntelOptions configured, VendorStrategy? vendors)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var strategy = vendors ?? configured.Vendors;
        var bind = strategy != VendorStrategy.IpqsOnly;
        var ipqs = strategy != VendorStrategy.BindOnly;
        return new VendorAllocation(
            bind,
            configured.Bind.RateLimit.Enabled ? configured.Bind.RateLimit.PermitsPerSecond : null,
            ipqs,
            configured.Ipqs.RateLimit.Enabled ? configured.Ipqs.RateLimit.PermitsPerSecond : null);
    }
}
