using System.Threading.RateLimiting;

namespace NumberIntel.Client.DependencyInjection;

/// <summary>Rate limiters the host supplied through <c>UseRateLimiter</c>; they replace the built-in token buckets.</summary>
internal sealed class HostRateLimiters
{
    public RateLimiter? Bind { get; set; }

    public RateLimiter? Ipqs { get; set; }

    public RateLimiter? For(NumberIntelVendor vendor) => vendor == NumberIntelVendor.Bind ? Bind : Ipqs;
}
