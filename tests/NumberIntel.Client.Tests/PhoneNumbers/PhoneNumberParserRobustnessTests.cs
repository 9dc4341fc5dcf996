using System.Text;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Tests.PhoneNumbers;

/// <summary>Garbage never throws, and every result keeps the parser's promises.</summary>
public sealed class PhoneNumberParserRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "00", "011", "385", "44", "1", "7", "800",
        "+", "++", " ", "-", ".", "/", "(", ")", "(0)", "( 0 )", "[", "]", "\u00A0", "\u2013", "\uFEFF",
        "x", "ext.", "#", ";", ";ext=", "tel:", "TEL:", "a", "Z", "*", ",", "\u0000", "\uD83D", "\uDCDE",
        "\uFF11", "\uFF0B", "\u0663", "\u0966", "\u00B2", "\u2160", "é", "\t", "\n", "\uFFFF",
    ];

    private static readonly string?[] Regions = [null, "HR", "US", "GB", "DE", "IT", "RU", "AU", "JP", "hu", "XX", "", "001"];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 400; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_PseudoRandomInput_NeverThrowsAndKeepsInvariants(int seed)
    {
        var random = new Random(seed);
        string input = RandomInput(random);
        string? region = Regions[random.Next(Regions.Length)];

        PhoneNumberParseResult result = PhoneNumberParser.Parse(input, region);

        Assert.Equal(input, result.Input);
        AssertInvariants(result);
        Span<char> destination = stackalloc char[PhoneNumberParser.MaxMsisdnLength];
        bool possible = PhoneNumberParser.TryParse(input, destination, out int written, out PhoneNumberParseError error, region);
        Assert.Equal(result.IsPossible, possible);
        Assert.Equal(result.Error, error);
        Assert.Equal(result.Msisdn ?? string.Empty, new string(destination[..written]));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_PseudoRandomDigitStrings_NeverThrowsAndKeepsInvariants(int seed)
    {
        var random = new Random(seed + 10_000);
        var builder = new StringBuilder();
        if (random.Next(3) == 0)
        {
            builder.Append('+');
        }

        int length = random.Next(1, 20);
        for (int i = 0; i < length; i++)
        {
            builder.Append((char)('0' + random.Next(10)));
        }

        PhoneNumberParseResult result = PhoneNumberParser.Parse(builder.ToString(), Regions[random.Next(Regions.Length)]);

        AssertInvariants(result);
    }

    [Fact]
    public void Parse_VeryLongInput_TooLongWithoutThrowing()
    {
        string input = "+" + new string('9', 100_000);

        Assert.Equal(PhoneNumberParseError.TooLong, PhoneNumberParser.Parse(input).Error);
    }

    [Fact]
    public void Parse_VeryLongSeparatorRun_Empty()
    {
        Assert.Equal(PhoneNumberParseError.Empty, PhoneNumberParser.Parse(new string(' ', 100_000)).Error);
    }

    private static string RandomInput(Random random)
    {
        var builder = new StringBuilder();
        int pieces = random.Next(0, 16);
        for (int i = 0; i < pieces; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    [Fact]
    public async Task Parse_ConcurrentCallers_GetTheSameResultsAsOneCaller()
    {
        string[] inputs =
        [
            "+385 91 234 5678", "+1 212 555 0101", "+44 20 7946 0000", "+1 212 055 0123", "0049 151 23456789",
            "+81 90 1234 5678", "+39 06 1234 5678", "+1 416 555 0123", "+44 7781 123456", "+385 91",
        ];
        var expected = inputs.Select(i => PhoneNumberParser.Parse(i)).ToArray();

        var workers = Enumerable.Range(0, 8).Select(w => Task.Run(() =>
        {
            for (int n = 0; n < 200; n++)
            {
                int i = (n + w) % inputs.Length;
                Assert.Equal(expected[i], PhoneNumberParser.Parse(inputs[i]));
            }
        }));

        await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static void AssertInvariants(PhoneNumberParseResult result)
    {
        Assert.True(Enum.IsDefined(result.Error));
        if (!result.IsPossible)
        {
            Assert.Null(result.Msisdn);
            Assert.Null(result.NationalNumber);
            return;
        }

        string msisdn = Assert.IsType<string>(result.Msisdn);
        Assert.InRange(msisdn.Length, 1, PhoneNumberParser.MaxMsisdnLength);
        Assert.All(msisdn, c => Assert.True(char.IsAsciiDigit(c)));
        int code = Assert.IsType<int>(result.CountryCallingCode);
        Assert.StartsWith(code.ToString(System.Globalization.CultureInfo.InvariantCulture), msisdn, StringComparison.Ordinal);
        Assert.Equal(msisdn, code.ToString(System.Globalization.CultureInfo.InvariantCulture) + result.NationalNumber);
        var util = global::PhoneNumbers.PhoneNumberUtil.GetInstance();
        var number = util.Parse("+" + msisdn, null);
        Assert.True(util.IsPossibleNumber(number));
        Assert.Equal(result.IsValid, util.IsValidNumber(number));
        Assert.Contains(result.RegionCode, util.GetRegionCodesForCountryCode(code).Append("001"));
    }
}
