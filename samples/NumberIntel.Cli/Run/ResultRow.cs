using NumberIntel.Client;
using NumberIntel.Client.Confidence;

namespace NumberIntel.Cli.Run;

/// <summary>
/// One output record: what every format writes for one input. Built from the SDK's <see cref="NumberAssessment"/> for
/// the first input of a number, and from the run's <see cref="RunRecord"/> for its repeats, so that a repeat's line is
/// the same whichever way it was answered (also across an interrupted and a resumed run).
/// </summary>
internal sealed record ResultRow
{
    public required long Index { get; init; }

    public required string Input { get; init; }

    public string? Msisdn { get; init; }

    public ConfidenceLabel Label { get; init; }

    public LineType LineType { get; init; }

    public string? Carrier { get; init; }

    public string? Country { get; init; }

    public bool Disposable { get; init; }

    public bool Degraded { get; init; }

    /// <summary>What failed, as short codes: <c>bind:timeout</c>, <c>ipqs:vendor_error</c>, <c>line_too_long</c>.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>The steps that lowered the label, as short codes (<c>ipqs.VOIP</c>, <c>bind.scoring.credibility</c>, <c>format</c>).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The index of the earlier input with the same number whose answer this one reuses; null for a first input.</summary>
    public long? DuplicateOf { get; init; }

    public IReadOnlyList<NumberIntelVendor> PaidLookups { get; init; } = [];

    public IReadOnlyList<NumberIntelVendor> CacheHits { get; init; } = [];

    /// <summary>The SDK's answer (first inputs only): every diagnostics step and the full error messages, for <c>--explain</c> and the table.</summary>
    public NumberAssessment? Source { get; init; }

    /// <summary>The original CSV record of CRM input, or null.</summary>
    public IReadOnlyList<string>? Row { get; init; }

    public string? E164 => Msisdn is null ? null : "+" + Msisdn;

    public double Score => ConfidenceResult.GetScore(Label);
}
