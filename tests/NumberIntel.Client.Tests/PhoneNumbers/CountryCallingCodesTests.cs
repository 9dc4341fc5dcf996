using System.Globalization;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Tests.PhoneNumbers;

/// <summary>The calling-code table: lookups, round trips and sanity of every entry.</summary>
public sealed class CountryCallingCodesTests
{
    private static readonly string[] NanpRegions =
        ["US", "CA", "AG", "AI", "AS", "BB", "BM", "BS", "DM", "DO", "GD", "GU", "JM", "KN", "KY", "LC", "MP", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI"];

    [Theory]
    [InlineData("385912345678", 385)]
    [InlineData("+385912345678", 385)]
    [InlineData("17865555555", 1)]
    [InlineData("79161234567", 7)]
    [InlineData("77011234567", 7)]
    [InlineData("302101234567", 30)]
    [InlineData("380501234567", 380)]
    [InlineData("80012345678", 800)]
    [InlineData("8831400000123", 883)]
    [InlineData("44", 44)]
    public void TryGetCallingCode_Msisdn_FindsTheCode(string msisdn, int expected)
    {
        Assert.True(CountryCallingCodes.TryGetCallingCode(msisdn.AsSpan(), out int code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("38")]
    [InlineData("0385")]
    [InlineData("999123")]
    [InlineData("28123456")]
    [InlineData("abc")]
    public void TryGetCallingCode_NoKnownCode_False(string msisdn)
    {
        Assert.False(CountryCallingCodes.TryGetCallingCode(msisdn.AsSpan(), out int code));
        Assert.Equal(0, code);
    }

    [Theory]
    [InlineData("HR", 385)]
    [InlineData("hr", 385)]
    [InlineData("US", 1)]
    [InlineData("CA", 1)]
    [InlineData("JM", 1)]
    [InlineData("KZ", 7)]
    [InlineData("GB", 44)]
    [InlineData("UK", 44)]
    [InlineData("JE", 44)]
    [InlineData("VA", 39)]
    [InlineData("AX", 358)]
    [InlineData("SJ", 47)]
    [InlineData("CX", 61)]
    [InlineData("YT", 262)]
    [InlineData("BL", 590)]
    [InlineData("BQ", 599)]
    [InlineData("EH", 212)]
    [InlineData("TA", 290)]
    [InlineData("XK", 383)]
    public void TryGetCallingCode_Region_FindsTheCode(string region, int expected)
    {
        Assert.True(CountryCallingCodes.TryGetCallingCode(region, out int code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("")]
    [InlineData("001")]
    [InlineData("HRV")]
    [InlineData(null)]
    public void TryGetCallingCode_UnknownRegion_False(string? region)
    {
        Assert.False(CountryCallingCodes.TryGetCallingCode(region!, out int code));
        Assert.Equal(0, code);
    }

    [Fact]
    public void TryGetCallingCode_DigitStringArgument_ReadAsMsisdn()
    {
        Assert.True(CountryCallingCodes.TryGetCallingCode("385912345678", out int code));
        Assert.Equal(385, code);
    }

    [Theory]
    [InlineData(1, "US")]
    [InlineData(7, "RU")]
    [InlineData(44, "GB")]
    [InlineData(47, "NO")]
    [InlineData(61, "AU")]
    [InlineData(262, "RE")]
    [InlineData(590, "GP")]
    [InlineData(599, "CW")]
    [InlineData(212, "MA")]
    [InlineData(290, "SH")]
    [InlineData(358, "FI")]
    [InlineData(39, "IT")]
    [InlineData(385, "HR")]
    [InlineData(800, "001")]
    [InlineData(979, "001")]
    public void TryGetMainRegion_KnownCode_MainRegion(int callingCode, string expected)
    {
        Assert.True(CountryCallingCodes.TryGetMainRegion(callingCode, out string region));
        Assert.Equal(expected, region);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(999)]
    [InlineData(-1)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void TryGetMainRegion_UnknownCode_FalseAndEmpty(int callingCode)
    {
        Assert.False(CountryCallingCodes.TryGetMainRegion(callingCode, out string region));
        Assert.Equal(string.Empty, region);
    }

    [Fact]
    public void GetRegions_Nanp_UsThenCanadaThenTheOtherMembers()
    {
        IReadOnlyList<string> regions = CountryCallingCodes.GetRegions(1);

        Assert.Equal(NanpRegions, regions);
    }

    [Theory]
    [InlineData(7, new[] { "RU", "KZ" })]
    [InlineData(44, new[] { "GB", "GG", "IM", "JE" })]
    [InlineData(47, new[] { "NO", "SJ" })]
    [InlineData(61, new[] { "AU", "CX", "CC" })]
    [InlineData(262, new[] { "RE", "YT" })]
    [InlineData(590, new[] { "GP", "BL", "MF" })]
    [InlineData(599, new[] { "CW", "BQ" })]
    [InlineData(212, new[] { "MA", "EH" })]
    [InlineData(290, new[] { "SH", "TA" })]
    [InlineData(358, new[] { "FI", "AX" })]
    [InlineData(39, new[] { "IT", "VA" })]
    [InlineData(883, new[] { "001" })]
    public void GetRegions_SharedCode_MainRegionFirst(int callingCode, string[] expected)
    {
        Assert.Equal(expected, CountryCallingCodes.GetRegions(callingCode));
    }

    [Fact]
    public void GetRegions_UnknownCode_Empty()
    {
        Assert.Empty(CountryCallingCodes.GetRegions(999));
    }

    [Theory]
    [InlineData(1, new[] { 10 })]
    [InlineData(385, new[] { 6, 7, 8, 9 })]
    [InlineData(44, new[] { 7, 8, 9, 10 })]
    [InlineData(47, new[] { 5, 8, 12 })]
    [InlineData(999, new int[0])]
    public void GetPossibleLengths_Code_Lengths(int callingCode, int[] expected)
    {
        Assert.Equal(expected, CountryCallingCodes.GetPossibleLengths(callingCode));
    }

    [Theory]
    [InlineData(49, 6, true)]
    [InlineData(49, 13, true)]
    [InlineData(49, 14, false)]
    [InlineData(1, 9, false)]
    [InlineData(999, 9, false)]
    [InlineData(1, -1, false)]
    [InlineData(1, 100, false)]
    public void IsPossibleLength_Code_AsTable(int callingCode, int length, bool expected)
    {
        Assert.Equal(expected, CountryCallingCodes.IsPossibleLength(callingCode, length));
    }

    [Theory]
    [InlineData(800, true)]
    [InlineData(808, true)]
    [InlineData(870, true)]
    [InlineData(878, true)]
    [InlineData(881, true)]
    [InlineData(882, true)]
    [InlineData(883, true)]
    [InlineData(888, true)]
    [InlineData(979, true)]
    [InlineData(44, false)]
    [InlineData(999, false)]
    public void IsNonGeographic_Code_AsTable(int callingCode, bool expected)
    {
        Assert.Equal(expected, CountryCallingCodes.IsNonGeographic(callingCode));
    }

    [Theory]
    [InlineData("14165550123", "CA")]
    [InlineData("+18765550123", "JM")]
    [InlineData("12125550123", "US")]
    [InlineData("77011234567", "KZ")]
    [InlineData("74951234567", "RU")]
    [InlineData("441534123456", "GB")]
    [InlineData("80012345678", "001")]
    public void TryGetRegion_Msisdn_RefinedRegion(string msisdn, string expected)
    {
        Assert.True(CountryCallingCodes.TryGetRegion(msisdn, out string region));
        Assert.Equal(expected, region);
    }

    [Fact]
    public void TryGetRegion_UnknownCode_FalseAndEmpty()
    {
        Assert.False(CountryCallingCodes.TryGetRegion("999123", out string region));
        Assert.Equal(string.Empty, region);
    }

    [Fact]
    public void All_ContainsTheWellKnownCodesAscending()
    {
        IReadOnlyList<int> all = CountryCallingCodes.All;

        Assert.Equal(all.Order(), all);
        Assert.Equal(all.Count, all.Distinct().Count());
        int[] expected = [1, 7, 20, 27, 30, 31, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 52, 55, 61, 81, 82, 86, 90, 91, 211, 290, 350, 385, 420, 599, 672, 800, 850, 886, 960, 979, 998];
        Assert.All(expected, code => Assert.Contains(code, all));
        Assert.InRange(all.Count, 200, 260);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(35)]
    [InlineData(37)]
    [InlineData(38)]
    [InlineData(42)]
    [InlineData(50)]
    [InlineData(59)]
    [InlineData(67)]
    [InlineData(80)]
    [InlineData(88)]
    [InlineData(97)]
    [InlineData(99)]
    [InlineData(259)]
    [InlineData(384)]
    [InlineData(999)]
    public void All_ZonePrefixesAndUnassignedCodes_NotListed(int notACode)
    {
        Assert.DoesNotContain(notACode, CountryCallingCodes.All);
    }

    [Fact]
    public void All_NoCodeIsAPrefixOfAnother()
    {
        string[] codes = CountryCallingCodes.All.Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray();

        foreach (string code in codes)
        {
            Assert.DoesNotContain(codes, other => other != code && other.StartsWith(code, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void All_EveryEntryHasSaneRegionsAndLengths()
    {
        foreach (int code in CountryCallingCodes.All)
        {
            Assert.InRange(code, 1, 999);
            IReadOnlyList<string> regions = CountryCallingCodes.GetRegions(code);
            Assert.NotEmpty(regions);
            Assert.All(regions, region => Assert.True(
                region == CountryCallingCodes.NonGeographicRegion || (region.Length == 2 && region.All(char.IsAsciiLetterUpper)),
                $"{code}: bad region '{region}'"));
            Assert.True(regions.Count == 1 || !regions.Contains(CountryCallingCodes.NonGeographicRegion), $"{code}: 001 mixed with regions");
            Assert.Equal(regions.Count, regions.Distinct().Count());

            IReadOnlyList<int> lengths = CountryCallingCodes.GetPossibleLengths(code);
            Assert.NotEmpty(lengths);
            Assert.Equal(lengths.Order(), lengths);
            Assert.Equal(lengths.Count, lengths.Distinct().Count());
            Assert.True(lengths[0] >= 4, $"{code}: national numbers shorter than 4 digits");
            int codeLength = code.ToString(CultureInfo.InvariantCulture).Length;
            Assert.True(codeLength + lengths[^1] <= PhoneNumberParser.MaxMsisdnLength, $"{code}: longer than E.164 allows");
        }
    }

    [Fact]
    public void All_EveryRegionBelongsToOneCodeAndRoundTrips()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (int code in CountryCallingCodes.All)
        {
            Assert.True(CountryCallingCodes.TryGetMainRegion(code, out string main));
            Assert.Equal(CountryCallingCodes.GetRegions(code)[0], main);
            Assert.True(CountryCallingCodes.TryGetCallingCode(code.ToString(CultureInfo.InvariantCulture).AsSpan(), out int matched));
            Assert.Equal(code, matched);
            if (CountryCallingCodes.IsNonGeographic(code))
            {
                continue;
            }

            foreach (string region in CountryCallingCodes.GetRegions(code))
            {
                Assert.True(seen.Add(region), $"{region} is listed under more than one code");
                Assert.True(CountryCallingCodes.TryGetCallingCode(region, out int back));
                Assert.Equal(code, back);
                Assert.True(CountryCallingCodes.TryGetCallingCode(region.ToLowerInvariant(), out int lower));
                Assert.Equal(code, lower);
            }
        }

        Assert.InRange(seen.Count, 230, 260);
    }

    [Fact]
    public void All_EveryCodeParsesAtItsShortestAndLongestLength()
    {
        foreach (int code in CountryCallingCodes.All)
        {
            string text = code.ToString(CultureInfo.InvariantCulture);
            IReadOnlyList<int> lengths = CountryCallingCodes.GetPossibleLengths(code);
            foreach (int length in new[] { lengths[0], lengths[^1] })
            {
                // 2-9 first digits: no trunk 0 to strip and a valid NANP area code and exchange.
                string national = string.Concat(Enumerable.Range(0, length).Select(i => (char)('2' + (i % 8))));
                PhoneNumberParseResult result = PhoneNumberParser.Parse("+" + text + national);

                Assert.True(result.IsPossible, $"+{text} {national}: {result.Error}");
                Assert.Equal(code, result.CountryCallingCode);
                Assert.Equal(national, result.NationalNumber);
            }
        }
    }

    [Fact]
    public void NanpAreaCodes_EveryNonUsMemberHasAnAreaCode()
    {
        foreach (string region in NanpRegions.Skip(1))
        {
            int found = 0;
            for (int areaCode = 200; areaCode < 1000; areaCode++)
            {
                if (CountryCallingCodes.TryGetRegion("1" + areaCode.ToString(CultureInfo.InvariantCulture) + "5550123", out string r) && r == region)
                {
                    found++;
                }
            }

            Assert.True(found > 0, $"{region} has no NANP area code");
        }
    }
}
