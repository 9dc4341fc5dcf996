using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Tests.PhoneNumbers;

/// <summary>The allocation-free span overload for bulk use.</summary>
public sealed class PhoneNumberParserTryParseTests
{
    [Fact]
    public void TryParse_PossibleNumber_WritesMsisdn()
    {
        Span<char> destination = stackalloc char[PhoneNumberParser.MaxMsisdnLength];

        bool possible = PhoneNumberParser.TryParse("091 234 5678 ext. 9", destination, out int written, out PhoneNumberParseError error, "HR");

        Assert.True(possible);
        Assert.Equal(PhoneNumberParseError.None, error);
        Assert.Equal("385912345678", destination[..written].ToString());
    }

    [Fact]
    public void TryParse_ImpossibleNumber_WritesNothingAndGivesReason()
    {
        Span<char> destination = stackalloc char[PhoneNumberParser.MaxMsisdnLength];

        bool possible = PhoneNumberParser.TryParse("091 234 5678", destination, out int written, out PhoneNumberParseError error);

        Assert.False(possible);
        Assert.Equal(0, written);
        Assert.Equal(PhoneNumberParseError.MissingRegion, error);
    }

    [Fact]
    public void TryParse_DestinationTooSmall_Throws()
    {
        char[] destination = new char[PhoneNumberParser.MaxMsisdnLength - 1];

        Assert.Throws<ArgumentException>(() => PhoneNumberParser.TryParse("+385912345678", destination, out _, out _));
    }

    [Fact]
    public void TryParse_PossibleButNotAllocated_WritesDigitsAndSaysNotAllocated()
    {
        char[] destination = new char[PhoneNumberParser.MaxMsisdnLength];

        bool possible = PhoneNumberParser.TryParse("+1 212 055 0123", destination, out int written, out PhoneNumberParseError error);

        Assert.True(possible);
        Assert.Equal(PhoneNumberParseError.NotAllocated, error);
        Assert.Equal("12120550123", new string(destination, 0, written));
    }
}
