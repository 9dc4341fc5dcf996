using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Tests.PhoneNumbers;

/// <summary>Digits without + or 00: national with a default region, otherwise an MSISDN.</summary>
public sealed class PhoneNumberParserDefaultRegionTests
{
    [Theory]
    [InlineData("091 234 5678", "HR", "385912345678")]
    [InlineData("01 234 5678", "HR", "38512345678")]
    [InlineData("(786) 555-5555", "US", "17865555555")]
    [InlineData("786.555.5555", "US", "17865555555")]
    [InlineData("1 (786) 555-5555", "US", "17865555555")]
    [InlineData("(416) 555-0123", "CA", "14165550123")]
    [InlineData("020 7946 0000", "GB", "442079460000")]
    [InlineData("07400 123456", "GB", "447400123456")]
    [InlineData("030 12345678", "DE", "493012345678")]
    [InlineData("0151 23456789", "DE", "4915123456789")]
    [InlineData("06 12 34 56 78", "FR", "33612345678")]
    [InlineData("06 1234 5678", "IT", "390612345678")]
    [InlineData("312 345 6789", "IT", "393123456789")]
    [InlineData("098765 43210", "IN", "919876543210")]
    [InlineData("(11) 91234-5678", "BR", "5511912345678")]
    [InlineData("0138 1234 5678", "CN", "8613812345678")]
    [InlineData("0412 345 678", "AU", "61412345678")]
    [InlineData("8 (916) 123-45-67", "RU", "79161234567")]
    [InlineData("8 701 123 4567", "KZ", "77011234567")]
    [InlineData("06 30 123 4567", "HU", "36301234567")]
    [InlineData("8 029 123-45-67", "BY", "375291234567")]
    [InlineData("412 34 567", "NO", "4741234567")]
    public void Parse_NationalFormatWithTrunkPrefix_PrependsRegionCode(string input, string region, string msisdn)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input, region);

        Assert.Equal(PhoneNumberParseError.None, result.Error);
        Assert.Equal(msisdn, result.Msisdn);
    }

    [Theory]
    [InlineData("91 234 5678", "HR", "385912345678")]
    [InlineData("98765 43210", "IN", "919876543210")]
    [InlineData("138 1234 5678", "CN", "8613812345678")]
    [InlineData("6 12 34 56 78", "FR", "33612345678")]
    [InlineData("151 23456789", "DE", "4915123456789")]
    [InlineData("412 345 678", "AU", "61412345678")]
    [InlineData("916 123 45 67", "RU", "79161234567")]
    public void Parse_NationalNumberWithoutTrunkPrefix_PrependsRegionCode(string input, string region, string msisdn)
    {
        Assert.Equal(msisdn, PhoneNumberParser.Parse(input, region).Msisdn);
    }

    [Theory]
    [InlineData("385912345678", "HR", "385912345678")]
    [InlineData("447400123456", "HR", "447400123456")]
    [InlineData("4915123456789", "DE", "4915123456789")]
    [InlineData("447400123456", "FR", "447400123456")]
    [InlineData("919876543210", "IN", "919876543210")]
    [InlineData("447400123456", "US", "447400123456")]
    [InlineData("79161234567", "RU", "79161234567")]
    public void Parse_MsisdnWithoutPlusAndDefaultRegion_ReadAsInternational(string input, string region, string msisdn)
    {
        Assert.Equal(msisdn, PhoneNumberParser.Parse(input, region).Msisdn);
    }

    [Theory]
    [InlineData("011 44 20 7946 0000", "US", "442079460000")]
    [InlineData("011 385 91 234 5678", "CA", "385912345678")]
    [InlineData("0011 44 20 7946 0000", "AU", "442079460000")]
    [InlineData("010 44 20 7946 0000", "JP", "442079460000")]
    [InlineData("8 10 44 20 7946 0000", "RU", "442079460000")]
    [InlineData("00 44 20 7946 0000", "US", "442079460000")]
    public void Parse_RegionInternationalPrefix_ReadAsInternational(string input, string region, string msisdn)
    {
        Assert.Equal(msisdn, PhoneNumberParser.Parse(input, region).Msisdn);
    }

    [Fact]
    public void Parse_UsInternationalPrefixWithoutRegion_IsNotInternational()
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse("011 44 20 7946 0000");

        Assert.Equal(PhoneNumberParseError.MissingRegion, result.Error);
    }

    [Fact]
    public void Parse_PlusWithOtherDefaultRegion_RegionIgnored()
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse("+385 91 234 5678", "US");

        Assert.Equal("385912345678", result.Msisdn);
        Assert.Equal("HR", result.RegionCode);
    }

    [Fact]
    public void Parse_TrunkHintWithoutPlusAndDefaultRegion_ReadAsInternational()
    {
        // 11 digits would be a possible German national number; the "(0)" says "49" is a calling code.
        PhoneNumberParseResult result = PhoneNumberParser.Parse("49 (0)30 123456", "DE");

        Assert.Equal("4930123456", result.Msisdn);
    }

    [Theory]
    [InlineData("hr")]
    [InlineData("Hr")]
    public void Parse_DefaultRegionAnyCase_Accepted(string region)
    {
        Assert.Equal("385912345678", PhoneNumberParser.Parse("091 234 5678", region).Msisdn);
    }

    [Fact]
    public void Parse_DefaultRegionUk_TreatedAsGb()
    {
        Assert.Equal("442079460000", PhoneNumberParser.Parse("020 7946 0000", "UK").Msisdn);
    }

    [Theory]
    [InlineData("GG", "441481123456")]
    [InlineData("JE", "441534123456")]
    public void Parse_DefaultRegionSharingCode_UsesSharedCode(string region, string msisdn)
    {
        Assert.Equal(msisdn, PhoneNumberParser.Parse("0" + msisdn[2..], region).Msisdn);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("001")]
    [InlineData("")]
    [InlineData("Croatia")]
    public void Parse_UnknownDefaultRegion_TreatedAsNone(string region)
    {
        Assert.Equal(PhoneNumberParseError.MissingRegion, PhoneNumberParser.Parse("091 234 5678", region).Error);
        Assert.Equal("385912345678", PhoneNumberParser.Parse("385912345678", region).Msisdn);
    }

    [Fact]
    public void Parse_DefaultRegion_ResultRegionComesFromTheNumber()
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse("(416) 555-0123", "US");

        Assert.Equal("14165550123", result.Msisdn);
        Assert.Equal("CA", result.RegionCode);
    }
}
