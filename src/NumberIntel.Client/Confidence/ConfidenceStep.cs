using System.Text.Json.Serialization;

namespace NumberIntel.Client.Confidence;

/// <summary>
/// One step of the confidence pipeline as it ran: what it saw, what it decided and whether that lowered the label.
/// Read the steps in order to answer "why is my number flagged low?".
/// </summary>
public readonly record struct ConfidenceStep
{
    // Kept compact (a byte each) so that a step is four words: the normalizer writes one array of them per number.
    private readonly byte _vendor;
    private readonly byte _decision;

    /// <summary>Creates a step.</summary>
    /// <param name="name">See <see cref="Name"/>.</param>
    /// <param name="vendor">See <see cref="Vendor"/>.</param>
    /// <param name="observed">See <see cref="Observed"/>.</param>
    /// <param name="decision">See <see cref="Decision"/>.</param>
    /// <param name="applied">See <see cref="Applied"/>.</param>
    /// <param name="reason">See <see cref="Reason"/>.</param>
    [JsonConstructor]
    public ConfidenceStep(
        string name, NumberIntelVendor? vendor, string? observed, ConfidenceLabel? decision, bool applied, string reason)
    {
        Name = name;
        _vendor = vendor is { } v ? (byte)v : (byte)0;
        Observed = observed;
        _decision = decision is { } d ? (byte)(d + 1) : (byte)0;
        Applied = applied;
        Reason = reason;
    }

    /// <summary>
    /// The step: a pipeline stage (<c>format</c>, <c>line_type_baseline</c>, <c>carrier_profile</c>, <c>country_cap</c>,
    /// <c>disposable_prefix</c>, <c>combine</c>) or, for vendor signals, the vendor's field (<c>response</c>,
    /// <c>scoring.credibility</c>, <c>fraud_score</c>, <c>VOIP</c>, …). See <see cref="ConfidenceStepNames"/>.
    /// </summary>
    public string Name { get; }

    /// <summary>The vendor whose result the step belongs to, or <see langword="null"/> for the offline format step, a format-only result and <c>combine</c>.</summary>
    public NumberIntelVendor? Vendor => _vendor == 0 ? null : (NumberIntelVendor)_vendor;

    /// <summary>The value the step looked at, as text (<c>mobile</c>, <c>Twilio</c>, <c>88</c>, <c>true</c>), or <see langword="null"/> when it was absent. Never a full phone number.</summary>
    public string? Observed { get; }

    /// <summary>
    /// The most this step allows the label to be (a cap), or <see langword="null"/> when the step found nothing to act on.
    /// The label after the step is the lower of the label before it and this decision: a step never raises the label.
    /// </summary>
    public ConfidenceLabel? Decision => _decision == 0 ? null : (ConfidenceLabel)(_decision - 1);

    /// <summary>Whether the decision lowered the label (false when the label was already at or below it).</summary>
    public bool Applied { get; }

    /// <summary>Why the step decided what it did, in plain English.</summary>
    public string Reason { get; }
}
