namespace NumberIntel.Client.Testing;

/// <summary>
/// What a magic number makes the emulated vendors answer. The two-digit code at the end of every magic number is the
/// scenario's value (e.g. <c>…01</c> is <see cref="VerifiedMobile"/>). Each scenario moves exactly one signal of the
/// confidence pipeline, so a test of that step fails if the step breaks.
/// </summary>
public enum MagicNumberScenario
{
    /// <summary>Bind: mobile, credibility high, not disposable. IPQS: <c>Wireless</c>, fraud score 0, no flags. Label <c>verified</c>.</summary>
    VerifiedMobile = 1,

    /// <summary>Bind: landline. IPQS: <c>Landline</c>. Otherwise clean. Label <c>verified</c>.</summary>
    VerifiedLandline = 2,

    /// <summary>Bind: <c>toll_free</c>. IPQS: <c>Toll Free</c>. Otherwise clean. Label <c>likely</c>.</summary>
    LikelyTollFree = 3,

    /// <summary>Bind: <c>shared_cost</c>. IPQS: line type <c>N/A</c>. Label <c>uncertain</c>.</summary>
    UncertainSharedCost = 4,

    /// <summary>Bind: type <c>n/a</c>. IPQS: <c>Premium Rate</c>. Label <c>uncertain</c>.</summary>
    UncertainPremiumRate = 5,

    /// <summary>Bind: <c>voip</c>. IPQS: line type <c>VOIP</c> and <c>VOIP: true</c>. Label <c>low</c>.</summary>
    LowVoip = 6,

    /// <summary>
    /// Both vendors name a known disposable-VoIP carrier (TextNow, Hushed or Twilio) while the line type says mobile /
    /// <c>Wireless</c>, so only the carrier-profile step lowers the label. Label <c>low</c>.
    /// </summary>
    LowDisposableCarrier = 7,

    /// <summary>Bind: <c>is_disposable: yes</c> (IPQS clean, <c>prepaid: true</c>). Label <c>low</c>, disposable.</summary>
    LowDisposable = 8,

    /// <summary>Bind: credibility <c>very_low</c> (IPQS clean). Label <c>low</c>.</summary>
    LowCredibility = 9,

    /// <summary>Bind: credibility <c>intermediate</c> (IPQS clean). Label <c>uncertain</c>.</summary>
    UncertainCredibility = 10,

    /// <summary>IPQS: fraud score 80 (Bind clean). Label <c>uncertain</c>.</summary>
    UncertainFraudScore = 11,

    /// <summary>IPQS: fraud score 88 (Bind clean). Label <c>low</c>.</summary>
    LowFraudScore = 12,

    /// <summary>IPQS: fraud score 95 (Bind clean). Label <c>low</c>.</summary>
    LowHighRiskFraudScore = 13,

    /// <summary>IPQS: <c>recent_abuse: true</c> with fraud score 40 (Bind clean). Label <c>low</c>.</summary>
    LowRecentAbuse = 14,

    /// <summary>IPQS: <c>active: false</c> (<c>Disconnected Line</c> with the enhanced line check; Bind clean). Label <c>low</c>.</summary>
    LowInactiveLine = 15,

    /// <summary>IPQS: <c>risky: true</c> with fraud score 50 (Bind clean). Label <c>uncertain</c>.</summary>
    UncertainRisky = 16,

    /// <summary>IPQS: <c>spammer: true</c> with fraud score 45 (Bind clean). Label <c>uncertain</c>.</summary>
    UncertainSpammer = 17,

    /// <summary>IPQS: <c>prepaid</c>, <c>leaked</c> and <c>do_not_call</c> all true (recorded only; Bind clean). Label <c>verified</c>.</summary>
    VerifiedRecordedFlags = 18,

    /// <summary>Bind: response 5 (invalid number). IPQS: <c>valid: false</c>. The number is still possible, so the SDK calls both. Label <c>invalid</c>.</summary>
    Invalid = 19,

    /// <summary>Bind: response 6 (not resolved; IPQS clean). Label <c>uncertain</c>.</summary>
    NotResolved = 20,
}
