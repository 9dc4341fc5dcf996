using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

public sealed class IpqsSignalTests
{
    private readonly ConfidenceNormalizer _normalizer = new();

    [Fact]
    public void Normalize_CleanIpqsWireless_IsVerified()
    {
        var result = _normalizer.Normalize(IpqsResult());

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.Equal(ConfidenceSource.Ipqs, result.Diagnostics.Source);
        Assert.Equal("US", result.CountryCode);
        Assert.Equal("Verizon Wireless", result.Carrier);
    }

    [Fact]
    public void Normalize_Ipqs_StepsRunInPipelineOrder()
    {
        var result = _normalizer.Normalize(IpqsResult());

        string[] expected =
        [
            ConfidenceStepNames.LineTypeBaseline, ConfidenceStepNames.CarrierProfile, ConfidenceStepNames.CountryCap,
            ConfidenceStepNames.DisposablePrefix, ConfidenceStepNames.IpqsSuccess, ConfidenceStepNames.IpqsValid,
            ConfidenceStepNames.IpqsActive, ConfidenceStepNames.IpqsFraudScore, ConfidenceStepNames.IpqsRecentAbuse,
            ConfidenceStepNames.IpqsVoip, ConfidenceStepNames.IpqsRisky, ConfidenceStepNames.IpqsSpammer,
            ConfidenceStepNames.IpqsPrepaid, ConfidenceStepNames.IpqsLeaked, ConfidenceStepNames.IpqsDoNotCall,
        ];
        Assert.Equal(expected, result.Diagnostics.Steps.Select(s => s.Name));
        Assert.All(result.Diagnostics.Steps, s => Assert.Equal(NumberIntelVendor.Ipqs, s.Vendor));
    }

    public static TheoryData<string, IpqsPhoneResult, ConfidenceLabel> Signals => new()
    {
        { ConfidenceStepNames.IpqsValid, IpqsResult() with { Valid = false }, ConfidenceLabel.Invalid },
        { ConfidenceStepNames.IpqsActive, IpqsResult() with { Active = false }, ConfidenceLabel.Low },
        { ConfidenceStepNames.IpqsRecentAbuse, IpqsResult() with { RecentAbuse = true }, ConfidenceLabel.Low },
        { ConfidenceStepNames.IpqsVoip, IpqsResult() with { Voip = true }, ConfidenceLabel.Low },
        { ConfidenceStepNames.IpqsRisky, IpqsResult() with { Risky = true }, ConfidenceLabel.Uncertain },
        { ConfidenceStepNames.IpqsSpammer, IpqsResult() with { Spammer = true }, ConfidenceLabel.Uncertain },
    };

    [Theory]
    [MemberData(nameof(Signals))]
    public void Normalize_IpqsNegativeSignal_CapsTheLabelAndIsRecordedAsApplied(
        string name, IpqsPhoneResult ipqs, ConfidenceLabel expected)
    {
        var result = _normalizer.Normalize(ipqs);
        var step = Step(result, name);

        Assert.Equal(expected, result.Label);
        Assert.Equal(expected, step.Decision);
        Assert.True(step.Applied);
    }

    public static TheoryData<string, IpqsPhoneResult> CleanSignals => new()
    {
        { ConfidenceStepNames.IpqsValid, IpqsResult() with { Valid = true } },
        { ConfidenceStepNames.IpqsValid, IpqsResult() with { Valid = null } },
        { ConfidenceStepNames.IpqsActive, IpqsResult() with { Active = true } },
        { ConfidenceStepNames.IpqsActive, IpqsResult() with { Active = null } },
        { ConfidenceStepNames.IpqsRecentAbuse, IpqsResult() with { RecentAbuse = null } },
        { ConfidenceStepNames.IpqsVoip, IpqsResult() with { Voip = null } },
        { ConfidenceStepNames.IpqsRisky, IpqsResult() with { Risky = null } },
        { ConfidenceStepNames.IpqsSpammer, IpqsResult() with { Spammer = null } },
    };

    [Theory]
    [MemberData(nameof(CleanSignals))]
    public void Normalize_IpqsSignalNotNegative_HasNoEffect(string name, IpqsPhoneResult ipqs)
    {
        var result = _normalizer.Normalize(ipqs);
        var step = Step(result, name);

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.Null(step.Decision);
        Assert.False(step.Applied);
    }

    [Theory]
    [InlineData(ConfidenceStepNames.IpqsPrepaid)]
    [InlineData(ConfidenceStepNames.IpqsLeaked)]
    [InlineData(ConfidenceStepNames.IpqsDoNotCall)]
    public void Normalize_IpqsRecordOnlySignalTrue_IsRecordedWithoutEffect(string name)
    {
        var ipqs = IpqsResult() with { Prepaid = true, Leaked = true, DoNotCall = true };

        var result = _normalizer.Normalize(ipqs);
        var step = Step(result, name);

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.Equal("true", step.Observed);
        Assert.Null(step.Decision);
        Assert.Contains("recorded only", step.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, ConfidenceLabel.Verified)]
    [InlineData(74, ConfidenceLabel.Verified)]
    [InlineData(75, ConfidenceLabel.Uncertain)]
    [InlineData(84, ConfidenceLabel.Uncertain)]
    [InlineData(85, ConfidenceLabel.Low)]
    [InlineData(100, ConfidenceLabel.Low)]
    public void Normalize_IpqsFraudScore_AppliesThresholds(int fraudScore, ConfidenceLabel expected)
    {
        var result = _normalizer.Normalize(IpqsResult(fraudScore: fraudScore));
        var step = Step(result, ConfidenceStepNames.IpqsFraudScore);

        Assert.Equal(expected, result.Label);
        Assert.Equal(fraudScore.ToString(System.Globalization.CultureInfo.InvariantCulture), step.Observed);
    }

    [Fact]
    public void Normalize_IpqsFraudScoreMissing_HasNoEffect()
    {
        var result = _normalizer.Normalize(IpqsResult(fraudScore: null));

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.Null(Step(result, ConfidenceStepNames.IpqsFraudScore).Observed);
    }

    [Theory]
    [InlineData(89, ConfidenceLabel.Uncertain)]
    [InlineData(90, ConfidenceLabel.Low)]
    [InlineData(79, ConfidenceLabel.Verified)]
    [InlineData(80, ConfidenceLabel.Uncertain)]
    public void Normalize_IpqsFraudScore_UsesThePolicyThresholds(int fraudScore, ConfidenceLabel expected)
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { IpqsFraudScoreLow = 90, IpqsFraudScoreUncertain = 80 });

        Assert.Equal(expected, normalizer.Normalize(IpqsResult(fraudScore: fraudScore)).Label);
    }

    [Fact]
    public void Normalize_IpqsVoipLineTypeAndVoipFlag_BothRecordedFirstOneApplies()
    {
        var result = _normalizer.Normalize(IpqsResult(lineType: "VOIP") with { Voip = true });

        Assert.Equal(ConfidenceLabel.Low, result.Label);
        Assert.True(Step(result, ConfidenceStepNames.LineTypeBaseline).Applied);
        var voip = Step(result, ConfidenceStepNames.IpqsVoip);
        Assert.Equal(ConfidenceLabel.Low, voip.Decision);
        Assert.False(voip.Applied);
    }

    [Fact]
    public void Normalize_IpqsSuccessFalse_IsUncertainWithNoVendorDataAndSkipsSignals()
    {
        var result = _normalizer.Normalize(IpqsFixture("ipqs-error-credits.json"));
        var step = Step(result, ConfidenceStepNames.IpqsSuccess);

        Assert.Equal(ConfidenceLabel.Uncertain, result.Label);
        Assert.Equal(ConfidenceLabel.Uncertain, step.Decision);
        Assert.Contains("no vendor data", step.Reason, StringComparison.Ordinal);
        Assert.False(HasStep(result, ConfidenceStepNames.IpqsValid));
        Assert.False(HasStep(result, ConfidenceStepNames.IpqsFraudScore));
    }

    [Fact]
    public void Normalize_IpqsSuccessFalseWithValidFalse_IsNotInvalid()
    {
        var result = _normalizer.Normalize(IpqsResult() with { Success = false, Valid = false });

        Assert.Equal(ConfidenceLabel.Uncertain, result.Label);
    }

    [Fact]
    public void Normalize_IpqsSuccessMissing_ReadsTheAnswerAsData()
    {
        var result = _normalizer.Normalize(IpqsResult() with { Success = null, Valid = false });

        Assert.Equal(ConfidenceLabel.Invalid, result.Label);
    }

    [Fact]
    public void Normalize_IpqsCountry_IsUpperCased()
    {
        var result = _normalizer.Normalize(IpqsFixture("ipqs-clean-wireless.json"));

        Assert.Equal("US", result.CountryCode);
    }

    [Fact]
    public void Normalize_IpqsCleanFixture_IsVerifiedAndRecordsPrepaidLeakedDoNotCall()
    {
        var result = _normalizer.Normalize(IpqsFixture("ipqs-clean-wireless.json"));

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.Equal(LineType.Mobile, result.LineType);
        Assert.Equal("true", Step(result, ConfidenceStepNames.IpqsPrepaid).Observed);
        Assert.Equal("true", Step(result, ConfidenceStepNames.IpqsLeaked).Observed);
        Assert.Equal("true", Step(result, ConfidenceStepNames.IpqsDoNotCall).Observed);
    }

    [Fact]
    public void Normalize_IpqsVoipRiskyFixture_IsLowWithTheCarrierMatched()
    {
        var result = _normalizer.Normalize(IpqsFixture("ipqs-voip-risky.json"));

        Assert.Equal(ConfidenceLabel.Low, result.Label);
        Assert.Equal(LineType.Voip, result.LineType);
        Assert.Equal("Twilio - SMS/MMS-SVR", result.Carrier);
        Assert.True(result.Diagnostics.CarrierProfile!.Matched);
        Assert.Equal("Twilio", result.Diagnostics.CarrierProfile.Entry);
    }

    [Theory]
    [InlineData("USA")]
    [InlineData("1")]
    [InlineData(null)]
    public void Normalize_IpqsCountryNotAlpha2_FallsBackToTheFormattedNumbersCallingCode(string? country)
    {
        var result = _normalizer.Normalize(IpqsResult(country: country, formatted: "+385 91 234 5678"));

        Assert.Equal("HR", result.CountryCode);
    }

    [Fact]
    public void Normalize_IpqsWithoutCountryOrFormatted_FallsBackToDialingCode()
    {
        var result = _normalizer.Normalize(IpqsResult(country: null) with { DialingCode = 385 });

        Assert.Equal("HR", result.CountryCode);
    }

    [Fact]
    public void Normalize_IpqsCountry_WinsOverTheParseResultsRegion()
    {
        var result = _normalizer.Normalize(Possible("14165550123", "US", 1), IpqsResult(country: "CA"));

        Assert.Equal("CA", result.CountryCode);
    }

    [Fact]
    public void Normalize_IpqsValidFalseOnOfflineValidNumber_FormatStaysOfflineVerdictAndLabelIsInvalid()
    {
        var result = _normalizer.Normalize(Possible(), IpqsResult() with { Valid = false });

        Assert.True(result.Diagnostics.Format!.IsValid); // offline: in an allocated range
        Assert.True(Step(result, ConfidenceStepNames.IpqsValid).Applied); // IPQS: not assigned
        Assert.Equal(ConfidenceLabel.Invalid, result.Label);
    }
}
