using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Tests.PhoneNumbers;

/// <summary>Each reason an input is not a possible number.</summary>
public sealed class PhoneNumberParserErrorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0\t\r\n")]
    [InlineData("+")]
    [InlineData("( ) - . /")]
    [InlineData("tel:")]
    public void Parse_NothingToParse_Empty(string? input)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal(PhoneNumberParseError.Empty, result.Error);
        Assert.False(result.IsPossible);
        Assert.Null(result.Msisdn);
        Assert.Null(result.E164);
        Assert.Null(result.NationalNumber);
        Assert.Null(result.CountryCallingCode);
    }

    [Fact]
    public void Parse_Null_InputIsEmptyString()
    {
        Assert.Equal(string.Empty, PhoneNumberParser.Parse(null).Input);
    }

    [Theory]
    [InlineData("1-800-FLOWERS")]
    [InlineData("abc")]
    [InlineData("+385 91 234 567a")]
    [InlineData("385+912345678")]
    [InlineData("++385912345678")]
    [InlineData("+385 91 234*5678")]
    [InlineData("+385 91 234 5678, +385 91 234 5679")]
    [InlineData("+1 212 555 0100 x")]
    [InlineData("+1 212 555 0100 ext. abc")]
    [InlineData("+1 212 555 0100 x12 x13")]
    [InlineData("+1 212 555 0100 x12345678901")]
    [InlineData("x12")]
    [InlineData("+385912345678;phone-context=x")]
    [InlineData("mailto:+385912345678")]
    [InlineData("+385\u0000912345678")]
    [InlineData("+385 \uD83D\uDCDE 912345678")]
    public void Parse_LettersOrSymbols_InvalidCharacters(string input)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal(PhoneNumberParseError.InvalidCharacters, result.Error);
        Assert.Null(result.Msisdn);
    }

    [Theory]
    [InlineData("+385 91", 385)]
    [InlineData("+385", 385)]
    [InlineData("+1 786 555", 1)]
    [InlineData("+44 20 7946", 44)]
    public void Parse_FewerDigitsThanTheCountryAllows_TooShort(string input, int callingCode)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal(PhoneNumberParseError.TooShort, result.Error);
        Assert.Equal(callingCode, result.CountryCallingCode);
    }

    [Theory]
    [InlineData("+3")]
    [InlineData("+38")]
    [InlineData("00")]
    public void Parse_IncompleteCallingCode_TooShort(string input)
    {
        Assert.Equal(PhoneNumberParseError.TooShort, PhoneNumberParser.Parse(input).Error);
    }

    [Theory]
    [InlineData("+385 91 234 5678 9")]
    [InlineData("+1 786 555 55555")]
    [InlineData("+49 151 2345 6789 0123")]
    [InlineData("+999 1234 5678 9012 3456")]
    [InlineData("12345678901234567890123456789012345678901234567890")]
    public void Parse_MoreDigitsThanPossible_TooLong(string input)
    {
        Assert.Equal(PhoneNumberParseError.TooLong, PhoneNumberParser.Parse(input).Error);
    }

    [Fact]
    public void Parse_MoreThanFifteenDigitsEvenWhereCountryAllowsLongNumbers_TooLong()
    {
        // 49 allows 13-digit national numbers: 2 + 13 = 15 is the most E.164 allows.
        Assert.True(PhoneNumberParser.Parse("+49 1234 5678 9012 3").IsPossible);
        Assert.Equal(PhoneNumberParseError.TooLong, PhoneNumberParser.Parse("+49 1234 5678 9012 34").Error);
    }

    [Theory]
    [InlineData("+999 123 456 789")]
    [InlineData("+0 123 456 789")]
    [InlineData("+28 1234 5678")]
    [InlineData("2812345678")]
    [InlineData("+259 123 4567")]
    public void Parse_NoKnownCallingCode_UnknownCountryCallingCode(string input)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal(PhoneNumberParseError.UnknownCountryCallingCode, result.Error);
        Assert.Null(result.CountryCallingCode);
        Assert.Null(result.RegionCode);
    }

    [Theory]
    [InlineData("091 234 5678")]
    [InlineData("(0)20 7946 0000")]
    [InlineData("0")]
    public void Parse_NationalFormatWithoutRegion_MissingRegion(string input)
    {
        Assert.Equal(PhoneNumberParseError.MissingRegion, PhoneNumberParser.Parse(input).Error);
    }

    [Theory]
    [InlineData("+47 123 456", 47)]
    [InlineData("+41 44 123 45678", 41)]
    [InlineData("+90 123 4567 8", 90)]
    public void Parse_LengthOrShapeImpossibleForCountry_NotPossibleForCountry(string input, int callingCode)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal(PhoneNumberParseError.NotPossibleForCountry, result.Error);
        Assert.Equal(callingCode, result.CountryCallingCode);
    }

    [Theory]
    [InlineData("091 234", "HR", PhoneNumberParseError.TooShort)]
    [InlineData("091 234 5678 901", "HR", PhoneNumberParseError.TooLong)]
    [InlineData("0", "GB", PhoneNumberParseError.TooShort)]
    [InlineData("555 0123", "US", PhoneNumberParseError.TooShort)]
    [InlineData("123 456 7890", "US", PhoneNumberParseError.NotAllocated)]
    public void Parse_NationalFormatImpossible_ReportsAgainstDefaultRegion(
        string input, string region, PhoneNumberParseError error)
    {
        Assert.Equal(error, PhoneNumberParser.Parse(input, region).Error);
    }

    [Theory]
    [InlineData("+1 123 555 0123", 1, "US")]
    [InlineData("+1 786 055 0123", 1, "US")]
    [InlineData("+44 7700 900123", 44, "GB")]
    [InlineData("+385 72 555 0104", 385, "HR")]
    [InlineData("+49 1 2345 6789", 49, "DE")]
    public void Parse_PossibleLengthOutsideAllocatedRanges_NotAllocatedButPossible(string input, int callingCode, string region)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal(PhoneNumberParseError.NotAllocated, result.Error);
        Assert.True(result.IsPossible);
        Assert.False(result.IsValid);
        Assert.NotNull(result.Msisdn);
        Assert.Equal(callingCode, result.CountryCallingCode);
        Assert.Equal(region, result.RegionCode);
        Assert.Equal(NumberIntel.Client.Confidence.LineType.Unknown, result.LineType);
    }

    [Fact]
    public void Parse_Error_KeepsInputAndRegionOfRecognisedCode()
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse("+385 91");

        Assert.Equal("+385 91", result.Input);
        Assert.Equal("HR", result.RegionCode);
        Assert.Null(result.Msisdn);
        Assert.Null(result.NationalNumber);
    }
}
