using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Tests.PhoneNumbers;

/// <summary>The written forms people use for the same number all give the same MSISDN.</summary>
public sealed class PhoneNumberParserFormTests
{
    [Theory]
    [InlineData("+385 91 234 5678")]
    [InlineData("+385912345678")]
    [InlineData("00385912345678")]
    [InlineData("00 385 91 234 5678")]
    [InlineData("385-91-234-5678")]
    [InlineData("385912345678")]
    [InlineData("+385/91/234/5678")]
    [InlineData("+385.91.234.5678")]
    [InlineData("tel:+385912345678")]
    [InlineData("TEL:+385-91-234-5678")]
    [InlineData("+385 (0)91 234 5678")]
    [InlineData("+385 ( 0 ) 91 234 5678")]
    [InlineData("385 (0)91 234 5678")]
    [InlineData("+385 091 234 5678")]
    [InlineData("  +385 91 234 5678  ")]
    [InlineData("\t+385 91 234 5678\r\n")]
    [InlineData("+385\u00A091\u00A0234\u00A05678")]
    [InlineData("+385\u202F91\u2009234\u20075678")]
    [InlineData("\uFEFF+385912345678")]
    [InlineData("\u200E+385 91 234 5678\u200F")]
    [InlineData("+385\u201391\u2014234\u22125678")]
    [InlineData("'+385912345678")]
    [InlineData("\"+385 91 234 5678\"")]
    [InlineData("[+385] 91 234 5678")]
    public void Parse_CroatianMobileWrittenDifferently_SameMsisdn(string input)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal(PhoneNumberParseError.None, result.Error);
        Assert.Equal("385912345678", result.Msisdn);
    }

    [Theory]
    [InlineData("(+1) 786.555.5555")]
    [InlineData("+1 (786) 555-5555")]
    [InlineData("+1-786-555-5555")]
    [InlineData("+17865555555")]
    [InlineData("001 786 555 5555")]
    [InlineData("17865555555")]
    public void Parse_UsNumberWrittenDifferently_SameMsisdn(string input)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal("17865555555", result.Msisdn);
        Assert.Equal("US", result.RegionCode);
    }

    [Fact]
    public void Parse_FullWidthDigitsAndPlus_NormalizedToAscii()
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse("\uFF0B\uFF13\uFF18\uFF15 \uFF19\uFF11 \uFF12\uFF13\uFF14 \uFF15\uFF16\uFF17\uFF18");

        Assert.Equal("385912345678", result.Msisdn);
    }

    [Fact]
    public void Parse_ArabicIndicDigits_NormalizedToAscii()
    {
        // +٩٧١ ٥٠ ١٢٣ ٤٥٦٧ (UAE mobile)
        PhoneNumberParseResult result = PhoneNumberParser.Parse("+\u0669\u0667\u0661 \u0665\u0660 \u0661\u0662\u0663 \u0664\u0665\u0666\u0667");

        Assert.Equal("971501234567", result.Msisdn);
        Assert.Equal("AE", result.RegionCode);
    }

    [Fact]
    public void Parse_FullWidthParenthesesAndDash_AreSeparators()
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse("\uFF08\uFF0B81\uFF09 90\uFF0D1234\uFF0D5678");

        Assert.Equal("819012345678", result.Msisdn);
    }

    [Theory]
    [InlineData("+44 (0)20 7946 0000", "442079460000")]
    [InlineData("+49 (0)30 1234 5678", "493012345678")]
    [InlineData("0044 (0) 20 7946 0000", "442079460000")]
    [InlineData("+44 020 7946 0000", "442079460000")]
    [InlineData("+36 06 30 123 4567", "36301234567")]
    [InlineData("+47 (0) 412 34 567", "4741234567")]
    [InlineData("0047 (0)412 34 567", "4741234567")]
    [InlineData("+49 (0)800 1234567890", "498001234567890")]
    public void Parse_TrunkPrefixAfterCallingCode_Dropped(string input, string msisdn)
    {
        Assert.Equal(msisdn, PhoneNumberParser.Parse(input).Msisdn);
    }

    [Fact]
    public void Parse_TrunkHintInItaly_KeptBecauseTheZeroBelongsToTheNumber()
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse("+39 (0)6 1234 5678");

        Assert.Equal("390612345678", result.Msisdn);
    }

    [Theory]
    [InlineData("+1 212 555 0100 ext. 12", "12")]
    [InlineData("+1 212 555 0100 ext 12", "12")]
    [InlineData("+1 212 555 0100 EXT: 12", "12")]
    [InlineData("+1 212 555 0100 extension 4321", "4321")]
    [InlineData("+1 212 555 0100 extn. 7", "7")]
    [InlineData("+1 212 555 0100 x12", "12")]
    [InlineData("+1 212 555 0100 X 12", "12")]
    [InlineData("+1 212 555 0100 #12", "12")]
    [InlineData("+1 212 555 0100;ext=12", "12")]
    [InlineData("tel:+1-212-555-0100;ext=12", "12")]
    [InlineData("+1 212 555 0100 x\uFF11\uFF12", "12")]
    public void Parse_Extension_StrippedAndReturned(string input, string extension)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal("12125550100", result.Msisdn);
        Assert.Equal(extension, result.Extension);
    }

    [Fact]
    public void Parse_NoExtension_ExtensionIsNull()
    {
        Assert.Null(PhoneNumberParser.Parse("+1 212 555 0100").Extension);
    }

    [Theory]
    [InlineData("tel:+385-91-234-5678;phone-context=example.com")]
    [InlineData("tel:+385912345678;isub=12")]
    public void Parse_TelUriParameters_Ignored(string input)
    {
        Assert.Equal("385912345678", PhoneNumberParser.Parse(input).Msisdn);
    }

    [Fact]
    public void Parse_Success_FillsEveryField()
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(" +385 91 234 5678 ");

        Assert.True(result.IsPossible);
        Assert.Equal(" +385 91 234 5678 ", result.Input);
        Assert.Equal("385912345678", result.Msisdn);
        Assert.Equal("+385912345678", result.E164);
        Assert.Equal(385, result.CountryCallingCode);
        Assert.Equal("912345678", result.NationalNumber);
        Assert.Equal("HR", result.RegionCode);
        Assert.Equal(PhoneNumberParseError.None, result.Error);
    }

    [Fact]
    public void ToString_PossibleNumber_RedactsMsisdnAndOmitsInput()
    {
        string text = PhoneNumberParser.Parse("+385 91 234 5678").ToString();

        Assert.Contains("385912****78", text, StringComparison.Ordinal);
        Assert.DoesNotContain("385912345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("234 5678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("912345678", text, StringComparison.Ordinal);
    }
}
