using System.Text;
using System.Text.Json;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Bind;

public sealed class BindCallbackParserTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void Parse_ArrayBody_GivesTheObjectItemsInVendorOrder()
    {
        var results = BindCallbackParser.Parse(Bytes("Bind/callback-array.json"));

        Assert.Equal(["385915550101", "385915550199"], results.Select(r => r.Msisdn));
        Assert.Equal([BindResponseCode.Success, BindResponseCode.Timeout], results.Select(r => r.Response));
    }

    [Fact]
    public void Parse_ArrayBody_ReadsTheItemLikeTheScoringAnswer()
    {
        var first = BindCallbackParser.Parse(Bytes("Bind/callback-array.json"))[0];

        Assert.Equal(new DateTimeOffset(2025, 6, 21, 17, 21, 56, 526, TimeSpan.Zero), first.Date);
        Assert.Equal(BindPhoneType.Mobile, first.Phone?.Type);
        Assert.Equal(Credibility.High, first.Scoring?.Credibility);
        Assert.Equal(new DateOnly(2021, 4, 8), first.Security?.DataBreachesLastBreach);
        Assert.False(first.Security?.IsDisposable);
        Assert.True(first.SocialPresence?.WhatsApp?.Has);
    }

    [Fact]
    public void Parse_SingleObjectBody_GivesOneResult()
    {
        var result = Assert.Single(BindCallbackParser.Parse(Bytes("Bind/callback-single.json")));

        Assert.Equal("385915550177", result.Msisdn);
        Assert.Equal(BindPhoneType.Voip, result.Phone?.Type);
        Assert.Equal(Credibility.VeryLow, result.Scoring?.Credibility);
        Assert.True(result.Security?.IsDisposable);
    }

    [Fact]
    public void Parse_EmptyArray_GivesNoResults()
    {
        var results = BindCallbackParser.Parse("[]"u8);

        Assert.Empty(results);
    }

    [Fact]
    public void Parse_UnknownFields_AreKeptInAdditionalProperties()
    {
        var result = Assert.Single(BindCallbackParser.Parse(Bytes("Bind/callback-tolerance.json")));

        Assert.NotNull(result.AdditionalProperties);
        Assert.Equal("cb-7f3a", result.AdditionalProperties["request_reference"].GetString());
        Assert.Equal(42, result.AdditionalProperties["batch"].GetProperty("id").GetInt32());
    }

    [Fact]
    public void Parse_SurprisingValues_AreToleratedNotThrown()
    {
        var result = Assert.Single(BindCallbackParser.Parse(Bytes("Bind/callback-tolerance.json")));

        Assert.Null(result.Date);
        Assert.Equal(BindResponseCode.Success, result.Response);
        Assert.Equal(BindPhoneType.Unknown, result.Phone?.Type);
        Assert.Null(result.Phone?.PortedTimes);
        Assert.Equal(Credibility.Unknown, result.Scoring?.Credibility);
        Assert.Null(result.Security?.DataBreachesLastBreach);
        Assert.Null(result.Security?.IsDisposable);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("msisdn=385915550101&response=0")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"done\"")]
    [InlineData("[{\"msisdn\":\"385915550101\",")]
    [InlineData("[] trailing")]
    public void Parse_NotACallbackBody_ThrowsVendorExceptionForBind(string body)
    {
        var ex = Assert.Throws<NumberIntelVendorException>(() => BindCallbackParser.Parse(Encoding.UTF8.GetBytes(body)));

        Assert.Equal(NumberIntelVendor.Bind, ex.Vendor);
        Assert.IsType<JsonException>(ex.InnerException, exactMatch: false);
    }

    [Fact]
    public void Parse_InvalidUtf8_ThrowsVendorException()
    {
        byte[] body = [.. "[{\"msisdn\":\""u8, 0xC3, 0x28, .. "\"}]"u8];

        var ex = Assert.Throws<NumberIntelVendorException>(() => BindCallbackParser.Parse(body));

        Assert.Equal(NumberIntelVendor.Bind, ex.Vendor);
    }

    [Fact]
    public void Parse_Utf8ByteOrderMark_IsAccepted()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. "[{\"msisdn\":\"385915550101\",\"response\":0}]"u8];

        var result = Assert.Single(BindCallbackParser.Parse(body));

        Assert.Equal("385915550101", result.Msisdn);
    }

    [Fact]
    public async Task ParseAsync_Utf8ByteOrderMark_IsAccepted()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. "{\"msisdn\":\"385915550101\",\"response\":0}"u8]);

        var results = await BindCallbackParser.ParseAsync(stream, CancellationToken.None).WaitAsync(Timeout);

        Assert.Equal("385915550101", Assert.Single(results).Msisdn);
    }

    [Fact]
    public async Task ParseAsync_Stream_GivesTheSameResultsAsParse()
    {
        var bytes = Bytes("Bind/callback-array.json");
        using var stream = new MemoryStream(bytes);

        var results = await BindCallbackParser.ParseAsync(stream, CancellationToken.None).WaitAsync(Timeout);

        Assert.Equal(BindCallbackParser.Parse(bytes), results);
    }

    [Fact]
    public async Task ParseAsync_SingleObjectStream_GivesOneResult()
    {
        using var stream = new MemoryStream(Bytes("Bind/callback-single.json"));

        var results = await BindCallbackParser.ParseAsync(stream, CancellationToken.None).WaitAsync(Timeout);

        Assert.Equal("385915550177", Assert.Single(results).Msisdn);
    }

    [Fact]
    public async Task ParseAsync_HtmlBody_ThrowsVendorExceptionForBind()
    {
        using var stream = new MemoryStream("<html>oops</html>"u8.ToArray());

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(
            () => BindCallbackParser.ParseAsync(stream, CancellationToken.None).WaitAsync(Timeout));

        Assert.Equal(NumberIntelVendor.Bind, ex.Vendor);
    }

    [Fact]
    public async Task ParseAsync_CancelledToken_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream(Bytes("Bind/callback-array.json"));
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => BindCallbackParser.ParseAsync(stream, cts.Token).WaitAsync(Timeout));
    }

    [Fact]
    public async Task ParseAsync_NullStream_ThrowsArgumentNull()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => BindCallbackParser.ParseAsync(null!, CancellationToken.None));
    }

    private static byte[] Bytes(string fixture) => Encoding.UTF8.GetBytes(Fixture.Read(fixture));
}
