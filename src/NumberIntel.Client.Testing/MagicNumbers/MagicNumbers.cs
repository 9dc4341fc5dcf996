using System.Collections.Frozen;
using NumberIntel.Client.Confidence;

namespace NumberIntel.Client.Testing;

/// <summary>
/// Numbers with a fixed, documented answer from both emulated vendors — like card test numbers. Each one moves one
/// signal of the SDK's confidence pipeline; <see cref="MagicNumber.ExpectedLabel"/> is the label the SDK computes with
/// the default <c>ConfidencePolicy</c> (both vendors combined, the lower label wins). The last two digits are the
/// <see cref="MagicNumberScenario"/> value. Every number is <b>valid</b> per libphonenumber (the SDK's offline format
/// step), so the SDK sends it to the (emulated) vendors; the <see cref="MagicNumberScenario.Invalid"/> numbers are valid
/// offline too — it is the vendors that call them invalid.
/// </summary>
/// <remarks>
/// <para>Ranges used:</para>
/// <list type="bullet">
/// <item><description>Croatia (HR): mobile numbers in the A1 range 091 555 01xx, Zagreb landline 01 555 0102, freephone 0800 555 103, UAN 072 55 0104 (offline a UAN, answered by the vendors as shared cost; Croatia has no reserved drama range).</description></item>
/// <item><description>United States (US): the fictional NXX-555-01xx range (valid in libphonenumber): New York 212-555-01xx, Chicago landline 312-555-0102, toll-free 800-555-0103, premium 900-555-0105.</description></item>
/// <item><description>United Kingdom (GB): Ofcom drama ranges where libphonenumber accepts them: London 020 7946 0xxx, freephone 0808 157 0xxx, premium 0909 879 0xxx. The mobile drama range 07700 900xxx is not an allocated range, so libphonenumber (and the SDK) reject it offline; mobile scenarios use 07400 555 1xx instead, in libphonenumber's own example block 07400 (valid, not known to be assigned).</description></item>
/// <item><description>Germany (DE): Berlin drama range 030 23125 xxx for the landline; mobile numbers 0151 555 001xx, freephone 0800 555 0103, shared cost 0180 555 0104.</description></item>
/// </list>
/// <para>Every other valid number gets a deterministic pseudo-random profile derived from its digits; numbers
/// libphonenumber rejects are invalid to both emulated vendors (Bind 5, IPQS <c>valid: false</c>).</para>
/// </remarks>
public static class MagicNumbers
{
    /// <summary>Croatia: VerifiedMobile. Bind: response 0; type mobile; credibility high; is_disposable no. IPQS: valid; line_type Wireless; fraud_score 0; no flags. Expected label: <c>verified</c>.</summary>
    public const string HrVerifiedMobile = "+385915550101";

    /// <summary>Croatia: VerifiedLandline. Bind: response 0; type landline; credibility high; is_disposable no. IPQS: valid; line_type Landline; fraud_score 0; no flags. Expected label: <c>verified</c>.</summary>
    public const string HrVerifiedLandline = "+38515550102";

    /// <summary>Croatia: LikelyTollFree. Bind: response 0; type toll_free; credibility high. IPQS: valid; line_type Toll Free; fraud_score 0. Expected label: <c>likely</c>.</summary>
    public const string HrLikelyTollFree = "+385800555103";

    /// <summary>Croatia: UncertainSharedCost. Bind: response 0; type shared_cost; credibility high. IPQS: valid; line_type N/A; fraud_score 0. Expected label: <c>uncertain</c>.</summary>
    public const string HrUncertainSharedCost = "+38572550104";

    /// <summary>Croatia: LowVoip. Bind: response 0; type voip; credibility high. IPQS: valid; line_type VOIP; VOIP true. Expected label: <c>low</c>.</summary>
    public const string HrLowVoip = "+385915550106";

    /// <summary>Croatia: LowDisposableCarrier. Bind: response 0; type mobile; current_network_name Twilio. IPQS: valid; line_type Wireless; carrier Twilio. Expected label: <c>low</c>.</summary>
    public const string HrLowDisposableCarrier = "+385915550107";

    /// <summary>Croatia: LowDisposable. Bind: response 0; type mobile; is_disposable yes. IPQS: clean Wireless; prepaid true. Expected label: <c>low</c> (disposable).</summary>
    public const string HrLowDisposable = "+385915550108";

    /// <summary>Croatia: LowCredibility. Bind: response 0; type mobile; credibility very_low. IPQS: clean Wireless (as VerifiedMobile). Expected label: <c>low</c>.</summary>
    public const string HrLowCredibility = "+385915550109";

    /// <summary>Croatia: UncertainCredibility. Bind: response 0; type mobile; credibility intermediate. IPQS: clean Wireless (as VerifiedMobile). Expected label: <c>uncertain</c>.</summary>
    public const string HrUncertainCredibility = "+385915550110";

    /// <summary>Croatia: UncertainFraudScore. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 80. Expected label: <c>uncertain</c>.</summary>
    public const string HrUncertainFraudScore = "+385915550111";

    /// <summary>Croatia: LowFraudScore. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 88. Expected label: <c>low</c>.</summary>
    public const string HrLowFraudScore = "+385915550112";

    /// <summary>Croatia: LowHighRiskFraudScore. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 95. Expected label: <c>low</c>.</summary>
    public const string HrLowHighRiskFraudScore = "+385915550113";

    /// <summary>Croatia: LowRecentAbuse. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 40; recent_abuse true. Expected label: <c>low</c>.</summary>
    public const string HrLowRecentAbuse = "+385915550114";

    /// <summary>Croatia: LowInactiveLine. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; active false (active_status Disconnected Line). Expected label: <c>low</c>.</summary>
    public const string HrLowInactiveLine = "+385915550115";

    /// <summary>Croatia: UncertainRisky. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 50; risky true. Expected label: <c>uncertain</c>.</summary>
    public const string HrUncertainRisky = "+385915550116";

    /// <summary>Croatia: UncertainSpammer. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 45; spammer true. Expected label: <c>uncertain</c>.</summary>
    public const string HrUncertainSpammer = "+385915550117";

    /// <summary>Croatia: VerifiedRecordedFlags. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; prepaid, leaked, do_not_call true. Expected label: <c>verified</c>.</summary>
    public const string HrVerifiedRecordedFlags = "+385915550118";

    /// <summary>Croatia: Invalid. Bind: response 5 (invalid number). IPQS: valid false. Expected label: <c>invalid</c>.</summary>
    public const string HrInvalid = "+385915550119";

    /// <summary>Croatia: NotResolved. Bind: response 6 (not resolved). IPQS: clean Wireless (as VerifiedMobile). Expected label: <c>uncertain</c>.</summary>
    public const string HrNotResolved = "+385915550120";

    /// <summary>United States: VerifiedMobile. Bind: response 0; type mobile; credibility high; is_disposable no. IPQS: valid; line_type Wireless; fraud_score 0; no flags. Expected label: <c>verified</c>.</summary>
    public const string UsVerifiedMobile = "+12125550101";

    /// <summary>United States: VerifiedLandline. Bind: response 0; type landline; credibility high; is_disposable no. IPQS: valid; line_type Landline; fraud_score 0; no flags. Expected label: <c>verified</c>.</summary>
    public const string UsVerifiedLandline = "+13125550102";

    /// <summary>United States: LikelyTollFree. Bind: response 0; type toll_free; credibility high. IPQS: valid; line_type Toll Free; fraud_score 0. Expected label: <c>likely</c>.</summary>
    public const string UsLikelyTollFree = "+18005550103";

    /// <summary>United States: UncertainPremiumRate. Bind: response 0; type n/a; credibility high. IPQS: valid; line_type Premium Rate; fraud_score 0. Expected label: <c>uncertain</c>.</summary>
    public const string UsUncertainPremiumRate = "+19005550105";

    /// <summary>United States: LowVoip. Bind: response 0; type voip; credibility high. IPQS: valid; line_type VOIP; VOIP true. Expected label: <c>low</c>.</summary>
    public const string UsLowVoip = "+12125550106";

    /// <summary>United States: LowDisposableCarrier. Bind: response 0; type mobile; current_network_name TextNow. IPQS: valid; line_type Wireless; carrier TextNow. Expected label: <c>low</c>.</summary>
    public const string UsLowDisposableCarrier = "+12125550107";

    /// <summary>United States: LowDisposable. Bind: response 0; type mobile; is_disposable yes. IPQS: clean Wireless; prepaid true. Expected label: <c>low</c> (disposable).</summary>
    public const string UsLowDisposable = "+12125550108";

    /// <summary>United States: LowCredibility. Bind: response 0; type mobile; credibility very_low. IPQS: clean Wireless (as VerifiedMobile). Expected label: <c>low</c>.</summary>
    public const string UsLowCredibility = "+12125550109";

    /// <summary>United States: UncertainCredibility. Bind: response 0; type mobile; credibility intermediate. IPQS: clean Wireless (as VerifiedMobile). Expected label: <c>uncertain</c>.</summary>
    public const string UsUncertainCredibility = "+12125550110";

    /// <summary>United States: UncertainFraudScore. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 80. Expected label: <c>uncertain</c>.</summary>
    public const string UsUncertainFraudScore = "+12125550111";

    /// <summary>United States: LowFraudScore. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 88. Expected label: <c>low</c>.</summary>
    public const string UsLowFraudScore = "+12125550112";

    /// <summary>United States: LowHighRiskFraudScore. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 95. Expected label: <c>low</c>.</summary>
    public const string UsLowHighRiskFraudScore = "+12125550113";

    /// <summary>United States: LowRecentAbuse. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 40; recent_abuse true. Expected label: <c>low</c>.</summary>
    public const string UsLowRecentAbuse = "+12125550114";

    /// <summary>United States: LowInactiveLine. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; active false (active_status Disconnected Line). Expected label: <c>low</c>.</summary>
    public const string UsLowInactiveLine = "+12125550115";

    /// <summary>United States: UncertainRisky. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 50; risky true. Expected label: <c>uncertain</c>.</summary>
    public const string UsUncertainRisky = "+12125550116";

    /// <summary>United States: UncertainSpammer. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 45; spammer true. Expected label: <c>uncertain</c>.</summary>
    public const string UsUncertainSpammer = "+12125550117";

    /// <summary>United States: VerifiedRecordedFlags. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; prepaid, leaked, do_not_call true. Expected label: <c>verified</c>.</summary>
    public const string UsVerifiedRecordedFlags = "+12125550118";

    /// <summary>United States: Invalid. Bind: response 5 (invalid number). IPQS: valid false. Expected label: <c>invalid</c>.</summary>
    public const string UsInvalid = "+12125550119";

    /// <summary>United States: NotResolved. Bind: response 6 (not resolved). IPQS: clean Wireless (as VerifiedMobile). Expected label: <c>uncertain</c>.</summary>
    public const string UsNotResolved = "+12125550120";

    /// <summary>United Kingdom: VerifiedMobile. Bind: response 0; type mobile; credibility high; is_disposable no. IPQS: valid; line_type Wireless; fraud_score 0; no flags. Expected label: <c>verified</c>.</summary>
    public const string GbVerifiedMobile = "+447400555101";

    /// <summary>United Kingdom: VerifiedLandline. Bind: response 0; type landline; credibility high; is_disposable no. IPQS: valid; line_type Landline; fraud_score 0; no flags. Expected label: <c>verified</c>.</summary>
    public const string GbVerifiedLandline = "+442079460102";

    /// <summary>United Kingdom: LikelyTollFree. Bind: response 0; type toll_free; credibility high. IPQS: valid; line_type Toll Free; fraud_score 0. Expected label: <c>likely</c>.</summary>
    public const string GbLikelyTollFree = "+448081570103";

    /// <summary>United Kingdom: UncertainPremiumRate. Bind: response 0; type n/a; credibility high. IPQS: valid; line_type Premium Rate; fraud_score 0. Expected label: <c>uncertain</c>.</summary>
    public const string GbUncertainPremiumRate = "+449098790105";

    /// <summary>United Kingdom: LowVoip. Bind: response 0; type voip; credibility high. IPQS: valid; line_type VOIP; VOIP true. Expected label: <c>low</c>.</summary>
    public const string GbLowVoip = "+447400555106";

    /// <summary>United Kingdom: LowDisposableCarrier. Bind: response 0; type mobile; current_network_name Hushed. IPQS: valid; line_type Wireless; carrier Hushed. Expected label: <c>low</c>.</summary>
    public const string GbLowDisposableCarrier = "+447400555107";

    /// <summary>United Kingdom: LowDisposable. Bind: response 0; type mobile; is_disposable yes. IPQS: clean Wireless; prepaid true. Expected label: <c>low</c> (disposable).</summary>
    public const string GbLowDisposable = "+447400555108";

    /// <summary>United Kingdom: LowCredibility. Bind: response 0; type mobile; credibility very_low. IPQS: clean Wireless (as VerifiedMobile). Expected label: <c>low</c>.</summary>
    public const string GbLowCredibility = "+447400555109";

    /// <summary>United Kingdom: UncertainCredibility. Bind: response 0; type mobile; credibility intermediate. IPQS: clean Wireless (as VerifiedMobile). Expected label: <c>uncertain</c>.</summary>
    public const string GbUncertainCredibility = "+447400555110";

    /// <summary>United Kingdom: UncertainFraudScore. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 80. Expected label: <c>uncertain</c>.</summary>
    public const string GbUncertainFraudScore = "+447400555111";

    /// <summary>United Kingdom: LowFraudScore. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 88. Expected label: <c>low</c>.</summary>
    public const string GbLowFraudScore = "+447400555112";

    /// <summary>United Kingdom: LowHighRiskFraudScore. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 95. Expected label: <c>low</c>.</summary>
    public const string GbLowHighRiskFraudScore = "+447400555113";

    /// <summary>United Kingdom: LowRecentAbuse. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 40; recent_abuse true. Expected label: <c>low</c>.</summary>
    public const string GbLowRecentAbuse = "+447400555114";

    /// <summary>United Kingdom: LowInactiveLine. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; active false (active_status Disconnected Line). Expected label: <c>low</c>.</summary>
    public const string GbLowInactiveLine = "+447400555115";

    /// <summary>United Kingdom: UncertainRisky. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 50; risky true. Expected label: <c>uncertain</c>.</summary>
    public const string GbUncertainRisky = "+447400555116";

    /// <summary>United Kingdom: UncertainSpammer. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 45; spammer true. Expected label: <c>uncertain</c>.</summary>
    public const string GbUncertainSpammer = "+447400555117";

    /// <summary>United Kingdom: VerifiedRecordedFlags. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; prepaid, leaked, do_not_call true. Expected label: <c>verified</c>.</summary>
    public const string GbVerifiedRecordedFlags = "+447400555118";

    /// <summary>United Kingdom: Invalid. Bind: response 5 (invalid number). IPQS: valid false. Expected label: <c>invalid</c>.</summary>
    public const string GbInvalid = "+447400555119";

    /// <summary>United Kingdom: NotResolved. Bind: response 6 (not resolved). IPQS: clean Wireless (as VerifiedMobile). Expected label: <c>uncertain</c>.</summary>
    public const string GbNotResolved = "+447400555120";

    /// <summary>Germany: VerifiedMobile. Bind: response 0; type mobile; credibility high; is_disposable no. IPQS: valid; line_type Wireless; fraud_score 0; no flags. Expected label: <c>verified</c>.</summary>
    public const string DeVerifiedMobile = "+4915155500101";

    /// <summary>Germany: VerifiedLandline. Bind: response 0; type landline; credibility high; is_disposable no. IPQS: valid; line_type Landline; fraud_score 0; no flags. Expected label: <c>verified</c>.</summary>
    public const string DeVerifiedLandline = "+493023125102";

    /// <summary>Germany: LikelyTollFree. Bind: response 0; type toll_free; credibility high. IPQS: valid; line_type Toll Free; fraud_score 0. Expected label: <c>likely</c>.</summary>
    public const string DeLikelyTollFree = "+498005550103";

    /// <summary>Germany: UncertainSharedCost. Bind: response 0; type shared_cost; credibility high. IPQS: valid; line_type N/A; fraud_score 0. Expected label: <c>uncertain</c>.</summary>
    public const string DeUncertainSharedCost = "+491805550104";

    /// <summary>Germany: LowVoip. Bind: response 0; type voip; credibility high. IPQS: valid; line_type VOIP; VOIP true. Expected label: <c>low</c>.</summary>
    public const string DeLowVoip = "+4915155500106";

    /// <summary>Germany: LowDisposableCarrier. Bind: response 0; type mobile; current_network_name Twilio. IPQS: valid; line_type Wireless; carrier Twilio. Expected label: <c>low</c>.</summary>
    public const string DeLowDisposableCarrier = "+4915155500107";

    /// <summary>Germany: LowDisposable. Bind: response 0; type mobile; is_disposable yes. IPQS: clean Wireless; prepaid true. Expected label: <c>low</c> (disposable).</summary>
    public const string DeLowDisposable = "+4915155500108";

    /// <summary>Germany: LowCredibility. Bind: response 0; type mobile; credibility very_low. IPQS: clean Wireless (as VerifiedMobile). Expected label: <c>low</c>.</summary>
    public const string DeLowCredibility = "+4915155500109";

    /// <summary>Germany: UncertainCredibility. Bind: response 0; type mobile; credibility intermediate. IPQS: clean Wireless (as VerifiedMobile). Expected label: <c>uncertain</c>.</summary>
    public const string DeUncertainCredibility = "+4915155500110";

    /// <summary>Germany: UncertainFraudScore. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 80. Expected label: <c>uncertain</c>.</summary>
    public const string DeUncertainFraudScore = "+4915155500111";

    /// <summary>Germany: LowFraudScore. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 88. Expected label: <c>low</c>.</summary>
    public const string DeLowFraudScore = "+4915155500112";

    /// <summary>Germany: LowHighRiskFraudScore. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 95. Expected label: <c>low</c>.</summary>
    public const string DeLowHighRiskFraudScore = "+4915155500113";

    /// <summary>Germany: LowRecentAbuse. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 40; recent_abuse true. Expected label: <c>low</c>.</summary>
    public const string DeLowRecentAbuse = "+4915155500114";

    /// <summary>Germany: LowInactiveLine. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; active false (active_status Disconnected Line). Expected label: <c>low</c>.</summary>
    public const string DeLowInactiveLine = "+4915155500115";

    /// <summary>Germany: UncertainRisky. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 50; risky true. Expected label: <c>uncertain</c>.</summary>
    public const string DeUncertainRisky = "+4915155500116";

    /// <summary>Germany: UncertainSpammer. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; fraud_score 45; spammer true. Expected label: <c>uncertain</c>.</summary>
    public const string DeUncertainSpammer = "+4915155500117";

    /// <summary>Germany: VerifiedRecordedFlags. Bind: clean mobile (as VerifiedMobile). IPQS: valid Wireless; prepaid, leaked, do_not_call true. Expected label: <c>verified</c>.</summary>
    public const string DeVerifiedRecordedFlags = "+4915155500118";

    /// <summary>Germany: Invalid. Bind: response 5 (invalid number). IPQS: valid false. Expected label: <c>invalid</c>.</summary>
    public const string DeInvalid = "+4915155500119";

    /// <summary>Germany: NotResolved. Bind: response 6 (not resolved). IPQS: clean Wireless (as VerifiedMobile). Expected label: <c>uncertain</c>.</summary>
    public const string DeNotResolved = "+4915155500120";

    /// <summary>The whole table, in country then scenario order.</summary>
    public static IReadOnlyList<MagicNumber> All { get; } =
    [
        Entry(HrVerifiedMobile, "HR", MagicNumberScenario.VerifiedMobile),
        Entry(HrVerifiedLandline, "HR", MagicNumberScenario.VerifiedLandline),
        Entry(HrLikelyTollFree, "HR", MagicNumberScenario.LikelyTollFree),
        Entry(HrUncertainSharedCost, "HR", MagicNumberScenario.UncertainSharedCost),
        Entry(HrLowVoip, "HR", MagicNumberScenario.LowVoip),
        Entry(HrLowDisposableCarrier, "HR", MagicNumberScenario.LowDisposableCarrier),
        Entry(HrLowDisposable, "HR", MagicNumberScenario.LowDisposable),
        Entry(HrLowCredibility, "HR", MagicNumberScenario.LowCredibility),
        Entry(HrUncertainCredibility, "HR", MagicNumberScenario.UncertainCredibility),
        Entry(HrUncertainFraudScore, "HR", MagicNumberScenario.UncertainFraudScore),
        Entry(HrLowFraudScore, "HR", MagicNumberScenario.LowFraudScore),
        Entry(HrLowHighRiskFraudScore, "HR", MagicNumberScenario.LowHighRiskFraudScore),
        Entry(HrLowRecentAbuse, "HR", MagicNumberScenario.LowRecentAbuse),
        Entry(HrLowInactiveLine, "HR", MagicNumberScenario.LowInactiveLine),
        Entry(HrUncertainRisky, "HR", MagicNumberScenario.UncertainRisky),
        Entry(HrUncertainSpammer, "HR", MagicNumberScenario.UncertainSpammer),
        Entry(HrVerifiedRecordedFlags, "HR", MagicNumberScenario.VerifiedRecordedFlags),
        Entry(HrInvalid, "HR", MagicNumberScenario.Invalid),
        Entry(HrNotResolved, "HR", MagicNumberScenario.NotResolved),
        Entry(UsVerifiedMobile, "US", MagicNumberScenario.VerifiedMobile),
        Entry(UsVerifiedLandline, "US", MagicNumberScenario.VerifiedLandline),
        Entry(UsLikelyTollFree, "US", MagicNumberScenario.LikelyTollFree),
        Entry(UsUncertainPremiumRate, "US", MagicNumberScenario.UncertainPremiumRate),
        Entry(UsLowVoip, "US", MagicNumberScenario.LowVoip),
        Entry(UsLowDisposableCarrier, "US", MagicNumberScenario.LowDisposableCarrier),
        Entry(UsLowDisposable, "US", MagicNumberScenario.LowDisposable),
        Entry(UsLowCredibility, "US", MagicNumberScenario.LowCredibility),
        Entry(UsUncertainCredibility, "US", MagicNumberScenario.UncertainCredibility),
        Entry(UsUncertainFraudScore, "US", MagicNumberScenario.UncertainFraudScore),
        Entry(UsLowFraudScore, "US", MagicNumberScenario.LowFraudScore),
        Entry(UsLowHighRiskFraudScore, "US", MagicNumberScenario.LowHighRiskFraudScore),
        Entry(UsLowRecentAbuse, "US", MagicNumberScenario.LowRecentAbuse),
        Entry(UsLowInactiveLine, "US", MagicNumberScenario.LowInactiveLine),
        Entry(UsUncertainRisky, "US", MagicNumberScenario.UncertainRisky),
        Entry(UsUncertainSpammer, "US", MagicNumberScenario.UncertainSpammer),
        Entry(UsVerifiedRecordedFlags, "US", MagicNumberScenario.VerifiedRecordedFlags),
        Entry(UsInvalid, "US", MagicNumberScenario.Invalid),
        Entry(UsNotResolved, "US", MagicNumberScenario.NotResolved),
        Entry(GbVerifiedMobile, "GB", MagicNumberScenario.VerifiedMobile),
        Entry(GbVerifiedLandline, "GB", MagicNumberScenario.VerifiedLandline),
        Entry(GbLikelyTollFree, "GB", MagicNumberScenario.LikelyTollFree),
        Entry(GbUncertainPremiumRate, "GB", MagicNumberScenario.UncertainPremiumRate),
        Entry(GbLowVoip, "GB", MagicNumberScenario.LowVoip),
        Entry(GbLowDisposableCarrier, "GB", MagicNumberScenario.LowDisposableCarrier),
        Entry(GbLowDisposable, "GB", MagicNumberScenario.LowDisposable),
        Entry(GbLowCredibility, "GB", MagicNumberScenario.LowCredibility),
        Entry(GbUncertainCredibility, "GB", MagicNumberScenario.UncertainCredibility),
        Entry(GbUncertainFraudScore, "GB", MagicNumberScenario.UncertainFraudScore),
        Entry(GbLowFraudScore, "GB", MagicNumberScenario.LowFraudScore),
        Entry(GbLowHighRiskFraudScore, "GB", MagicNumberScenario.LowHighRiskFraudScore),
        Entry(GbLowRecentAbuse, "GB", MagicNumberScenario.LowRecentAbuse),
        Entry(GbLowInactiveLine, "GB", MagicNumberScenario.LowInactiveLine),
        Entry(GbUncertainRisky, "GB", MagicNumberScenario.UncertainRisky),
        Entry(GbUncertainSpammer, "GB", MagicNumberScenario.UncertainSpammer),
        Entry(GbVerifiedRecordedFlags, "GB", MagicNumberScenario.VerifiedRecordedFlags),
        Entry(GbInvalid, "GB", MagicNumberScenario.Invalid),
        Entry(GbNotResolved, "GB", MagicNumberScenario.NotResolved),
        Entry(DeVerifiedMobile, "DE", MagicNumberScenario.VerifiedMobile),
        Entry(DeVerifiedLandline, "DE", MagicNumberScenario.VerifiedLandline),
        Entry(DeLikelyTollFree, "DE", MagicNumberScenario.LikelyTollFree),
        Entry(DeUncertainSharedCost, "DE", MagicNumberScenario.UncertainSharedCost),
        Entry(DeLowVoip, "DE", MagicNumberScenario.LowVoip),
        Entry(DeLowDisposableCarrier, "DE", MagicNumberScenario.LowDisposableCarrier),
        Entry(DeLowDisposable, "DE", MagicNumberScenario.LowDisposable),
        Entry(DeLowCredibility, "DE", MagicNumberScenario.LowCredibility),
        Entry(DeUncertainCredibility, "DE", MagicNumberScenario.UncertainCredibility),
        Entry(DeUncertainFraudScore, "DE", MagicNumberScenario.UncertainFraudScore),
        Entry(DeLowFraudScore, "DE", MagicNumberScenario.LowFraudScore),
        Entry(DeLowHighRiskFraudScore, "DE", MagicNumberScenario.LowHighRiskFraudScore),
        Entry(DeLowRecentAbuse, "DE", MagicNumberScenario.LowRecentAbuse),
        Entry(DeLowInactiveLine, "DE", MagicNumberScenario.LowInactiveLine),
        Entry(DeUncertainRisky, "DE", MagicNumberScenario.UncertainRisky),
        Entry(DeUncertainSpammer, "DE", MagicNumberScenario.UncertainSpammer),
        Entry(DeVerifiedRecordedFlags, "DE", MagicNumberScenario.VerifiedRecordedFlags),
        Entry(DeInvalid, "DE", MagicNumberScenario.Invalid),
        Entry(DeNotResolved, "DE", MagicNumberScenario.NotResolved),
    ];

    private static readonly FrozenDictionary<string, MagicNumber> ByMsisdn = All.ToFrozenDictionary(m => m.Msisdn, StringComparer.Ordinal);

    /// <summary>Finds the magic number <paramref name="number"/> is (any formatting: <c>+</c>, spaces, dashes, dots, parentheses).</summary>
    /// <param name="number">The number, international form (calling code first).</param>
    /// <param name="magicNumber">The entry, when found.</param>
    /// <returns>Whether <paramref name="number"/> is a magic number.</returns>
    public static bool TryFind(string? number, out MagicNumber magicNumber)
    {
        magicNumber = null!;
        if (number is null)
        {
            return false;
        }

        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        if (ByMsisdn.TryGetValue(digits, out var found))
        {
            magicNumber = found;
            return true;
        }

        return false;
    }

    /// <summary>The magic number for <paramref name="scenario"/> in <paramref name="countryCode"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="countryCode">ISO 3166-1 alpha-2 (<c>HR</c>, <c>US</c>, <c>GB</c>, <c>DE</c>), case-insensitive.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException">The table has no such number (e.g. shared cost in the US).</exception>
    public static MagicNumber Get(MagicNumberScenario scenario, string countryCode)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        return All.FirstOrDefault(m => m.Scenario == scenario && string.Equals(m.CountryCode, countryCode, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"There is no magic number for {scenario} in '{countryCode}'.", nameof(countryCode));
    }

    /// <summary>The carrier name the <see cref="MagicNumberScenario.LowDisposableCarrier"/> number of a country reports.</summary>
    internal static string DisposableCarrierOf(string countryCode) => countryCode switch
    {
        "US" => "TextNow",
        "GB" => "Hushed",
        _ => "Twilio",
    };

    private static MagicNumber Entry(string e164, string countryCode, MagicNumberScenario scenario)
    {
        var (bindLabel, ipqsLabel, disposable, bindAnswer, ipqsAnswer) = Describe(scenario, DisposableCarrierOf(countryCode));
        return new MagicNumber
        {
            E164 = e164,
            CountryCode = countryCode,
            Scenario = scenario,
            ExpectedBindLabel = bindLabel,
            ExpectedIpqsLabel = ipqsLabel,
            ExpectedDisposable = disposable,
            BindAnswer = bindAnswer,
            IpqsAnswer = ipqsAnswer,
        };
    }

    private static (ConfidenceLabel Bind, ConfidenceLabel Ipqs, bool Disposable, string BindAnswer, string IpqsAnswer) Describe(
        MagicNumberScenario scenario, string carrier) => scenario switch
    {
        MagicNumberScenario.VerifiedMobile => (ConfidenceLabel.Verified, ConfidenceLabel.Verified, false, "response 0; type mobile; credibility high; is_disposable no", "valid; line_type Wireless; fraud_score 0; no flags"),
        MagicNumberScenario.VerifiedLandline => (ConfidenceLabel.Verified, ConfidenceLabel.Verified, false, "response 0; type landline; credibility high; is_disposable no", "valid; line_type Landline; fraud_score 0; no flags"),
        MagicNumberScenario.LikelyTollFree => (ConfidenceLabel.Likely, ConfidenceLabel.Likely, false, "response 0; type toll_free; credibility high", "valid; line_type Toll Free; fraud_score 0"),
        MagicNumberScenario.UncertainSharedCost => (ConfidenceLabel.Uncertain, ConfidenceLabel.Uncertain, false, "response 0; type shared_cost; credibility high", "valid; line_type N/A; fraud_score 0"),
        MagicNumberScenario.UncertainPremiumRate => (ConfidenceLabel.Uncertain, ConfidenceLabel.Uncertain, false, "response 0; type n/a; credibility high", "valid; line_type Premium Rate; fraud_score 0"),
        MagicNumberScenario.LowVoip => (ConfidenceLabel.Low, ConfidenceLabel.Low, false, "response 0; type voip; credibility high", "valid; line_type VOIP; VOIP true"),
        MagicNumberScenario.LowDisposableCarrier => (ConfidenceLabel.Low, ConfidenceLabel.Low, false, "response 0; type mobile; current_network_name " + carrier, "valid; line_type Wireless; carrier " + carrier),
        MagicNumberScenario.LowDisposable => (ConfidenceLabel.Low, ConfidenceLabel.Verified, true, "response 0; type mobile; is_disposable yes", "clean Wireless; prepaid true"),
        MagicNumberScenario.LowCredibility => (ConfidenceLabel.Low, ConfidenceLabel.Verified, false, "response 0; type mobile; credibility very_low", "clean Wireless (as VerifiedMobile)"),
        MagicNumberScenario.UncertainCredibility => (ConfidenceLabel.Uncertain, ConfidenceLabel.Verified, false, "response 0; type mobile; credibility intermediate", "clean Wireless (as VerifiedMobile)"),
        MagicNumberScenario.UncertainFraudScore => (ConfidenceLabel.Verified, ConfidenceLabel.Uncertain, false, "clean mobile (as VerifiedMobile)", "valid Wireless; fraud_score 80"),
        MagicNumberScenario.LowFraudScore => (ConfidenceLabel.Verified, ConfidenceLabel.Low, false, "clean mobile (as VerifiedMobile)", "valid Wireless; fraud_score 88"),
        MagicNumberScenario.LowHighRiskFraudScore => (ConfidenceLabel.Verified, ConfidenceLabel.Low, false, "clean mobile (as VerifiedMobile)", "valid Wireless; fraud_score 95"),
        MagicNumberScenario.LowRecentAbuse => (ConfidenceLabel.Verified, ConfidenceLabel.Low, false, "clean mobile (as VerifiedMobile)", "valid Wireless; fraud_score 40; recent_abuse true"),
        MagicNumberScenario.LowInactiveLine => (ConfidenceLabel.Verified, ConfidenceLabel.Low, false, "clean mobile (as VerifiedMobile)", "valid Wireless; active false (active_status Disconnected Line)"),
        MagicNumberScenario.UncertainRisky => (ConfidenceLabel.Verified, ConfidenceLabel.Uncertain, false, "clean mobile (as VerifiedMobile)", "valid Wireless; fraud_score 50; risky true"),
        MagicNumberScenario.UncertainSpammer => (ConfidenceLabel.Verified, ConfidenceLabel.Uncertain, false, "clean mobile (as VerifiedMobile)", "valid Wireless; fraud_score 45; spammer true"),
        MagicNumberScenario.VerifiedRecordedFlags => (ConfidenceLabel.Verified, ConfidenceLabel.Verified, false, "clean mobile (as VerifiedMobile)", "valid Wireless; prepaid, leaked, do_not_call true"),
        MagicNumberScenario.Invalid => (ConfidenceLabel.Invalid, ConfidenceLabel.Invalid, false, "response 5 (invalid number)", "valid false"),
        MagicNumberScenario.NotResolved => (ConfidenceLabel.Uncertain, ConfidenceLabel.Verified, false, "response 6 (not resolved)", "clean Wireless (as VerifiedMobile)"),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown scenario."),
    };
}
