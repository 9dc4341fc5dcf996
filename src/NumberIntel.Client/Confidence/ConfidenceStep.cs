namespace NumberIntel.Client.Confidence;

/// <summary>
/// One step of the confidence pipeline as it ran: what it saw, what it decided and whether that lowered the label.
/// Read the steps in order to answer "why is my number flagged low?".
/// </summary>
/// <param name="Name">
/// The step: a pipeline stage (<c>format</c>, <c>line_type_baseline</c>, <c>carrier_profile</c>, <c>country_cap</c>,
/// <c>disposable_prefix</c>, <c>combine</c>) or, for vendor signals, the vendor's field (<c>response</c>,
/// <c>scoring.credibility</c>, <c>fraud_score</c>, <c>VOIP</c>, …). See <see cref="ConfidenceStepNames"/>.
/// </param>
/// <param name="Vendor">The vendor whose result the step belongs to, or <see langword="null"/> for the offline format step, a format-only result and <c>combine</c>.</param>
/// <param name="Observed">The value the step looked at, as text (<c>mobile</c>, <c>Twilio</c>, <c>88</c>, <c>true</c>), or <see langword="null"/> when it was absent.</param>
/// <param name="Decision">
/// The most this step allows the label to be (a cap), or <see langword="null"/> when the step found nothing to act on.
/// The label after the step is the lower of the label before it and this decision: a step never raises the label.
/// </param>
/// <param name="Applied">Whether the decision lowered the label (false when the label was already at or below it).</param>
/// <param name="Reason">Why the step decided what it did, in plain English.</param>
public readonly record struct ConfidenceStep(
    string Name,
    NumberIntelVendor? Vendor,
    string? Observed,
    ConfidenceLabel? Decision,
    bool Applied,
    string Reason);
