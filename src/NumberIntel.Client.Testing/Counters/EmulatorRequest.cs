namespace NumberIntel.Client.Testing;

/// <summary>A request as an emulated vendor received it. API keys are never recorded, only where they were.</summary>
public sealed record EmulatorRequest
{
    /// <summary>The vendor.</summary>
    public required NumberIntelVendor Vendor { get; init; }

    /// <summary>When it arrived (the emulator's <see cref="TimeProvider"/>).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>The path (a key in the path is replaced by <c>{key}</c>).</summary>
    public required string Path { get; init; }

    /// <summary>The query string, including the leading <c>?</c>, or empty.</summary>
    public required string Query { get; init; }

    /// <summary>Where the API key was.</summary>
    public required EmulatorApiKeyLocation ApiKeyLocation { get; init; }

    /// <summary>Request headers; the key headers' values are replaced by <c>***</c>.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The numbers exactly as sent (Bind <c>msisdn</c> items; the IPQS <c>phone</c>), in order.</summary>
    public required IReadOnlyList<string> Numbers { get; init; }

    /// <summary>Bind <c>callback_url</c>, if sent. The emulator records it and never calls it.</summary>
    public string? CallbackUrl { get; init; }

    /// <summary>IPQS <c>strictness</c>, if sent.</summary>
    public int? Strictness { get; init; }

    /// <summary>IPQS <c>country[]</c> values, in order.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>IPQS parameters other than the key (query, form or JSON body), last value wins.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
}
