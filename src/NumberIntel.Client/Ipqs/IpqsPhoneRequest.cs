namespace NumberIntel.Client.Ipqs;

/// <summary>Optional parameters of an IPQS phone validation (outline; completed with the IPQS client).</summary>
public sealed record IpqsPhoneRequest
{
    /// <summary><c>strictness</c>: 0–2, how deep the reputation check goes (the vendor suggests starting at 0).</summary>
    public int? Strictness { get; init; }

    /// <summary><c>country[]</c>: ISO 3166-1 alpha-2 countries the number is expected to be from.</summary>
    public IReadOnlyList<string>? Countries { get; init; }
}
