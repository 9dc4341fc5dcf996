namespace NumberIntel.Client.Bind;

/// <summary>Typed client of Bind number scoring (outline; implemented by the transport work).</summary>
public sealed class BindClient
{
    /// <summary>Creates the client.</summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="options">Key, base address and batch settings.</param>
    public BindClient(HttpClient httpClient, BindOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
    }
}
