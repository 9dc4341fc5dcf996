using NumberIntel.Client.Confidence;
using NumberIntel.Client.PhoneNumbers;
using PhoneNumbers;

namespace NumberIntel.Client.Tests.PhoneNumbers;

/// <summary>The offline line type: libphonenumber's number type mapped onto the SDK's <see cref="LineType"/>.</summary>
public sealed class PhoneNumberParserLineTypeTests
{
    public static TheoryData<PhoneNumberType, LineType> Mapping() => new()
    {
        { PhoneNumberType.MOBILE, LineType.Mobile },
        { PhoneNumberType.FIXED_LINE, LineType.FixedLine },
        { PhoneNumberType.FIXED_LINE_OR_MOBILE, LineType.FixedLineOrMobile },
        { PhoneNumberType.TOLL_FREE, LineType.TollFree },
        { PhoneNumberType.PREMIUM_RATE, LineType.PremiumRate },
        { PhoneNumberType.SHARED_COST, LineType.SharedCost },
        { PhoneNumberType.VOIP, LineType.Voip },
        { PhoneNumberType.PERSONAL_NUMBER, LineType.PersonalNumber },
        { PhoneNumberType.PAGER, LineType.Pager },
        { PhoneNumberType.UAN, LineType.Uan },
        { PhoneNumberType.VOICEMAIL, LineType.Voicemail },
    };

    [Theory]
    [MemberData(nameof(Mapping))]
    public void Parse_ExampleNumberOfEachType_MapsToTheSdkLineType(PhoneNumberType type, LineType expected)
    {
        var util = PhoneNumberUtil.GetInstance();
        var example = util.GetSupportedRegions()
            .Order(StringComparer.Ordinal)
            .Select(region => util.GetExampleNumberForType(region, type))
            .First(number => number is not null && util.GetNumberType(number) == type);

        var result = PhoneNumberParser.Parse(util.Format(example, PhoneNumberFormat.E164));

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.LineType);
    }

    [Theory]
    [InlineData("+385 91 234 5678", LineType.Mobile)]
    [InlineData("+385 1 234 5678", LineType.FixedLine)]
    [InlineData("+1 212 555 0101", LineType.FixedLineOrMobile)]
    [InlineData("+44 800 123 4567", LineType.TollFree)]
    [InlineData("+44 909 879 0105", LineType.PremiumRate)]
    [InlineData("+49 180 555 0104", LineType.SharedCost)]
    [InlineData("+44 56 1234 5678", LineType.Voip)]
    [InlineData("+44 70 1234 5678", LineType.PersonalNumber)]
    [InlineData("+44 76 4012 3456", LineType.Pager)]
    [InlineData("+385 62 123 456", LineType.Uan)]
    [InlineData("+49 177 99 1234567", LineType.Voicemail)]
    public void Parse_NumberOfAKnownRange_HasItsOfflineLineType(string input, LineType expected)
    {
        Assert.Equal(expected, PhoneNumberParser.Parse(input).LineType);
    }

    [Fact]
    public void Parse_NotAllocated_LineTypeIsUnknown()
    {
        Assert.Equal(LineType.Unknown, PhoneNumberParser.Parse("+1 212 055 0123").LineType);
    }
}
