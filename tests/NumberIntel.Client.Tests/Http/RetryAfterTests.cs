using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using NumberIntel.Client.Http;

namespace NumberIntel.Client.Tests.Http;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 21, 12, 0, 0, TimeSpan.Zero);

    private static TimeSpan? Read(string? value)
    {
        using var response = new HttpResponseMessage();
        if (value is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", value);
        }

        return RetryAfter.Read(response.Headers, new FakeTimeProvider(Now));
    }

    [Fact]
    public void Read_DeltaSeconds_ReturnsThatWait() => Assert.Equal(TimeSpan.FromSeconds(120), Read("120"));

    [Fact]
    public void Read_HttpDateInFuture_ReturnsDifferenceFromClock() =>
        Assert.Equal(TimeSpan.FromSeconds(90), Read(Now.AddSeconds(90).ToString("R", CultureInfo.InvariantCulture)));

    [Fact]
    public void Read_HttpDateInPast_ReturnsZero() =>
        Assert.Equal(TimeSpan.Zero, Read(Now.AddMinutes(-5).ToString("R", CultureInfo.InvariantCulture)));

    [Fact]
    public void Read_FractionalSeconds_Tolerated() => Assert.Equal(TimeSpan.FromSeconds(1.5), Read("1.5"));

    [Theory]
    [InlineData(null)]
    [InlineData("soon")]
    [InlineData("-3")]
    public void Read_MissingOrUnreadable_ReturnsNull(string? value) => Assert.Null(Read(value));
}
