namespace NumberIntel.Client.Http;

/// <summary>
/// A vendor's validated connection settings, copied from its options at construction so that later changes to
/// the options object cannot affect a client that is already in use.
/// </summary>
/// <param name="Vendor">The vendor.</param>
/// <param name="VendorName">The vendor's display name used in messages and logs (<c>Bind</c>, <c>IPQS</c>).</param>
/// <param name="BaseAddress">The absolute base address, always ending with <c>/</c>.</param>
/// <param name="ApiKeyHeader">The request header that carries the key.</param>
/// <param name="ApiKey">The key (never logged, never put in a message).</param>
/// <param name="ApiKeyConfigurationPath">Where the key is configured, for messages (<c>NumberIntel:Bind:ApiKey</c>).</param>
/// <param name="MaxResponseBytes">The cap on a response body, in bytes (compressed and decompressed).</param>
internal sealed record VendorEndpoint(
    NumberIntelVendor Vendor,
    string VendorName,
    Uri BaseAddress,
    string ApiKeyHeader,
    string ApiKey,
    string ApiKeyConfigurationPath,
    long MaxResponseBytes)
{
    /// <summary>Never shows the key.</summary>
    /// <returns>The vendor and base address.</returns>
    public override string ToString() => $"{VendorName} {BaseAddress}";

    /// <summary>Resolves <paramref name="relativePath"/> (no leading slash) against the base address, keeping its path.</summary>
    /// <param name="relativePath">E.g. <c>lookup/number-scoring</c>.</param>
    /// <returns>The absolute URI.</returns>
    public Uri Resolve(string relativePath) => new(BaseAddress, relativePath);
}
