using System.Collections.Frozen;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Testing.Profiles;

namespace NumberIntel.Client.Testing;

/// <summary>
/// The one definition of every magic-number scenario (<see cref="MagicScenarioSpec"/>): what the emulated vendors answer,
/// the labels the SDK computes and the descriptions. Nothing else in the package restates these facts.
/// </summary>
internal static class MagicScenarios
{
    private const string CleanMobile = "clean mobile (as VerifiedMobile)";
    private const string CleanWireless = "clean Wireless (as VerifiedMobile)";

    /// <summary>Every scenario, in <see cref="MagicNumberScenario"/> order.</summary>
    public static IReadOnlyList<MagicScenarioSpec> All { get; } =
    [
        new()
        {
            Scenario = MagicNumberScenario.VerifiedMobile,
            BindLabel = ConfidenceLabel.Verified, BindAnswer = "response 0; type mobile; credibility high; is_disposable no",
            IpqsLabel = ConfidenceLabel.Verified, IpqsAnswer = "valid; line_type Wireless; fraud_score 0; no flags",
        },
        new()
        {
            Scenario = MagicNumberScenario.VerifiedLandline,
            LineType = EmulatedLineType.Landline,
            BindLabel = ConfidenceLabel.Verified, BindAnswer = "response 0; type landline; credibility high; is_disposable no",
            IpqsLabel = ConfidenceLabel.Verified, IpqsAnswer = "valid; line_type Landline; fraud_score 0; no flags",
        },
        new()
        {
            Scenario = MagicNumberScenario.LikelyTollFree,
            LineType = EmulatedLineType.TollFree,
            BindLabel = ConfidenceLabel.Likely, BindStep = ConfidenceStepNames.LineTypeBaseline, BindAnswer = "response 0; type toll_free; credibility high",
            IpqsLabel = ConfidenceLabel.Likely, IpqsStep = ConfidenceStepNames.LineTypeBaseline, IpqsAnswer = "valid; line_type Toll Free; fraud_score 0",
        },
        new()
        {
            Scenario = MagicNumberScenario.UncertainSharedCost,
            LineType = EmulatedLineType.SharedCost,
            BindLabel = ConfidenceLabel.Uncertain, BindStep = ConfidenceStepNames.LineTypeBaseline, BindAnswer = "response 0; type shared_cost; credibility high",
            IpqsLabel = ConfidenceLabel.Uncertain, IpqsStep = ConfidenceStepNames.LineTypeBaseline, IpqsAnswer = "valid; line_type N/A; fraud_score 0",
        },
        new()
        {
            Scenario = MagicNumberScenario.UncertainPremiumRate,
            LineType = EmulatedLineType.PremiumRate,
            BindLabel = ConfidenceLabel.Uncertain, BindStep = ConfidenceStepNames.LineTypeBaseline, BindAnswer = "response 0; type n/a; credibility high",
            IpqsLabel = ConfidenceLabel.Uncertain, IpqsStep = ConfidenceStepNames.LineTypeBaseline, IpqsAnswer = "valid; line_type Premium Rate; fraud_score 0",
        },
        new()
        {
            Scenario = MagicNumberScenario.LowVoip,
            LineType = EmulatedLineType.Voip,
            Shape = static (clean, _) => clean with { Voip = true },
            BindLabel = ConfidenceLabel.Low, BindStep = ConfidenceStepNames.LineTypeBaseline, BindAnswer = "response 0; type voip; credibility high",
            IpqsLabel = ConfidenceLabel.Low, IpqsStep = ConfidenceStepNames.IpqsVoip, IpqsAnswer = "valid; line_type VOIP; VOIP true",
        },
        new()
        {
            Scenario = MagicNumberScenario.LowDisposableCarrier,
            Shape = static (clean, country) => clean with
            {
                CurrentNetwork = DisposableCarrier(country),
                InitialNetwork = DisposableCarrier(country),
                Mcc = null,
                Prepaid = null,
                PortedTimes = 0,
                FirstPorted = null,
                LastPorted = null,
            },
            BindLabel = ConfidenceLabel.Low, BindStep = ConfidenceStepNames.CarrierProfile,
            BindAnswer = "response 0; type mobile; current_network_name " + MagicScenarioSpec.CarrierPlaceholder,
            IpqsLabel = ConfidenceLabel.Low, IpqsStep = ConfidenceStepNames.CarrierProfile,
            IpqsAnswer = "valid; line_type Wireless; carrier " + MagicScenarioSpec.CarrierPlaceholder,
        },
        new()
        {
            Scenario = MagicNumberScenario.LowDisposable,
            Shape = static (clean, _) => clean with { IsDisposable = "yes", Prepaid = true },
            BindLabel = ConfidenceLabel.Low, BindStep = ConfidenceStepNames.BindIsDisposable, BindAnswer = "response 0; type mobile; is_disposable yes",
            IpqsLabel = ConfidenceLabel.Verified, IpqsAnswer = "clean Wireless; prepaid true",
            Disposable = true,
        },
        new()
        {
            Scenario = MagicNumberScenario.LowCredibility,
            Shape = static (clean, _) => clean with { Credibility = "very_low" },
            BindLabel = ConfidenceLabel.Low, BindStep = ConfidenceStepNames.BindCredibility, BindAnswer = "response 0; type mobile; credibility very_low",
            IpqsLabel = ConfidenceLabel.Verified, IpqsAnswer = CleanWireless,
        },
        new()
        {
            Scenario = MagicNumberScenario.UncertainCredibility,
            Shape = static (clean, _) => clean with { Credibility = "intermediate" },
            BindLabel = ConfidenceLabel.Uncertain, BindStep = ConfidenceStepNames.BindCredibility, BindAnswer = "response 0; type mobile; credibility intermediate",
            IpqsLabel = ConfidenceLabel.Verified, IpqsAnswer = CleanWireless,
        },
        new()
        {
            Scenario = MagicNumberScenario.UncertainFraudScore,
            Shape = static (clean, _) => clean with { FraudScore = 80 },
            BindLabel = ConfidenceLabel.Verified, BindAnswer = CleanMobile,
            IpqsLabel = ConfidenceLabel.Uncertain, IpqsStep = ConfidenceStepNames.IpqsFraudScore, IpqsAnswer = "valid Wireless; fraud_score 80",
        },
        new()
        {
            Scenario = MagicNumberScenario.LowFraudScore,
            Shape = static (clean, _) => clean with { FraudScore = 88 },
            BindLabel = ConfidenceLabel.Verified, BindAnswer = CleanMobile,
            IpqsLabel = ConfidenceLabel.Low, IpqsStep = ConfidenceStepNames.IpqsFraudScore, IpqsAnswer = "valid Wireless; fraud_score 88",
        },
        new()
        {
            Scenario = MagicNumberScenario.LowHighRiskFraudScore,
            Shape = static (clean, _) => clean with { FraudScore = 95 },
            BindLabel = ConfidenceLabel.Verified, BindAnswer = CleanMobile,
            IpqsLabel = ConfidenceLabel.Low, IpqsStep = ConfidenceStepNames.IpqsFraudScore, IpqsAnswer = "valid Wireless; fraud_score 95",
        },
        new()
        {
            Scenario = MagicNumberScenario.LowRecentAbuse,
            Shape = static (clean, _) => clean with { FraudScore = 40, RecentAbuse = true },
            BindLabel = ConfidenceLabel.Verified, BindAnswer = CleanMobile,
            IpqsLabel = ConfidenceLabel.Low, IpqsStep = ConfidenceStepNames.IpqsRecentAbuse, IpqsAnswer = "valid Wireless; fraud_score 40; recent_abuse true",
        },
        new()
        {
            Scenario = MagicNumberScenario.LowInactiveLine,
            Shape = static (clean, _) => clean with { Active = false, ActiveStatus = "Disconnected Line", UserActivity = "none" },
            BindLabel = ConfidenceLabel.Verified, BindAnswer = CleanMobile,
            IpqsLabel = ConfidenceLabel.Low, IpqsStep = ConfidenceStepNames.IpqsActive,
            IpqsAnswer = "valid Wireless; active false (active_status Disconnected Line)",
        },
        new()
        {
            Scenario = MagicNumberScenario.UncertainRisky,
            Shape = static (clean, _) => clean with { FraudScore = 50, Risky = true },
            BindLabel = ConfidenceLabel.Verified, BindAnswer = CleanMobile,
            IpqsLabel = ConfidenceLabel.Uncertain, IpqsStep = ConfidenceStepNames.IpqsRisky, IpqsAnswer = "valid Wireless; fraud_score 50; risky true",
        },
        new()
        {
            Scenario = MagicNumberScenario.UncertainSpammer,
            Shape = static (clean, _) => clean with { FraudScore = 45, Spammer = true },
            BindLabel = ConfidenceLabel.Verified, BindAnswer = CleanMobile,
            IpqsLabel = ConfidenceLabel.Uncertain, IpqsStep = ConfidenceStepNames.IpqsSpammer, IpqsAnswer = "valid Wireless; fraud_score 45; spammer true",
        },
        new()
        {
            Scenario = MagicNumberScenario.VerifiedRecordedFlags,
            Shape = static (clean, _) => clean with { Prepaid = true, Leaked = true, DoNotCall = true },
            BindLabel = ConfidenceLabel.Verified, BindAnswer = CleanMobile,
            IpqsLabel = ConfidenceLabel.Verified, IpqsAnswer = "valid Wireless; prepaid, leaked, do_not_call true",
        },
        new()
        {
            Scenario = MagicNumberScenario.Invalid,
            Shape = static (clean, _) => ProfileFactory.Invalid(clean.Msisdn, clean.Country, clean.National),
            BindLabel = ConfidenceLabel.Invalid, BindStep = ConfidenceStepNames.BindResponse, BindAnswer = "response 5 (invalid number)",
            IpqsLabel = ConfidenceLabel.Invalid, IpqsStep = ConfidenceStepNames.IpqsValid, IpqsAnswer = "valid false",
        },
        new()
        {
            Scenario = MagicNumberScenario.NotResolved,
            Shape = static (clean, _) => clean with { BindCode = BindResponseCode.NotResolved },
            BindLabel = ConfidenceLabel.Uncertain, BindStep = ConfidenceStepNames.BindResponse, BindAnswer = "response 6 (not resolved)",
            IpqsLabel = ConfidenceLabel.Verified, IpqsAnswer = CleanWireless,
        },
    ];

    private static readonly FrozenDictionary<MagicNumberScenario, MagicScenarioSpec> ByScenario = All.ToFrozenDictionary(s => s.Scenario);

    /// <summary>The definition of <paramref name="scenario"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The scenario is not defined.</exception>
    public static MagicScenarioSpec Of(MagicNumberScenario scenario) =>
        ByScenario.TryGetValue(scenario, out var spec)
            ? spec
            : throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown scenario.");

    /// <summary>The carrier name the <see cref="MagicNumberScenario.LowDisposableCarrier"/> number of a country reports.</summary>
    public static string DisposableCarrierOf(string countryCode) => countryCode switch
    {
        "US" => "TextNow",
        "GB" => "Hushed",
        _ => "Twilio",
    };

    private static Carrier DisposableCarrier(string countryCode)
    {
        var name = DisposableCarrierOf(countryCode);
        return new Carrier(name, name);
    }
}
