using System.Collections.ObjectModel;

namespace NumberIntel.Client.Confidence;

/// <summary>
/// The lists and thresholds of the confidence pipeline. Bind it from configuration (section
/// <c>NumberIntel:Confidence</c> or any other) or set it in code, then give it to <see cref="ConfidenceNormalizer"/>,
/// which takes a snapshot: changing the policy afterwards does not affect a normalizer already built.
/// </summary>
/// <remarks>
/// <para>Carrier names and countries match case-insensitively. A carrier entry matches a carrier name that equals it
/// (after trimming) or starts with it followed by a non-alphanumeric character: <c>Google Voice</c> matches
/// <c>Google Voice Inc.</c>, <c>Twilio</c> matches <c>Twilio - SMS/MMS-SVR</c>, <c>Pinger</c> does not match
/// <c>Pingerton</c>. The longest matching entry wins.</para>
/// <para>The configuration binder adds configured list items to the defaults; to stop a default carrier from forcing
/// <see cref="ConfidenceLabel.Low"/>, give it an override (<c>CarrierOverrides:Bandwidth = Verified</c>) or remove it in code.</para>
/// </remarks>
public sealed class ConfidencePolicy
{
    /// <summary>The carriers seeded as known disposable VoIP by default.</summary>
    public static IReadOnlyList<string> DefaultDisposableCarriers { get; } = new ReadOnlyCollection<string>(
    [
        "Google Voice", "TextNow", "Hushed", "Pinger", "Burner", "Bandwidth",
        "Twilio", "Plivo", "Vonage", "Sideline", "TextFree", "Talkatone",
    ]);

    /// <summary>A new policy with the default lists and thresholds (a new instance on every call, so it is safe to change).</summary>
    public static ConfidencePolicy Default => new();

    /// <summary>
    /// Carriers known as disposable VoIP: a number on one of them is at most <see cref="ConfidenceLabel.Low"/>.
    /// Defaults to <see cref="DefaultDisposableCarriers"/>.
    /// </summary>
    public IList<string> DisposableCarriers { get; set; } = new List<string>(DefaultDisposableCarriers);

    /// <summary>
    /// Carriers with a label of their own (for example observed fraud → <see cref="ConfidenceLabel.Low"/>): a number on
    /// one of them is at most that label. An override takes precedence over <see cref="DisposableCarriers"/> for the same
    /// entry. Empty by default; keys are case-insensitive.
    /// </summary>
    public IDictionary<string, ConfidenceLabel> CarrierOverrides { get; set; } =
        new Dictionary<string, ConfidenceLabel>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// ISO 3166-1 alpha-2 countries whose numbering data is inconsistent: numbers there are at most
    /// <see cref="ConfidenceLabel.Likely"/>. Empty by default.
    /// </summary>
    public IList<string> CappedCountries { get; set; } = new List<string>();

    /// <summary>
    /// E.164 prefixes of disposable numbers (<c>+4470</c> or <c>4470</c>; non-digits are ignored): a number starting
    /// with one is at most <see cref="ConfidenceLabel.Low"/> and disposable. Empty by default.
    /// </summary>
    public IList<string> DisposablePrefixes { get; set; } = new List<string>();

    /// <summary>IPQS <c>fraud_score</c> at or above which a number is at most <see cref="ConfidenceLabel.Low"/>. Default 85.</summary>
    public int IpqsFraudScoreLow { get; set; } = 85;

    /// <summary>
    /// IPQS <c>fraud_score</c> at or above which (and below <see cref="IpqsFraudScoreLow"/>) a number is at most
    /// <see cref="ConfidenceLabel.Uncertain"/>. Default 75.
    /// </summary>
    public int IpqsFraudScoreUncertain { get; set; } = 75;
}
