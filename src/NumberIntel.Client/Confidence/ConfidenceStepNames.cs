namespace NumberIntel.Client.Confidence;

/// <summary>The values of <see cref="ConfidenceStep.Name"/>.</summary>
/// <remarks>Vendor signals are named after the vendor's wire field, so that a step points straight at the field that caused it.</remarks>
public static class ConfidenceStepNames
{
    /// <summary>
    /// The offline format check (runs only when a <c>PhoneNumberParseResult</c> is given): not possible, or not valid
    /// under <c>OfflineValidation = Valid</c> → invalid.
    /// </summary>
    public const string Format = "format";

    /// <summary>
    /// The offline line type (libphonenumber's type of the number's range). Recorded only when a vendor answered; when
    /// none did it serves as the line type and caps the label at likely (runs only when a <c>PhoneNumberParseResult</c> is given).
    /// </summary>
    public const string OfflineLineType = "offline_line_type";

    /// <summary>The label the canonical line type starts from.</summary>
    public const string LineTypeBaseline = "line_type_baseline";

    /// <summary>The carrier matched against the policy's disposable carriers and overrides.</summary>
    public const string CarrierProfile = "carrier_profile";

    /// <summary>The country matched against the policy's capped countries.</summary>
    public const string CountryCap = "country_cap";

    /// <summary>The E.164 number matched against the policy's disposable prefixes.</summary>
    public const string DisposablePrefix = "disposable_prefix";

    /// <summary>Bind <c>response</c>: the per-number outcome code.</summary>
    public const string BindResponse = "response";

    /// <summary>Bind <c>security.is_disposable</c>.</summary>
    public const string BindIsDisposable = "security.is_disposable";

    /// <summary>Bind <c>scoring.credibility</c>.</summary>
    public const string BindCredibility = "scoring.credibility";

    /// <summary>IPQS <c>success</c>.</summary>
    public const string IpqsSuccess = "success";

    /// <summary>IPQS <c>valid</c>.</summary>
    public const string IpqsValid = "valid";

    /// <summary>IPQS <c>active</c>.</summary>
    public const string IpqsActive = "active";

    /// <summary>IPQS <c>fraud_score</c>.</summary>
    public const string IpqsFraudScore = "fraud_score";

    /// <summary>IPQS <c>recent_abuse</c>.</summary>
    public const string IpqsRecentAbuse = "recent_abuse";

    /// <summary>IPQS <c>VOIP</c>.</summary>
    public const string IpqsVoip = "VOIP";

    /// <summary>IPQS <c>risky</c>.</summary>
    public const string IpqsRisky = "risky";

    /// <summary>IPQS <c>spammer</c>.</summary>
    public const string IpqsSpammer = "spammer";

    /// <summary>IPQS <c>prepaid</c> (recorded only).</summary>
    public const string IpqsPrepaid = "prepaid";

    /// <summary>IPQS <c>leaked</c> (recorded only).</summary>
    public const string IpqsLeaked = "leaked";

    /// <summary>IPQS <c>do_not_call</c> (recorded only).</summary>
    public const string IpqsDoNotCall = "do_not_call";

    /// <summary><see cref="ConfidenceResult.Combine"/>: the lower of two labels.</summary>
    public const string Combine = "combine";
}
