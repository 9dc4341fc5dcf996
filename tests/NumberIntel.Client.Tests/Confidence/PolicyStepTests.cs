using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

public sealed class PolicyStepTests
{
    private readonly ConfidenceNormalizer _normalizer = new();

    [Theory]
    [InlineData("Google Voice")]
    [InlineData("TextNow")]
    [InlineData("Hushed")]
    [InlineData("Pinger")]
    [InlineData("Burner")]
    [InlineData("Bandwidth")]
    [InlineData("Twilio")]
    [InlineData("Plivo")]
    [InlineData("Vonage")]
    [InlineData("Sideline")]
    [InlineData("TextFree")]
    [InlineData("Talkatone")]
    public void Normalize_DefaultDisposableCarrier_IsLow(string carrier)
    {
        var result = _normalizer.Normalize(BindResult(carrier: carrier));
        var step = Step(result, ConfidenceStepNames.CarrierProfile);

        Assert.Equal(ConfidenceLabel.Low, result.Label);
        Assert.Equal(ConfidenceLabel.Low, step.Decision);
        Assert.True(step.Applied);
        Assert.Equal(new CarrierProfileDiagnostics { Matched = true, Entry = carrier, Label = ConfidenceLabel.Low, Applied = true },
            result.Diagnostics.CarrierProfile);
    }

    [Theory]
    [InlineData("google voice")]
    [InlineData("  TWILIO  ")]
    [InlineData("Google Voice Inc.")]
    [InlineData("Twilio - SMS/MMS-SVR")]
    [InlineData("Bandwidth.com CLEC")]
    [InlineData("TextNow, Inc.")]
    public void Normalize_CarrierMatchesIgnoringCaseOrAsWordPrefix_IsLow(string carrier)
    {
        var result = _normalizer.Normalize(BindResult(carrier: carrier));

        Assert.Equal(ConfidenceLabel.Low, result.Label);
        Assert.True(result.Diagnostics.CarrierProfile!.Matched);
    }

    [Theory]
    [InlineData("Pingerton Telecom")]
    [InlineData("T-Mobile")]
    [InlineData("My Twilio")]
    [InlineData("Google")]
    public void Normalize_CarrierNotInPolicy_HasNoEffect(string carrier)
    {
        var result = _normalizer.Normalize(BindResult(carrier: carrier));
        var step = Step(result, ConfidenceStepNames.CarrierProfile);

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.Equal(carrier, step.Observed);
        Assert.Null(step.Decision);
        Assert.Same(CarrierProfileDiagnostics.NotMatched, result.Diagnostics.CarrierProfile);
    }

    [Fact]
    public void Normalize_NoCarrier_CarrierStepSawNothing()
    {
        var step = Step(_normalizer.Normalize(BindResult(carrier: null)), ConfidenceStepNames.CarrierProfile);

        Assert.Null(step.Observed);
        Assert.Null(step.Decision);
    }

    [Theory]
    [InlineData(ConfidenceLabel.Invalid, ConfidenceLabel.Invalid)]
    [InlineData(ConfidenceLabel.Low, ConfidenceLabel.Low)]
    [InlineData(ConfidenceLabel.Uncertain, ConfidenceLabel.Uncertain)]
    [InlineData(ConfidenceLabel.Likely, ConfidenceLabel.Likely)]
    [InlineData(ConfidenceLabel.Verified, ConfidenceLabel.Likely)]
    public void Normalize_CarrierOverride_IsTheMinimumOfCurrentAndOverride(ConfidenceLabel overrideLabel, ConfidenceLabel expected)
    {
        var policy = new ConfidencePolicy { CarrierOverrides = { ["Acme Mobile"] = overrideLabel } };
        var normalizer = new ConfidenceNormalizer(policy);

        var result = normalizer.Normalize(BindResult(type: BindPhoneType.TollFree, carrier: "ACME MOBILE"));

        Assert.Equal(ConfidenceLabel.Likely, result.Diagnostics.LineTypeBaseline);
        Assert.Equal(expected, result.Label);
        Assert.True(result.Diagnostics.CarrierProfile!.IsOverride);
        Assert.Equal(overrideLabel < ConfidenceLabel.Likely, result.Diagnostics.CarrierProfile.Applied);
    }

    [Fact]
    public void Normalize_CarrierOverrideOfADisposableCarrier_TakesPrecedenceOverTheList()
    {
        var policy = new ConfidencePolicy { CarrierOverrides = { ["Bandwidth"] = ConfidenceLabel.Verified } };

        var result = new ConfidenceNormalizer(policy).Normalize(BindResult(carrier: "Bandwidth"));

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.Equal(ConfidenceLabel.Verified, Step(result, ConfidenceStepNames.CarrierProfile).Decision);
    }

    [Fact]
    public void Normalize_LongestCarrierEntryWins()
    {
        var policy = new ConfidencePolicy { CarrierOverrides = { ["Google"] = ConfidenceLabel.Likely } };

        var result = new ConfidenceNormalizer(policy).Normalize(BindResult(carrier: "Google Voice Inc."));

        Assert.Equal("Google Voice", result.Diagnostics.CarrierProfile!.Entry);
        Assert.Equal(ConfidenceLabel.Low, result.Label);
    }

    [Fact]
    public void Normalize_CappedCountry_IsAtMostLikely()
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { CappedCountries = { "hr" } });

        var result = normalizer.Normalize(Possible(), BindResult());
        var step = Step(result, ConfidenceStepNames.CountryCap);

        Assert.Equal(ConfidenceLabel.Likely, result.Label);
        Assert.Equal("HR", step.Observed);
        Assert.Equal(ConfidenceLabel.Likely, step.Decision);
        Assert.True(step.Applied);
    }

    [Fact]
    public void Normalize_CountryNotCapped_HasNoEffect()
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { CappedCountries = { "NG" } });

        var result = normalizer.Normalize(Possible(), BindResult());
        var step = Step(result, ConfidenceStepNames.CountryCap);

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.Null(step.Decision);
        Assert.False(step.Applied);
    }

    [Fact]
    public void Normalize_CappedCountryBelowTheCap_IsRecordedNotApplied()
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { CappedCountries = { "HR" } });

        var result = normalizer.Normalize(Possible(), BindResult(type: BindPhoneType.SharedCost));
        var step = Step(result, ConfidenceStepNames.CountryCap);

        Assert.Equal(ConfidenceLabel.Uncertain, result.Label);
        Assert.Equal(ConfidenceLabel.Likely, step.Decision);
        Assert.False(step.Applied);
    }

    [Theory]
    [InlineData("+38591")]
    [InlineData("385 91")]
    [InlineData("38591")]
    public void Normalize_DisposablePrefix_IsLowAndDisposable(string prefix)
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { DisposablePrefixes = { "+4470", prefix } });

        var result = normalizer.Normalize(Possible("385912345678"), BindResult());
        var step = Step(result, ConfidenceStepNames.DisposablePrefix);

        Assert.Equal(ConfidenceLabel.Low, result.Label);
        Assert.True(result.IsDisposable);
        Assert.Equal(
            new DisposableDiagnostics { IsDisposable = true, Reason = result.Diagnostics.Disposable.Reason, MatchedPrefix = "38591" },
            result.Diagnostics.Disposable);
        Assert.NotNull(result.Diagnostics.Disposable.Reason);
        Assert.Equal("38591", step.Observed);
        Assert.True(step.Applied);
    }

    [Fact]
    public void Normalize_NoDisposablePrefixMatches_IsNotDisposable()
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { DisposablePrefixes = { "+4470", "38592" } });

        var result = normalizer.Normalize(Possible("385912345678"), BindResult());
        var step = Step(result, ConfidenceStepNames.DisposablePrefix);

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.False(result.IsDisposable);
        Assert.Same(DisposableDiagnostics.NotDisposable, result.Diagnostics.Disposable);
        Assert.Null(step.Decision);
    }

    [Fact]
    public void Normalize_DisposablePrefixOnLowNumber_StillSetsIsDisposable()
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { DisposablePrefixes = { "1202" } });

        var result = normalizer.Normalize(IpqsResult(lineType: "VOIP", formatted: "+1 202-555-0123"));
        var step = Step(result, ConfidenceStepNames.DisposablePrefix);

        Assert.True(result.IsDisposable);
        Assert.Equal("1202", result.Diagnostics.Disposable.MatchedPrefix);
        Assert.False(step.Applied);
    }

    [Fact]
    public void Normalize_DisposablePrefixAndBindDisposable_KeepsThePrefixReason()
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { DisposablePrefixes = { "38591" } });

        var result = normalizer.Normalize(Possible("385912345678"), BindResult(disposable: true));

        Assert.True(result.IsDisposable);
        Assert.Equal("38591", result.Diagnostics.Disposable.MatchedPrefix);
    }

    [Fact]
    public void Normalize_DisposablePrefixFromBindMsisdn_MatchesWithoutAParseResult()
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { DisposablePrefixes = { "38591" } });

        var result = normalizer.Normalize(BindResult(msisdn: "38591XXXXXXX"));

        Assert.True(result.IsDisposable);
        Assert.Equal(ConfidenceLabel.Low, result.Label);
    }

    [Fact]
    public void Normalize_DiagnosticsNeverHoldTheFullNumber()
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { DisposablePrefixes = { "38591" } });

        var result = normalizer.Normalize(Possible("385912345678"), BindResult());

        Assert.DoesNotContain("385912345678", result.Explain(), StringComparison.Ordinal);
        Assert.All(result.Diagnostics.Steps, s => Assert.NotEqual("385912345678", s.Observed));
    }
}
