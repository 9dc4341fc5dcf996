using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Tests.PhoneNumbers;

/// <summary>International-form numbers of several countries: MSISDN, calling code, national number and region.</summary>
public sealed class PhoneNumberParserCountryTests
{
    [Theory]
    [InlineData("+385 91 234 5678", "385912345678", 385, "912345678", "HR")]
    [InlineData("+385 1 234 5678", "38512345678", 385, "12345678", "HR")]
    [InlineData("+1 786 555 5555", "17865555555", 1, "7865555555", "US")]
    [InlineData("+44 7400 123456", "447400123456", 44, "7400123456", "GB")]
    [InlineData("+44 20 7946 0000", "442079460000", 44, "2079460000", "GB")]
    [InlineData("+49 30 12345678", "493012345678", 49, "3012345678", "DE")]
    [InlineData("+49 151 23456789", "4915123456789", 49, "15123456789", "DE")]
    [InlineData("+33 6 12 34 56 78", "33612345678", 33, "612345678", "FR")]
    [InlineData("+39 06 1234 5678", "390612345678", 39, "0612345678", "IT")]
    [InlineData("+39 312 345 6789", "393123456789", 39, "3123456789", "IT")]
    [InlineData("+91 98765 43210", "919876543210", 91, "9876543210", "IN")]
    [InlineData("+55 11 91234 5678", "5511912345678", 55, "11912345678", "BR")]
    [InlineData("+86 138 1234 5678", "8613812345678", 86, "13812345678", "CN")]
    [InlineData("+61 4 1234 5678", "61412345678", 61, "412345678", "AU")]
    [InlineData("+61 2 9876 5432", "61298765432", 61, "298765432", "AU")]
    [InlineData("+7 916 123 45 67", "79161234567", 7, "9161234567", "RU")]
    [InlineData("+81 90 1234 5678", "819012345678", 81, "9012345678", "JP")]
    [InlineData("+34 612 34 56 78", "34612345678", 34, "612345678", "ES")]
    [InlineData("+27 82 123 4567", "27821234567", 27, "821234567", "ZA")]
    [InlineData("+52 55 1234 5678", "525512345678", 52, "5512345678", "MX")]
    public void Parse_InternationalForm_SplitsCodeAndNationalNumber(
        string input, string msisdn, int callingCode, string nationalNumber, string region)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal(msisdn, result.Msisdn);
        Assert.Equal(callingCode, result.CountryCallingCode);
        Assert.Equal(nationalNumber, result.NationalNumber);
        Assert.Equal(region, result.RegionCode);
    }

    [Theory]
    [InlineData("+800 1234 5678", "80012345678", 800)]
    [InlineData("+883 140 000 0123", "8831400000123", 883)]
    [InlineData("+882 16 1234 5678", "8821612345678", 882)]
    [InlineData("+870 773 123 456", "870773123456", 870)]
    [InlineData("+881 6 3123 4567", "881631234567", 881)]
    public void Parse_NonGeographicCode_RegionIs001(string input, string msisdn, int callingCode)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal(msisdn, result.Msisdn);
        Assert.Equal(callingCode, result.CountryCallingCode);
        Assert.Equal("001", result.RegionCode);
    }

    [Theory]
    [InlineData("+1 416 555 0123", "CA")]
    [InlineData("+1 604 555 0123", "CA")]
    [InlineData("+1 514 555 0123", "CA")]
    [InlineData("+1 876 555 0123", "JM")]
    [InlineData("+1 787 555 0123", "PR")]
    [InlineData("+1 809 555 0123", "DO")]
    [InlineData("+1 242 357 0123", "BS")]
    [InlineData("+1 671 555 0123", "GU")]
    [InlineData("+1 212 555 0123", "US")]
    [InlineData("+1 800 555 0123", "US")]
    public void Parse_NanpNumber_RegionRefinedByAreaCode(string input, string region)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal(1, result.CountryCallingCode);
        Assert.Equal(region, result.RegionCode);
    }

    [Theory]
    [InlineData("+7 701 123 4567", "KZ")]
    [InlineData("+7 771 000 9998", "KZ")]
    [InlineData("+7 495 123 4567", "RU")]
    [InlineData("+7 812 123 4567", "RU")]
    public void Parse_CallingCode7_KazakhstanBySixOrSeven(string input, string region)
    {
        Assert.Equal(region, PhoneNumberParser.Parse(input).RegionCode);
    }

    [Theory]
    [InlineData("+30 21 0123 4567", 30, "GR")]
    [InlineData("+31 6 12345678", 31, "NL")]
    [InlineData("+380 50 123 4567", 380, "UA")]
    [InlineData("+383 44 123 456", 383, "XK")]
    [InlineData("+420 601 123 456", 420, "CZ")]
    [InlineData("+212 6 12 34 56 78", 212, "MA")]
    [InlineData("+262 692 12 34 56", 262, "RE")]
    [InlineData("+590 690 12 34 56", 590, "GP")]
    [InlineData("+599 9 518 1234", 599, "CW")]
    [InlineData("+290 22 158", 290, "SH")]
    [InlineData("+358 40 123 4567", 358, "FI")]
    [InlineData("+47 412 34 567", 47, "NO")]
    public void Parse_LongestPrefix_FindsTheOneCallingCode(string input, int callingCode, string region)
    {
        PhoneNumberParseResult result = PhoneNumberParser.Parse(input);

        Assert.Equal(PhoneNumberParseError.None, result.Error);
        Assert.Equal(callingCode, result.CountryCallingCode);
        Assert.Equal(region, result.RegionCode);
    }
}
