using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client.Tests.Http;

public sealed class MsisdnRedactorTests
{
    [Theory]
    [InlineData("385911234567", "385911****67")]
    [InlineData("+385911234567", "+385911****67")]
    [InlineData("385 91 234 5678", "385912****78")]
    [InlineData("123456789012345", "123456*******45")]
    [InlineData("18005551234", "18005****34")]
    [InlineData("123456789", "1234***89")]
    [InlineData("123456", "123**6")]
    [InlineData("123", "12*")]
    [InlineData("1", "*")]
    public void Redact_Number_KeepsEdgesAndMasksMiddle(string input, string expected)
    {
        Assert.Equal(expected, MsisdnRedactor.Redact(input));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("N/A", "***")]
    public void Redact_NoDigits_RevealsNothing(string? input, string expected)
    {
        Assert.Equal(expected, MsisdnRedactor.Redact(input));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(20)]
    public void Redact_AnyLength_MasksAtLeastAThird(int length)
    {
        var input = new string('7', length);

        var masked = MsisdnRedactor.Redact(input).Count(c => c == '*');

        Assert.True(masked * 3 >= length, $"{masked} of {length} masked");
        Assert.Equal(length, MsisdnRedactor.Redact(input).Length);
    }
}
