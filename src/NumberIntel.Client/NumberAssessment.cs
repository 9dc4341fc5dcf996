using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client;

/// <summary>The verdict on one input: the normalized confidence and the vendor answers it was built from.</summary>
public sealed record NumberAssessment
{
    /// <summary>The input as given.</summary>
    public required string Input { get; init; }

    /// <summary>Position of the input in a bulk run (0-based); 0 for a single assessment.</summary>
    public long Index { get; init; }

    /// <summary>Digits only, country code first; null when the input is not a possible number.</summary>
    public string? Msisdn { get; init; }

    /// <summary>The offline parse of <see cref="Input"/>.</summary>
    public PhoneNumberParseResult? Number { get; init; }

    /// <summary>The normalized confidence. Always set on assessments produced by the SDK.</summary>
    public ConfidenceResult? Confidence { get; init; }

    /// <summary>Bind's answer, when Bind was asked and answered.</summary>
    public BindScoringResult? Bind { get; init; }

    /// <summary>IPQS's answer, when IPQS was asked and answered.</summary>
    public IpqsPhoneResult? Ipqs { get; init; }

    /// <summary>True when a vendor that should have answered failed, and the verdict is built from less.</summary>
    public bool Degraded { get; init; }

    /// <summary>What failed, one entry per failed vendor; empty when nothing failed.</summary>
    public IReadOnlyList<NumberAssessmentError> Errors { get; init; } = [];

    /// <summary>Which vendor answers came from the cache rather than a paid call.</summary>
    public IReadOnlyList<NumberIntelVendor> CacheHits { get; init; } = [];

    /// <summary>The vendors that were paid for this assessment (not cached, not skipped).</summary>
    public IReadOnlyList<NumberIntelVendor> PaidLookups { get; init; } = [];

    /// <summary>
    /// In a bulk run: the <see cref="Index"/> of the earlier input with the same MSISDN whose vendor answers this assessment
    /// reuses (nothing was paid or looked up for this one: <see cref="PaidLookups"/> and <see cref="CacheHits"/> are empty);
    /// null when this input was looked up itself.
    /// </summary>
    public long? DuplicateOf { get; init; }

    /// <summary>The confidence pipeline's step-by-step explanation (<see cref="ConfidenceResult.Diagnostics"/>).</summary>
    public ConfidenceDiagnostics? Diagnostics => Confidence?.Diagnostics;

    /// <summary>The label, or <see cref="ConfidenceLabel.Invalid"/> when no confidence was computed.</summary>
    public ConfidenceLabel Label => Confidence?.Label ?? ConfidenceLabel.Invalid;
}
