using System.Security.Cryptography;
using System.Text;
using NumberIntel.Client.Caching;

namespace NumberIntel.Client.Redis.Connection;

/// <summary>
/// The Redis keys of the package. None holds an API key or an MSISDN in clear: both appear only as a SHA-256 hash
/// (hex, first 128 bits), e.g. <c>numberintel:cache:3f2a…</c>, <c>numberintel:lease:3f2a…</c>, <c>rl:tb:{numberintel:rate:bind:9c1e…}</c>.
/// </summary>
internal static class RedisKeys
{
    /// <summary>The key of a cached answer (the SDK's cache key, hashed).</summary>
    public static string Cache(string prefix, string sdkKey) => prefix + "cache:" + Hash(sdkKey);

    /// <summary>The key of the claim on buying one vendor's answer for one MSISDN and variant.</summary>
    public static string Lease(string prefix, NumberIntelVendor vendor, string msisdn, string? variant) =>
        prefix + "lease:" + Hash(AssessmentCacheRules.Key(vendor, msisdn, variant));

    /// <summary>The partition of a vendor's fleet-wide token bucket: vendor and a hash of the API key.</summary>
    public static string RatePartition(string prefix, NumberIntelVendor vendor, string? apiKey) =>
        prefix + "rate:" + (vendor == NumberIntelVendor.Bind ? "bind:" : "ipqs:") + Hash(apiKey ?? string.Empty);

    /// <summary>SHA-256 of the UTF-8 text, first 16 bytes as lower-case hex.</summary>
    public static string Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
