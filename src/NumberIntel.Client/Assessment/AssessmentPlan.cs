using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Assessment;

/// <summary>The shape of an assessment once the strategy meets the configured vendors.</summary>
internal enum PlanShape
{
    /// <summary>Bind alone.</summary>
    Bind,

    /// <summary>IPQS alone.</summary>
    Ipqs,

    /// <summary>Both, concurrently.</summary>
    Both,

    /// <summary>The first, then the second when the first's label is uncertain or likely, or it failed.</summary>
    Cascade,
}

/// <summary>The settings of one call (or one bulk run), resolved from <see cref="AssessOptions"/> and <see cref="NumberIntelOptions"/>.</summary>
internal sealed class AssessmentPlan
{
    public required PlanShape Shape { get; init; }

    public required VendorStrategy Strategy { get; init; }

    public NumberIntelVendor CascadeFirst { get; init; }

    public required FailureMode FailureMode { get; init; }

    public string? Region { get; init; }

    /// <summary>Which parsed numbers may be looked up (<see cref="NumberIntelOptions.OfflineValidation"/>).</summary>
    public OfflineValidationMode OfflineValidation { get; init; }

    /// <summary>The call's IPQS request; null lets the client use <see cref="IpqsOptions.DefaultRequest"/>.</summary>
    public IpqsPhoneRequest? IpqsRequest { get; init; }

    /// <summary>The cache variant of the IPQS request in effect.</summary>
    public string? IpqsVariant { get; init; }

    /// <summary>Whether IPQS answers may be cached (no per-transaction parameters).</summary>
    public bool CacheIpqs { get; init; }

    /// <summary>Whether Bind may be called.</summary>
    public bool MayUseBind => Shape is PlanShape.Bind or PlanShape.Both or PlanShape.Cascade;

    /// <summary>Whether IPQS may be called.</summary>
    public bool MayUseIpqs => Shape is PlanShape.Ipqs or PlanShape.Both or PlanShape.Cascade;
}
