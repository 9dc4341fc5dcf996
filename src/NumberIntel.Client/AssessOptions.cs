using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client;

/// <summary>Per-call settings of an assessment; unset members fall back to <see cref="NumberIntelOptions"/>.</summary>
public record AssessOptions
{
    /// <summary>Which vendors to ask.</summary>
    public VendorStrategy? Vendors { get; init; }

    /// <summary>ISO 3166-1 alpha-2 region used to place national-format input (e.g. <c>091 234 5678</c> with <c>HR</c>).</summary>
    public string? DefaultRegion { get; init; }

    /// <summary>IPQS request extras (strictness, countries, add-ons).</summary>
    public IpqsPhoneRequest? IpqsRequest { get; init; }

    /// <summary>Whether a vendor failure degrades or throws.</summary>
    public FailureMode? FailureMode { get; init; }
}
