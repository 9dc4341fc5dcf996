using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.PhoneNumbers;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

/// <summary>The normalizer fed by the real offline parser, as the facade will do it.</summary>
public sealed class ParserIntegrationTests
{
    private readonly ConfidenceNormalizer _normalizer = new();

    [Fact]
    public void Normalize_ParsedCroatianMobileWithBind_IsVerifiedInCroatia()
    {
        var result = _normalizer.Normalize(PhoneNumberParser.Parse("+385 91 234 5678"), BindResult());

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
        Assert.Equal("HR", result.CountryCode);
        Assert.Equal(new FormatDiagnostics { Parsed = true, IsPossible = true, IsValid = true, LineType = LineType.Mobile }, result.Diagnostics.Format);
    }

    [Theory]
    [InlineData("")]
    [InlineData("call me maybe")]
    [InlineData("+385 1")]
    public void Normalize_UnparseableInput_IsInvalidFormatOnly(string input)
    {
        var result = _normalizer.Normalize(PhoneNumberParser.Parse(input));

        Assert.Equal(ConfidenceLabel.Invalid, result.Label);
        Assert.False(result.Diagnostics.Format!.IsPossible);
        Assert.NotEqual(PhoneNumberParseError.None, result.Diagnostics.Format.Error);
    }

    [Fact]
    public void Normalize_BindMsisdnInCanada_CountryIsRefinedByAreaCode()
    {
        var result = _normalizer.Normalize(BindResult(msisdn: "14165550123"));

        Assert.Equal("CA", result.CountryCode);
    }

    [Fact]
    public void Normalize_NonGeographicNumber_HasNoCountry()
    {
        var result = _normalizer.Normalize(BindResult(type: BindPhoneType.TollFree, msisdn: "80012345678"));

        Assert.Null(result.CountryCode);
        Assert.Equal(ConfidenceLabel.Likely, result.Label);
    }

    [Fact]
    public void Normalize_ParsedNumberInCappedCountry_IsAtMostLikely()
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { CappedCountries = { "CA" } });

        var result = normalizer.Normalize(PhoneNumberParser.Parse("+1 416 555 0123"), BindResult());

        Assert.Equal("CA", result.CountryCode);
        Assert.Equal(ConfidenceLabel.Likely, result.Label);
    }
}
