namespace NumberIntel.Client.Ipqs;

/// <summary>Typed client of IPQS phone validation (outline; implemented by the transport work).</summary>
public sealed class IpqsClient
{
    /// <summary>Creates the client.</summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="options">Key and base address.</param>
    public IpqsClient(HttpClient httpClient, IpqsOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
    }
}
