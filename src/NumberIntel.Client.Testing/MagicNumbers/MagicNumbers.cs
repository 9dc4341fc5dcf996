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
public static partial class MagicNumbers
{
    /// <summary>Croatia: <see cref="MagicNumberScenario.VerifiedMobile"/>.</summary>
    public const string HrVerifiedMobile = "+385915550101";

    /// <summary>Croatia: <see cref="MagicNumberScenario.VerifiedLandline"/>.</summary>
    public const string HrVerifiedLandline = "+38515550102";

    /// <summary>Croatia: <see cref="MagicNumberScenario.LikelyTollFree"/>.</summary>
    public const string HrLikelyTollFree = "+385800555103";

    /// <summary>Croatia: <see cref="MagicNumberScenario.UncertainSharedCost"/>.</summary>
    public const string HrUncertainSharedCost = "+38572550104";

    /// <summary>Croatia: <see cref="MagicNumberScenario.LowVoip"/>.</summary>
    public const string HrLowVoip = "+385915550106";

    /// <summary>Croatia: <see cref="MagicNumberScenario.LowDisposableCarrier"/>.</summary>
    public const string HrLowDisposableCarrier = "+385915550107";

    /// <summary>Croatia: <see cref="MagicNumberScenario.LowDisposable"/>.</summary>
    public const string HrLowDisposable = "+385915550108";

    /// <summary>Croatia: <see cref="MagicNumberScenario.LowCredibility"/>.</summary>
    public const string HrLowCredibility = "+385915550109";

    /// <summary>Croatia: <see cref="MagicNumberScenario.UncertainCredibility"/>.</summary>
    public const string HrUncertainCredibility = "+385915550110";

    /// <summary>Croatia: <see cref="MagicNumberScenario.UncertainFraudScore"/>.</summary>
    public const string HrUncertainFraudScore = "+385915550111";

    /// <summary>Croatia: <see cref="MagicNumberScenario.LowFraudScore"/>.</summary>
    public const string HrLowFraudScore = "+385915550112";

    /// <summary>Croatia: <see cref="MagicNumberScenario.LowHighRiskFraudScore"/>.</summary>
    public const string HrLowHighRiskFraudScore = "+385915550113";

    /// <summary>Croatia: <see cref="MagicNumberScenario.LowRecentAbuse"/>.</summary>
    public const string HrLowRecentAbuse = "+385915550114";

    /// <summary>Croatia: <see cref="MagicNumberScenario.LowInactiveLine"/>.</summary>
    public const string HrLowInactiveLine = "+385915550115";

    /// <summary>Croatia: <see cref="MagicNumberScenario.UncertainRisky"/>.</summary>
    public const string HrUncertainRisky = "+385915550116";

    /// <summary>Croatia: <see cref="MagicNumberScenario.UncertainSpammer"/>.</summary>
    public const string HrUncertainSpammer = "+385915550117";

    /// <summary>Croatia: <see cref="MagicNumberScenario.VerifiedRecordedFlags"/>.</summary>
    public const string HrVerifiedRecordedFlags = "+385915550118";

    /// <summary>Croatia: <see cref="MagicNumberScenario.Invalid"/>.</summary>
    public const string HrInvalid = "+385915550119";

    /// <summary>Croatia: <see cref="MagicNumberScenario.NotResolved"/>.</summary>
    public const string HrNotResolved = "+385915550120";

    /// <summary>United States: <see cref="MagicNumberScenario.VerifiedMobile"/>.</summary>
    public const string UsVerifiedMobile = "+12125550101";

    /// <summary>United States: <see cref="MagicNumberScenario.VerifiedLandline"/>.</summary>
    public const string UsVerifiedLandline = "+13125550102";

    /// <summary>United States: <see cref="MagicNumberScenario.LikelyTollFree"/>.</summary>
    public const string UsLikelyTollFree = "+18005550103";

    /// <summary>United States: <see cref="MagicNumberScenario.UncertainPremiumRate"/>.</summary>
    public const string UsUncertainPremiumRate = "+19005550105";

    /// <summary>United States: <see cref="MagicNumberScenario.LowVoip"/>.</summary>
    public const string UsLowVoip = "+12125550106";

    /// <summary>United States: <see cref="MagicNumberScenario.LowDisposableCarrier"/>.</summary>
    public const string UsLowDisposableCarrier = "+12125550107";

    /// <summary>United States: <see cref="MagicNumberScenario.LowDisposable"/>.</summary>
    public const string UsLowDisposable = "+12125550108";

    /// <summary>United States: <see cref="MagicNumberScenario.LowCredibility"/>.</summary>
    public const string UsLowCredibility = "+12125550109";

    /// <summary>United States: <see cref="MagicNumberScenario.UncertainCredibility"/>.</summary>
    public const string UsUncertainCredibility = "+12125550110";

    /// <summary>United States: <see cref="MagicNumberScenario.UncertainFraudScore"/>.</summary>
    public const string UsUncertainFraudScore = "+12125550111";

    /// <summary>United States: <see cref="MagicNumberScenario.LowFraudScore"/>.</summary>
    public const string UsLowFraudScore = "+12125550112";

    /// <summary>United States: <see cref="MagicNumberScenario.LowHighRiskFraudScore"/>.</summary>
    public const string UsLowHighRiskFraudScore = "+12125550113";

    /// <summary>United States: <see cref="MagicNumberScenario.LowRecentAbuse"/>.</summary>
    public const string UsLowRecentAbuse = "+12125550114";

    /// <summary>United States: <see cref="MagicNumberScenario.LowInactiveLine"/>.</summary>
    public const string UsLowInactiveLine = "+12125550115";

    /// <summary>United States: <see cref="MagicNumberScenario.UncertainRisky"/>.</summary>
    public const string UsUncertainRisky = "+12125550116";

    /// <summary>United States: <see cref="MagicNumberScenario.UncertainSpammer"/>.</summary>
    public const string UsUncertainSpammer = "+12125550117";

    /// <summary>United States: <see cref="MagicNumberScenario.VerifiedRecordedFlags"/>.</summary>
    public const string UsVerifiedRecordedFlags = "+12125550118";

    /// <summary>United States: <see cref="MagicNumberScenario.Invalid"/>.</summary>
    public const string UsInvalid = "+12125550119";

    /// <summary>United States: <see cref="MagicNumberScenario.NotResolved"/>.</summary>
    public const string UsNotResolved = "+12125550120";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.VerifiedMobile"/>.</summary>
    public const string GbVerifiedMobile = "+447400555101";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.VerifiedLandline"/>.</summary>
    public const string GbVerifiedLandline = "+442079460102";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.LikelyTollFree"/>.</summary>
    public const string GbLikelyTollFree = "+448081570103";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.UncertainPremiumRate"/>.</summary>
    public const string GbUncertainPremiumRate = "+449098790105";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.LowVoip"/>.</summary>
    public const string GbLowVoip = "+447400555106";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.LowDisposableCarrier"/>.</summary>
    public const string GbLowDisposableCarrier = "+447400555107";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.LowDisposable"/>.</summary>
    public const string GbLowDisposable = "+447400555108";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.LowCredibility"/>.</summary>
    public const string GbLowCredibility = "+447400555109";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.UncertainCredibility"/>.</summary>
    public const string GbUncertainCredibility = "+447400555110";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.UncertainFraudScore"/>.</summary>
    public const string GbUncertainFraudScore = "+447400555111";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.LowFraudScore"/>.</summary>
    public const string GbLowFraudScore = "+447400555112";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.LowHighRiskFraudScore"/>.</summary>
    public const string GbLowHighRiskFraudScore = "+447400555113";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.LowRecentAbuse"/>.</summary>
    public const string GbLowRecentAbuse = "+447400555114";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.LowInactiveLine"/>.</summary>
    public const string GbLowInactiveLine = "+447400555115";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.UncertainRisky"/>.</summary>
    public const string GbUncertainRisky = "+447400555116";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.UncertainSpammer"/>.</summary>
    public const string GbUncertainSpammer = "+447400555117";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.VerifiedRecordedFlags"/>.</summary>
    public const string GbVerifiedRecordedFlags = "+447400555118";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.Invalid"/>.</summary>
    public const string GbInvalid = "+447400555119";

    /// <summary>United Kingdom: <see cref="MagicNumberScenario.NotResolved"/>.</summary>
    public const string GbNotResolved = "+447400555120";

    /// <summary>Germany: <see cref="MagicNumberScenario.VerifiedMobile"/>.</summary>
    public const string DeVerifiedMobile = "+4915155500101";

    /// <summary>Germany: <see cref="MagicNumberScenario.VerifiedLandline"/>.</summary>
    public const string DeVerifiedLandline = "+493023125102";

    /// <summary>Germany: <see cref="MagicNumberScenario.LikelyTollFree"/>.</summary>
    public const string DeLikelyTollFree = "+498005550103";

    /// <summary>Germany: <see cref="MagicNumberScenario.UncertainSharedCost"/>.</summary>
    public const string DeUncertainSharedCost = "+491805550104";

    /// <summary>Germany: <see cref="MagicNumberScenario.LowVoip"/>.</summary>
    public const string DeLowVoip = "+4915155500106";

    /// <summary>Germany: <see cref="MagicNumberScenario.LowDisposableCarrier"/>.</summary>
    public const string DeLowDisposableCarrier = "+4915155500107";

    /// <summary>Germany: <see cref="MagicNumberScenario.LowDisposable"/>.</summary>
    public const string DeLowDisposable = "+4915155500108";

    /// <summary>Germany: <see cref="MagicNumberScenario.LowCredibility"/>.</summary>
    public const string DeLowCredibility = "+4915155500109";

    /// <summary>Germany: <see cref="MagicNumberScenario.UncertainCredibility"/>.</summary>
    public const string DeUncertainCredibility = "+4915155500110";

    /// <summary>Germany: <see cref="MagicNumberScenario.UncertainFraudScore"/>.</summary>
    public const string DeUncertainFraudScore = "+4915155500111";

    /// <summary>Germany: <see cref="MagicNumberScenario.LowFraudScore"/>.</summary>
    public const string DeLowFraudScore = "+4915155500112";

    /// <summary>Germany: <see cref="MagicNumberScenario.LowHighRiskFraudScore"/>.</summary>
    public const string DeLowHighRiskFraudScore = "+4915155500113";

    /// <summary>Germany: <see cref="MagicNumberScenario.LowRecentAbuse"/>.</summary>
    public const string DeLowRecentAbuse = "+4915155500114";

    /// <summary>Germany: <see cref="MagicNumberScenario.LowInactiveLine"/>.</summary>
    public const string DeLowInactiveLine = "+4915155500115";

    /// <summary>Germany: <see cref="MagicNumberScenario.UncertainRisky"/>.</summary>
    public const string DeUncertainRisky = "+4915155500116";

    /// <summary>Germany: <see cref="MagicNumberScenario.UncertainSpammer"/>.</summary>
    public const string DeUncertainSpammer = "+4915155500117";

    /// <summary>Germany: <see cref="MagicNumberScenario.VerifiedRecordedFlags"/>.</summary>
    public const string DeVerifiedRecordedFlags = "+4915155500118";

    /// <summary>Germany: <see cref="MagicNumberScenario.Invalid"/>.</summary>
    public const string DeInvalid = "+4915155500119";

    /// <summary>Germany: <see cref="MagicNumberScenario.NotResolved"/>.</summary>
    public const string DeNotResolved = "+4915155500120";
}
