using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

public sealed class BindSignalTests
{
    private readonly ConfidenceNormalizer _normalizer = new();

    [Fact]
    public void Normalize_BindSuccessMobileHighCredibility_IsVerified()
    {
        var result = _normalizer.Normalize(BindResult());

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.False(result.IsDisposable);
        Assert.Equal("T-Mobile", result.Carrier);
        Assert.Equal(ConfidenceSource.Bind, result.Diagnostics.Source);
    }

    [Fact]
    public void Normalize_BindSuccess_StepsRunInPipelineOrder()
    {
        var result = _normalizer.Normalize(BindResult());

        string[] expected =
        [
            ConfidenceStepNames.LineTypeBaseline, ConfidenceStepNames.CarrierProfile, ConfidenceStepNames.CountryCap,
            ConfidenceStepNames.DisposablePrefix, ConfidenceStepNames.BindResponse, ConfidenceStepNames.BindIsDisposable,
            ConfidenceStepNames.BindCredibility,
        ];
        Assert.Equal(expected, result.Diagnostics.Steps.Select(s => s.Name));
        Assert.All(result.Diagnostics.Steps, s => Assert.Equal(NumberIntelVendor.Bind, s.Vendor));
    }

    [Theory]
    [InlineData(BindResponseCode.Success, ConfidenceLabel.Verified)]
    [InlineData(BindResponseCode.InvalidNumber, ConfidenceLabel.Invalid)]
    [InlineData(BindResponseCode.NotResolved, ConfidenceLabel.Uncertain)]
    [InlineData(BindResponseCode.GeneralError, ConfidenceLabel.Uncertain)]
    [InlineData(BindResponseCode.PricingNotSet, ConfidenceLabel.Uncertain)]
    [InlineData(BindResponseCode.OutOfBalance, ConfidenceLabel.Uncertain)]
    [InlineData(BindResponseCode.Throttled, ConfidenceLabel.Uncertain)]
    [InlineData(BindResponseCode.Timeout, ConfidenceLabel.Uncertain)]
    [InlineData(BindResponseCode.MissingPermissions, ConfidenceLabel.Uncertain)]
    [InlineData(BindResponseCode.Unknown, ConfidenceLabel.Uncertain)]
    [InlineData((BindResponseCode)42, ConfidenceLabel.Uncertain)]
    public void Normalize_BindResponseCode_CapsTheLabel(BindResponseCode response, ConfidenceLabel expected)
    {
        var result = _normalizer.Normalize(BindResult(response: response));

        Assert.Equal(expected, result.Label);
        Assert.Equal(expected == ConfidenceLabel.Verified ? null : expected, Step(result, ConfidenceStepNames.BindResponse).Decision);
    }

    [Theory]
    [InlineData(BindResponseCode.GeneralError)]
    [InlineData(BindResponseCode.Throttled)]
    [InlineData(BindResponseCode.Timeout)]
    [InlineData(BindResponseCode.Unknown)]
    public void Normalize_BindResponseWithoutData_SaysNoVendorDataAndSkipsOtherSignals(BindResponseCode response)
    {
        var result = _normalizer.Normalize(BindResult(response: response, credibility: Credibility.VeryLow, disposable: true));

        Assert.Contains("no vendor data", Step(result, ConfidenceStepNames.BindResponse).Reason, StringComparison.Ordinal);
        Assert.False(HasStep(result, ConfidenceStepNames.BindCredibility));
        Assert.False(HasStep(result, ConfidenceStepNames.BindIsDisposable));
        Assert.Equal(ConfidenceLabel.Uncertain, result.Label);
        Assert.False(result.IsDisposable);
    }

    [Fact]
    public void Normalize_BindResponseNotResolved_StillReadsOtherSignals()
    {
        var result = _normalizer.Normalize(BindResult(response: BindResponseCode.NotResolved, credibility: Credibility.VeryLow));

        Assert.Equal(ConfidenceLabel.Low, result.Label);
        Assert.True(Step(result, ConfidenceStepNames.BindCredibility).Applied);
    }

    [Fact]
    public void Normalize_BindResponseCode_IsRecordedAsItsNumber()
    {
        var step = Step(_normalizer.Normalize(BindResult(response: BindResponseCode.InvalidNumber)), ConfidenceStepNames.BindResponse);

        Assert.Equal("5", step.Observed);
        Assert.True(step.Applied);
    }

    [Fact]
    public void Normalize_BindIsDisposableYes_IsLowAndDisposable()
    {
        var result = _normalizer.Normalize(BindResult(disposable: true));
        var step = Step(result, ConfidenceStepNames.BindIsDisposable);

        Assert.Equal(ConfidenceLabel.Low, result.Label);
        Assert.True(result.IsDisposable);
        Assert.True(result.Diagnostics.Disposable.IsDisposable);
        Assert.Null(result.Diagnostics.Disposable.MatchedPrefix);
        Assert.Contains("is_disposable", result.Diagnostics.Disposable.Reason, StringComparison.Ordinal);
        Assert.Equal("true", step.Observed);
        Assert.True(step.Applied);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void Normalize_BindIsDisposableNoOrNa_HasNoEffect(bool? disposable)
    {
        var result = _normalizer.Normalize(BindResult(disposable: disposable));
        var step = Step(result, ConfidenceStepNames.BindIsDisposable);

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.False(result.IsDisposable);
        Assert.Null(step.Decision);
        Assert.False(step.Applied);
    }

    [Theory]
    [InlineData(Credibility.VeryLow, ConfidenceLabel.Low)]
    [InlineData(Credibility.Low, ConfidenceLabel.Low)]
    [InlineData(Credibility.Intermediate, ConfidenceLabel.Uncertain)]
    [InlineData(Credibility.High, ConfidenceLabel.Verified)]
    [InlineData(Credibility.VeryHigh, ConfidenceLabel.Verified)]
    [InlineData(Credibility.Unknown, ConfidenceLabel.Verified)]
    public void Normalize_BindCredibility_CapsTheLabel(Credibility credibility, ConfidenceLabel expected)
    {
        var result = _normalizer.Normalize(BindResult(credibility: credibility));
        var step = Step(result, ConfidenceStepNames.BindCredibility);

        Assert.Equal(expected, result.Label);
        Assert.Equal(expected != ConfidenceLabel.Verified, step.Applied);
    }

    [Fact]
    public void Normalize_BindWithoutScoring_CredibilityStepSawNothing()
    {
        var step = Step(_normalizer.Normalize(BindResult() with { Scoring = null }), ConfidenceStepNames.BindCredibility);

        Assert.Null(step.Observed);
        Assert.Null(step.Decision);
    }

    [Fact]
    public void Normalize_BindCarrier_IsTrimmedInTheResult()
    {
        var result = _normalizer.Normalize(BindResult(carrier: "  A1 Hrvatska  "));

        Assert.Equal("A1 Hrvatska", result.Carrier);
    }

    [Fact]
    public void Normalize_BindBlankCarrier_IsNull()
    {
        var result = _normalizer.Normalize(BindResult(carrier: "   "));

        Assert.Null(result.Carrier);
        Assert.Null(Step(result, ConfidenceStepNames.CarrierProfile).Observed);
    }

    [Fact]
    public void Normalize_BindWithParseResult_TakesCountryFromTheParseResult()
    {
        var result = _normalizer.Normalize(Possible("385912345678", "HR", 385), BindResult());

        Assert.Equal("HR", result.CountryCode);
        Assert.Equal("HR", Step(result, ConfidenceStepNames.CountryCap).Observed);
    }

    [Fact]
    public void Normalize_BindCountry_ComesFromTheMsisdnCallingCode()
    {
        var result = _normalizer.Normalize(BindResult(msisdn: "385912345678", callingCode: "44"));

        Assert.Equal("HR", result.CountryCode);
    }

    [Fact]
    public void Normalize_BindCountryWithoutMsisdn_FallsBackToCountryCallingCode()
    {
        var result = _normalizer.Normalize(BindResult(msisdn: null, callingCode: "385"));

        Assert.Equal("HR", result.CountryCode);
    }

    [Fact]
    public void Normalize_BindWithoutAnyCountryHint_CountryIsNullAndCapSawNothing()
    {
        var result = _normalizer.Normalize(BindResult(msisdn: null, callingCode: null));

        Assert.Null(result.CountryCode);
        Assert.Null(Step(result, ConfidenceStepNames.CountryCap).Observed);
    }

    [Fact]
    public void Normalize_VendorDocumentationExample_IsVerifiedMobileInCroatia()
    {
        var result = _normalizer.Normalize(BindFixture("bind-doc-example.json"));

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.Equal(0.95, result.Score);
        Assert.False(result.IsDisposable);
        Assert.Equal(LineType.Mobile, result.LineType);
        Assert.Equal("T-Mobile", result.Carrier);
        Assert.Equal("HR", result.CountryCode);
        Assert.Equal(ConfidenceLabel.Verified, result.Diagnostics.LineTypeBaseline);
        Assert.All(result.Diagnostics.Steps, s => Assert.False(s.Applied && s.Name != ConfidenceStepNames.LineTypeBaseline));
    }
}
