namespace NumberIntel.Client;

/// <summary>Settings shared by both vendors' clients: key, base address, response cap.</summary>
/// <remarks><see cref="ToString"/> never shows the API key.</remarks>
public abstract class NumberIntelVendorOptions
{
    /// <summary>The default cap on a response body, in bytes (4 MiB).</summary>
    public const long DefaultMaxResponseBytes = 4 * 1024 * 1024;

    /// <summary>The vendor API key. Sent in a header only; never logged, traced or put in a URL.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The vendor's base address. Must be <c>https</c> unless it is a loopback address (the emulator).</summary>
    public abstract Uri BaseAddress { get; set; }

    /// <summary>Bodies larger than this many bytes are refused as a vendor error. Default 4 MiB.</summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>Retry, timeout and circuit-breaker settings (<c>Resilience</c> sub-section).</summary>
    public NumberIntelResilienceOptions Resilience { get; set; } = new();

    /// <summary>Client-side rate limit (<c>RateLimit</c> sub-section).</summary>
    public NumberIntelRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Whether an API key is set.</summary>
    internal bool HasApiKey => !string.IsNullOrWhiteSpace(ApiKey);

    /// <inheritdoc />
    public override string ToString() =>
        $"{GetType().Name} {{ BaseAddress = {BaseAddress}, ApiKey = {(HasApiKey ? "***" : "<not set>")} }}";
}
