using FsCheck.Xunit;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

/// <summary>
/// "Each step can only lower the label, never raise it", over every starting label and every step, and (as FsCheck
/// properties) over any vendor answer: the label is the running minimum of the applied steps.
/// </summary>
public sealed class MonotonicityTests
{
    private static readonly ConfidenceNormalizer Normalizer = new(new ConfidencePolicy
    {
        CarrierOverrides =
        {
            ["Override Invalid"] = ConfidenceLabel.Invalid,
            ["Override Low"] = ConfidenceLabel.Low,
            ["Override Uncertain"] = ConfidenceLabel.Uncertain,
            ["Override Likely"] = ConfidenceLabel.Likely,
            ["Override Verified"] = ConfidenceLabel.Verified,
        },
        CappedCountries = { "HR" },
        DisposablePrefixes = { "38599" },
    });

    private static readonly PhoneNumberParseResult Plain = Possible("4915112345678", "DE", 49);
    private static readonly PhoneNumberParseResult Capped = Possible("385912345678", "HR", 385);
    private static readonly PhoneNumberParseResult Prefixed = Possible("4915112345678", "DE", 49) with { Msisdn = "385991234567", RegionCode = "DE" };

    /// <summary>Starting points: the line type (or a not-possible number) and the label it starts from.</summary>
    private static readonly Dictionary<string, (BindPhoneType Bind, string Ipqs, bool NotPossible, ConfidenceLabel Label)> Starts = new()
    {
        ["verified"] = (BindPhoneType.Mobile, "Wireless", false, ConfidenceLabel.Verified),
        ["likely"] = (BindPhoneType.TollFree, "Toll Free", false, ConfidenceLabel.Likely),
        ["uncertain"] = (BindPhoneType.SharedCost, "Premium Rate", false, ConfidenceLabel.Uncertain),
        ["low"] = (BindPhoneType.Voip, "Pager", false, ConfidenceLabel.Low),
        ["invalid"] = (BindPhoneType.Mobile, "Wireless", true, ConfidenceLabel.Invalid),
    };

    /// <summary>Bind steps: the step that fires, what it decides, and the input that makes it fire.</summary>
    private static readonly Dictionary<string, (string Step, ConfidenceLabel Decision, Func<BindPhoneType, BindScoringResult> Make, PhoneNumberParseResult Number)> BindSteps = new()
    {
        ["override invalid"] = (ConfidenceStepNames.CarrierProfile, ConfidenceLabel.Invalid, t => BindResult(t, "Override Invalid"), Plain),
        ["override low"] = (ConfidenceStepNames.CarrierProfile, ConfidenceLabel.Low, t => BindResult(t, "Override Low"), Plain),
        ["override uncertain"] = (ConfidenceStepNames.CarrierProfile, ConfidenceLabel.Uncertain, t => BindResult(t, "Override Uncertain"), Plain),
        ["override likely"] = (ConfidenceStepNames.CarrierProfile, ConfidenceLabel.Likely, t => BindResult(t, "Override Likely"), Plain),
        ["override verified"] = (ConfidenceStepNames.CarrierProfile, ConfidenceLabel.Verified, t => BindResult(t, "Override Verified"), Plain),
        ["disposable carrier"] = (ConfidenceStepNames.CarrierProfile, ConfidenceLabel.Low, t => BindResult(t, "TextNow"), Plain),
        ["country cap"] = (ConfidenceStepNames.CountryCap, ConfidenceLabel.Likely, t => BindResult(t), Capped),
        ["disposable prefix"] = (ConfidenceStepNames.DisposablePrefix, ConfidenceLabel.Low, t => BindResult(t), Prefixed),
        ["response 5"] = (ConfidenceStepNames.BindResponse, ConfidenceLabel.Invalid, t => BindResult(t, response: BindResponseCode.InvalidNumber), Plain),
        ["response 6"] = (ConfidenceStepNames.BindResponse, ConfidenceLabel.Uncertain, t => BindResult(t, response: BindResponseCode.NotResolved), Plain),
        ["response 1"] = (ConfidenceStepNames.BindResponse, ConfidenceLabel.Uncertain, t => BindResult(t, response: BindResponseCode.GeneralError), Plain),
        ["is_disposable"] = (ConfidenceStepNames.BindIsDisposable, ConfidenceLabel.Low, t => BindResult(t, disposable: true), Plain),
        ["credibility very_low"] = (ConfidenceStepNames.BindCredibility, ConfidenceLabel.Low, t => BindResult(t, credibility: Credibility.VeryLow), Plain),
        ["credibility low"] = (ConfidenceStepNames.BindCredibility, ConfidenceLabel.Low, t => BindResult(t, credibility: Credibility.Low), Plain),
        ["credibility intermediate"] = (ConfidenceStepNames.BindCredibility, ConfidenceLabel.Uncertain, t => BindResult(t, credibility: Credibility.Intermediate), Plain),
    };

    /// <summary>IPQS steps, likewise.</summary>
    private static readonly Dictionary<string, (string Step, ConfidenceLabel Decision, Func<string, IpqsPhoneResult> Make)> IpqsSteps = new()
    {
        ["valid false"] = (ConfidenceStepNames.IpqsValid, ConfidenceLabel.Invalid, t => IpqsResult(t) with { Valid = false }),
        ["active false"] = (ConfidenceStepNames.IpqsActive, ConfidenceLabel.Low, t => IpqsResult(t) with { Active = false }),
        ["fraud_score 85"] = (ConfidenceStepNames.IpqsFraudScore, ConfidenceLabel.Low, t => IpqsResult(t, fraudScore: 85)),
        ["fraud_score 75"] = (ConfidenceStepNames.IpqsFraudScore, ConfidenceLabel.Uncertain, t => IpqsResult(t, fraudScore: 75)),
        ["recent_abuse"] = (ConfidenceStepNames.IpqsRecentAbuse, ConfidenceLabel.Low, t => IpqsResult(t) with { RecentAbuse = true }),
        ["VOIP"] = (ConfidenceStepNames.IpqsVoip, ConfidenceLabel.Low, t => IpqsResult(t) with { Voip = true }),
        ["risky"] = (ConfidenceStepNames.IpqsRisky, ConfidenceLabel.Uncertain, t => IpqsResult(t) with { Risky = true }),
        ["spammer"] = (ConfidenceStepNames.IpqsSpammer, ConfidenceLabel.Uncertain, t => IpqsResult(t) with { Spammer = true }),
        ["success false"] = (ConfidenceStepNames.IpqsSuccess, ConfidenceLabel.Uncertain, t => IpqsResult(t) with { Success = false }),
        ["carrier override likely"] = (ConfidenceStepNames.CarrierProfile, ConfidenceLabel.Likely, t => IpqsResult(t, carrier: "Override Likely")),
        ["country cap"] = (ConfidenceStepNames.CountryCap, ConfidenceLabel.Likely, t => IpqsResult(t, country: "HR")),
        ["disposable prefix"] = (ConfidenceStepNames.DisposablePrefix, ConfidenceLabel.Low, t => IpqsResult(t, formatted: "+385 99 123 4567")),
    };

    public static TheoryData<string, string> BindCombinations()
    {
        var data = new TheoryData<string, string>();
        foreach (var start in Starts.Keys)
        {
            foreach (var step in BindSteps.Keys)
            {
                data.Add(start, step);
            }
        }

        return data;
    }

    public static TheoryData<string, string> IpqsCombinations()
    {
        var data = new TheoryData<string, string>();
        foreach (var start in Starts.Keys)
        {
            foreach (var step in IpqsSteps.Keys)
            {
                data.Add(start, step);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BindCombinations))]
    public void Normalize_BindStepOnAnyStartingLabel_LabelIsTheLowerOfBoth(string start, string stepName)
    {
        var (type, _, notPossible, startLabel) = Starts[start];
        var (name, decision, make, number) = BindSteps[stepName];
        var input = notPossible ? NotPossible(PhoneNumberParseError.TooShort) with { RegionCode = number.RegionCode } : number;

        var result = Normalizer.Normalize(input, make(type) with { Msisdn = number.Msisdn });
        var step = Step(result, name);

        Assert.Equal((ConfidenceLabel)Math.Min((int)startLabel, (int)decision), result.Label);
        Assert.Equal(decision, step.Decision);
        Assert.Equal(decision < startLabel, step.Applied);
    }

    [Theory]
    [MemberData(nameof(IpqsCombinations))]
    public void Normalize_IpqsStepOnAnyStartingLabel_LabelIsTheLowerOfBoth(string start, string stepName)
    {
        var (_, lineType, notPossible, startLabel) = Starts[start];
        var (name, decision, make) = IpqsSteps[stepName];
        var ipqs = make(lineType);

        var result = notPossible ? Normalizer.Normalize(NotPossible(PhoneNumberParseError.TooShort), ipqs) : Normalizer.Normalize(ipqs);
        var step = Step(result, name);

        Assert.Equal((ConfidenceLabel)Math.Min((int)startLabel, (int)decision), result.Label);
        Assert.Equal(decision, step.Decision);
        Assert.Equal(decision < startLabel, step.Applied);
    }

    [Fact]
    public void Normalize_LowBaselineWithVeryHighCredibility_StaysLow()
    {
        var result = Normalizer.Normalize(BindResult(BindPhoneType.Voip, credibility: Credibility.VeryHigh));

        Assert.Equal(ConfidenceLabel.Low, result.Label);
    }

    [Fact]
    public void Normalize_UncertainBaselineWithVerifiedOverride_StaysUncertain()
    {
        var result = Normalizer.Normalize(BindResult(BindPhoneType.SharedCost, "Override Verified"));

        Assert.Equal(ConfidenceLabel.Uncertain, result.Label);
        Assert.False(result.Diagnostics.CarrierProfile!.Applied);
    }

    [Property(Arbitrary = [typeof(VendorAnswerArbitraries)])]
    public void Normalize_AnyBindAnswerOnAnyNumber_LabelIsTheRunningMinimumOfTheSteps(PhoneNumberParseResult number, BindScoringResult bind) =>
        AssertRunningMinimum(Normalizer.Normalize(number, bind));

    [Property(Arbitrary = [typeof(VendorAnswerArbitraries)])]
    public void Normalize_AnyBindAnswerAlone_LabelIsTheRunningMinimumOfTheSteps(BindScoringResult bind) =>
        AssertRunningMinimum(Normalizer.Normalize(bind));

    [Property(Arbitrary = [typeof(VendorAnswerArbitraries)])]
    public void Normalize_AnyIpqsAnswerOnAnyNumber_LabelIsTheRunningMinimumOfTheSteps(PhoneNumberParseResult number, IpqsPhoneResult ipqs) =>
        AssertRunningMinimum(Normalizer.Normalize(number, ipqs));

    [Property(Arbitrary = [typeof(VendorAnswerArbitraries)])]
    public void Normalize_AnyIpqsAnswerAlone_LabelIsTheRunningMinimumOfTheSteps(IpqsPhoneResult ipqs) =>
        AssertRunningMinimum(Normalizer.Normalize(ipqs));

    private static void AssertRunningMinimum(ConfidenceResult result)
    {
        var label = ConfidenceLabel.Verified;
        foreach (var step in result.Diagnostics.Steps)
        {
            var applied = step.Decision is { } decision && decision < label;
            Assert.Equal(applied, step.Applied);
            if (applied)
            {
                label = step.Decision!.Value;
            }
        }

        Assert.Equal(label, result.Label);
        Assert.True(result.Label <= result.Diagnostics.LineTypeBaseline, result.Explain());
        Assert.True(!result.IsDisposable || result.Label <= ConfidenceLabel.Low, result.Explain());
    }
}
