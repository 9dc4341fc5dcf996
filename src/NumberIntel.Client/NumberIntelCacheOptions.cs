namespace NumberIntel.Client;

/// <summary>
/// The result cache (configuration section <c>NumberIntel:Cache</c>): vendor answers are kept per MSISDN so that a number
/// is not paid for twice across runs. Failures and IPQS <c>success:false</c> bodies are never cached.
/// </summary>
public sealed class NumberIntelCacheOptions
{
    /// <summary>Whether answers are cached. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a Bind answer is kept. Default 24 hours.</summary>
    public TimeSpan BindTimeToLive { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long an IPQS answer is kept. Default 24 hours.</summary>
    public TimeSpan IpqsTimeToLive { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The most answers the in-memory cache keeps (each vendor answer counts one). Default 100,000.</summary>
    public long MemoryCacheSizeLimit { get; set; } = 100_000;
}
