using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client.Tests.Http;

public sealed class MsisdnRedactorTests
{
    [Theory]
    [InlineData("385911234567", "385911****67")]
    [InlineData("+385911234567", "385911****67")]
    [InlineData("385 91 234 5678", "385912****78")]
    [InlineData("123456789012345", "123456****45")]
    [InlineData("18005551234", "18005****34")]
    [InlineData("+1 800 555 1234", "18005****34")]
    [InlineData("4915151234508", "491515****08")]
    [InlineData("+49 1515 1234508", "491515****08")]
    [InlineData("123456789", "123****89")]
    [InlineData("123456", "****56")]
    [InlineData("123", "****")]
    [InlineData("1", "****")]
    public void Redact_Number_KeepsEdgesAndMasksMiddle(string input, string expected)
    {
        Assert.Equal(expected, MsisdnRedactor.Redact(input));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("N/A", "****")]
    public void Redact_NoDigits_RevealsNothing(string? input, string expected)
    {
        Assert.Equal(expected, MsisdnRedactor.Redact(input));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(20)]
    public void Redact_AnyLength_HidesAtLeastFourDigitsAndAThird(int length)
    {
        var input = string.Concat(Enumerable.Range(0, length).Select(i => (char)('0' + (i % 10))));

        var redacted = MsisdnRedactor.Redact(input);
        var shown = redacted.Count(char.IsAsciiDigit);

        Assert.Contains("****", redacted, StringComparison.Ordinal);
        Assert.True(length - shown >= Math.Min(length, Math.Max(4, (length + 2) / 3)), $"{shown} of {length} shown: {redacted}");
    }

    [Theory]
    [InlineData("385911234567")]
    [InlineData("4915151234508")]
    [InlineData("18005551234")]
    [InlineData("447700900123")]
    public void Redact_EveryCountry_HasOneForm(string msisdn)
    {
        Assert.Matches("^[0-9]{5,6}\\*{4}[0-9]{2}$", MsisdnRedactor.Redact(msisdn));
        Assert.Equal(MsisdnRedactor.Redact(msisdn), MsisdnRedactor.Redact("+" + msisdn));
    }

    [Fact]
    public void RedactNumber_Public_IsTheSdksOwnForm()
    {
        Assert.Equal(MsisdnRedactor.Redact("+385 91 555 0101"), NumberIntel.Client.Telemetry.NumberIntelTelemetry.RedactNumber("+385 91 555 0101"));
        Assert.Equal("385915****01", NumberIntel.Client.Telemetry.NumberIntelTelemetry.RedactNumber("+385 91 555 0101"));
    }
}
