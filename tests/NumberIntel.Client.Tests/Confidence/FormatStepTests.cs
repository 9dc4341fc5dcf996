using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.PhoneNumbers;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

public sealed class FormatStepTests
{
    private readonly ConfidenceNormalizer _normalizer = new();

    [Theory]
    [InlineData(PhoneNumberParseError.Empty, false, "empty")]
    [InlineData(PhoneNumberParseError.InvalidCharacters, false, "invalid_characters")]
    [InlineData(PhoneNumberParseError.TooShort, true, "too_short")]
    [InlineData(PhoneNumberParseError.TooLong, true, "too_long")]
    [InlineData(PhoneNumberParseError.UnknownCountryCallingCode, true, "unknown_country_calling_code")]
    [InlineData(PhoneNumberParseError.MissingRegion, true, "missing_region")]
    [InlineData(PhoneNumberParseError.NotPossibleForCountry, true, "not_possible_for_country")]
    public void Normalize_NotPossibleNumber_IsInvalidWithTheParseError(PhoneNumberParseError error, bool parsed, string observed)
    {
        var result = _normalizer.Normalize(NotPossible(error));
        var step = Step(result, ConfidenceStepNames.Format);

        Assert.Equal(ConfidenceLabel.Invalid, result.Label);
        Assert.Equal(0.0, result.Score);
        Assert.Equal(
            new FormatDiagnostics { Parsed = parsed, IsPossible = false, IsValid = false, Error = error },
            result.Diagnostics.Format);
        Assert.Equal(observed, step.Observed);
        Assert.Equal(ConfidenceLabel.Invalid, step.Decision);
        Assert.True(step.Applied);
    }

    [Fact]
    public void Normalize_PossibleButNotAllocated_IsInvalidUnderValidMode()
    {
        var result = _normalizer.Normalize(Possible(isValid: false));
        var step = Step(result, ConfidenceStepNames.Format);

        Assert.Equal(ConfidenceLabel.Invalid, result.Label);
        Assert.Equal("not_allocated", step.Observed);
        Assert.True(step.Applied);
        Assert.Equal(
            new FormatDiagnostics { Parsed = true, IsPossible = true, IsValid = false, Error = PhoneNumberParseError.NotAllocated },
            result.Diagnostics.Format);
    }

    [Fact]
    public void Normalize_PossibleButNotAllocated_IsLetThroughUnderPossibleMode()
    {
        var normalizer = new ConfidenceNormalizer(ConfidencePolicy.Default, OfflineValidationMode.Possible);

        var result = normalizer.Normalize(Possible(isValid: false), BindResult());
        var step = Step(result, ConfidenceStepNames.Format);

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.Equal("not_allocated", step.Observed);
        Assert.Null(step.Decision);
        Assert.Contains("OfflineValidation = Possible", step.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UndefinedOfflineValidationMode_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ConfidenceNormalizer(ConfidencePolicy.Default, (OfflineValidationMode)7));
    }

    [Fact]
    public void Normalize_ValidNumberOfUnknownTypeFormatOnly_IsUncertainWithNoVendorData()
    {
        var result = _normalizer.Normalize(Possible());

        Assert.Equal(ConfidenceLabel.Uncertain, result.Label);
        Assert.Equal(ConfidenceSource.Format, result.Diagnostics.Source);
        Assert.Equal(new FormatDiagnostics { Parsed = true, IsPossible = true, IsValid = true }, result.Diagnostics.Format);
        Assert.Null(Step(result, ConfidenceStepNames.Format).Decision);
        Assert.Equal("format only, no vendor data", Step(result, ConfidenceStepNames.LineTypeBaseline).Reason);
        Assert.Equal(LineType.Unknown, result.LineType);
        Assert.Null(result.Carrier);
        Assert.Equal("HR", result.CountryCode);
    }

    [Theory]
    [InlineData(LineType.Mobile, ConfidenceLabel.Likely)]
    [InlineData(LineType.FixedLine, ConfidenceLabel.Likely)]
    [InlineData(LineType.FixedLineOrMobile, ConfidenceLabel.Likely)]
    [InlineData(LineType.TollFree, ConfidenceLabel.Likely)]
    [InlineData(LineType.PremiumRate, ConfidenceLabel.Uncertain)]
    [InlineData(LineType.SharedCost, ConfidenceLabel.Uncertain)]
    [InlineData(LineType.Uan, ConfidenceLabel.Uncertain)]
    [InlineData(LineType.PersonalNumber, ConfidenceLabel.Uncertain)]
    [InlineData(LineType.Voip, ConfidenceLabel.Low)]
    [InlineData(LineType.Pager, ConfidenceLabel.Low)]
    [InlineData(LineType.Voicemail, ConfidenceLabel.Low)]
    public void Normalize_FormatOnly_OfflineLineTypeServesAtMostLikely(LineType lineType, ConfidenceLabel expected)
    {
        var result = _normalizer.Normalize(Possible(lineType: lineType));
        var offline = Step(result, ConfidenceStepNames.OfflineLineType);

        Assert.Equal(expected, result.Label);
        Assert.Equal(lineType, result.LineType);
        Assert.Equal(ConfidenceLabel.Likely, offline.Decision);
        Assert.Equal(lineType, result.Diagnostics.Format!.LineType);
    }

    [Fact]
    public void Normalize_VendorAnswered_OfflineLineTypeIsRecordedOnly()
    {
        var result = _normalizer.Normalize(Possible(lineType: LineType.Mobile), BindResult());
        var offline = Step(result, ConfidenceStepNames.OfflineLineType);

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.Equal("mobile", offline.Observed);
        Assert.Null(offline.Decision);
        Assert.False(offline.Applied);
    }

    [Fact]
    public void Normalize_FormatOnly_StepsRunInPipelineOrderWithoutVendor()
    {
        var result = _normalizer.Normalize(Possible());

        string[] expected =
        [
            ConfidenceStepNames.Format, ConfidenceStepNames.OfflineLineType, ConfidenceStepNames.LineTypeBaseline,
            ConfidenceStepNames.CarrierProfile, ConfidenceStepNames.CountryCap, ConfidenceStepNames.DisposablePrefix,
        ];
        Assert.Equal(expected, result.Diagnostics.Steps.Select(s => s.Name));
        Assert.All(result.Diagnostics.Steps, s => Assert.Null(s.Vendor));
    }

    [Fact]
    public void Normalize_FormatOnlyWithDisposablePrefix_IsLowAndDisposable()
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { DisposablePrefixes = { "+38591" } });

        var result = normalizer.Normalize(Possible("385912345678", lineType: LineType.Mobile));

        Assert.Equal(ConfidenceLabel.Low, result.Label);
        Assert.True(result.IsDisposable);
    }

    [Fact]
    public void Normalize_NotPossibleNumberWithVerifiedVendorAnswer_StaysInvalid()
    {
        var result = _normalizer.Normalize(NotPossible(PhoneNumberParseError.TooShort), BindResult());

        Assert.Equal(ConfidenceLabel.Invalid, result.Label);
        Assert.Equal(ConfidenceStepNames.Format, result.Diagnostics.Steps[0].Name);
        Assert.All(result.Diagnostics.Steps.Skip(1), s => Assert.False(s.Applied));
    }

    [Theory]
    [InlineData(BindResponseCode.Success)]
    [InlineData(BindResponseCode.InvalidNumber)]
    [InlineData(BindResponseCode.NotResolved)]
    public void Normalize_BindWithParseResult_FormatIsValidIsTheOfflineVerdict(BindResponseCode response)
    {
        var result = _normalizer.Normalize(Possible(), BindResult(response: response));

        Assert.True(result.Diagnostics.Format!.IsValid);
        Assert.True(result.Diagnostics.Format.IsPossible);
    }

    [Fact]
    public void Normalize_VendorResultWithoutParseResult_HasNoFormatStep()
    {
        var result = _normalizer.Normalize(BindResult());

        Assert.Null(result.Diagnostics.Format);
        Assert.False(HasStep(result, ConfidenceStepNames.Format));
        Assert.False(HasStep(result, ConfidenceStepNames.OfflineLineType));
    }

    [Fact]
    public void Normalize_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => _normalizer.Normalize((PhoneNumberParseResult)null!));
        Assert.Throws<ArgumentNullException>(() => _normalizer.Normalize((BindScoringResult)null!));
        Assert.Throws<ArgumentNullException>(() => _normalizer.Normalize((NumberIntel.Client.Ipqs.IpqsPhoneResult)null!));
        Assert.Throws<ArgumentNullException>(() => _normalizer.Normalize(null!, BindResult()));
        Assert.Throws<ArgumentNullException>(() => _normalizer.Normalize(Possible(), (BindScoringResult)null!));
    }
}
