using NumberIntel.Client.Bind;
using NumberIntel.Client.Tests.Http;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Bind;

public sealed class BindClientConstructionTests
{
    private const string Key = TransportTestSupport.ApiKey;

    [Theory]
    [InlineData("http://number-api.bind.hr/")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("http://192.168.1.10:8080/")]
    [InlineData("ftp://number-api.bind.hr/")]
    public void Ctor_NonHttpsRemoteBaseAddress_ThrowsNamingTheOption(string baseAddress)
    {
        using var http = new HttpClient();

        var ex = Assert.Throws<ArgumentException>(() => new BindClient(http, new BindOptions { ApiKey = Key, BaseAddress = new Uri(baseAddress) }));

        Assert.Contains("BindOptions.BaseAddress must use https", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://127.1.2.3/")]
    [InlineData("http://localhost:8080/")]
    [InlineData("http://[::1]:5000/")]
    [InlineData("https://number-api.bind.hr/")]
    [InlineData("https://proxy.example.com/bind/")]
    public async Task Ctor_HttpsOrLoopbackBaseAddress_Accepted(string baseAddress)
    {
        var uri = await ScoringUriAsync(new BindOptions { ApiKey = Key, BaseAddress = new Uri(baseAddress) });

        Assert.StartsWith(baseAddress, uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.EndsWith("/lookup/number-scoring", uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctor_DefaultBaseAddress_PointsAtBindProduction()
    {
        var uri = await ScoringUriAsync(new BindOptions { ApiKey = Key });

        Assert.Equal(new Uri("https://number-api.bind.hr/lookup/number-scoring"), uri);
    }

    [Fact]
    public void Ctor_RelativeBaseAddress_Throws()
    {
        using var http = new HttpClient();

        var ex = Assert.Throws<ArgumentException>(() => new BindClient(http, new BindOptions { ApiKey = Key, BaseAddress = new Uri("/bind/", UriKind.Relative) }));

        Assert.Contains("BindOptions.BaseAddress must be an absolute URI", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_BaseAddressWithUserInfo_ThrowsWithoutEchoingIt()
    {
        using var http = new HttpClient();

        var ex = Assert.Throws<ArgumentException>(() => new BindClient(http, new BindOptions { ApiKey = Key, BaseAddress = new Uri("https://user:hunter2@number-api.bind.hr/") }));

        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Ctor_MissingApiKey_ThrowsNamingConfigurationKey(string? key)
    {
        using var http = new HttpClient();

        var ex = Assert.Throws<ArgumentException>(() => new BindClient(http, new BindOptions { ApiKey = key }));

        Assert.Contains("NumberIntel:Bind:ApiKey", ex.Message, StringComparison.Ordinal);
        Assert.Equal("options", ex.ParamName);
    }

    [Fact]
    public void Ctor_ApiKeyWithLineBreak_ThrowsWithoutEchoingKey()
    {
        using var http = new HttpClient();

        var ex = Assert.Throws<ArgumentException>(() => new BindClient(http, new BindOptions { ApiKey = "abc\r\ndef-secret" }));

        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
        Assert.Contains("NumberIntel:Bind:ApiKey", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-1)]
    public void Ctor_MaxBatchSizeOutOfRange_Throws(int size)
    {
        using var http = new HttpClient();

        var ex = Assert.Throws<ArgumentException>(() => new BindClient(http, new BindOptions { ApiKey = Key, MaxBatchSize = size }));

        Assert.Contains("MaxBatchSize", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_NonPositiveMaxResponseBytes_Throws()
    {
        using var http = new HttpClient();

        var ex = Assert.Throws<ArgumentException>(() => new BindClient(http, new BindOptions { ApiKey = Key, MaxResponseBytes = 0 }));

        Assert.Contains("BindOptions.MaxResponseBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_RelativeCallbackUrl_Throws()
    {
        using var http = new HttpClient();

        Assert.Throws<ArgumentException>(() => new BindClient(http, new BindOptions { ApiKey = Key, CallbackUrl = new Uri("/cb", UriKind.Relative) }));
    }

    [Fact]
    public void Ctor_NullArguments_Throw()
    {
        using var http = new HttpClient();

        Assert.Throws<ArgumentNullException>(() => new BindClient(null!, new BindOptions { ApiKey = Key }));
        Assert.Throws<ArgumentNullException>(() => new BindClient(http, null!));
    }

    [Fact]
    public async Task Ctor_OptionsChangedAfterConstruction_ClientKeepsValidatedCopy()
    {
        var stub = StubHandler.Json("[]");
        using var http = new HttpClient(stub);
        var options = new BindOptions { ApiKey = Key, BaseAddress = new Uri("https://a.example.com/"), MaxBatchSize = 10 };
        var client = new BindClient(http, options);

        options.BaseAddress = new Uri("http://evil.example.com/");
        options.MaxBatchSize = 100;
        await client.ScoreAsync("385911234567");

        Assert.True(stub.Requests.TryPeek(out var sent));
        Assert.Equal("a.example.com", sent.RequestUri!.Host);
        Assert.Equal(10, client.MaxBatchSize);
    }

    private static async Task<Uri> ScoringUriAsync(BindOptions options)
    {
        var stub = StubHandler.Json("[]");
        using var http = new HttpClient(stub);
        await new BindClient(http, options).ScoreAsync("385911234567");
        Assert.True(stub.Requests.TryPeek(out var sent));
        return sent.RequestUri!;
    }

    [Fact]
    public async Task ScoreAsync_NullSequence_ThrowsArgumentNull()
    {
        using var http = new HttpClient();
        var client = new BindClient(http, new BindOptions { ApiKey = Key });

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.ScoreAsync((IEnumerable<string>)null!));
    }

    [Fact]
    public async Task ScoreAsync_EmptySequence_ThrowsArgument()
    {
        using var http = new HttpClient();
        var client = new BindClient(http, new BindOptions { ApiKey = Key });

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.ScoreAsync(Array.Empty<string>()));

        Assert.Equal("msisdns", ex.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("+")]
    [InlineData("385 91 234 5678")]
    [InlineData("38591abc")]
    [InlineData("1234567890123456")]
    public async Task ScoreAsync_NotAnMsisdn_ThrowsArgument(string? msisdn)
    {
        using var http = new HttpClient();
        var client = new BindClient(http, new BindOptions { ApiKey = Key });

        await Assert.ThrowsAsync<ArgumentException>(() => client.ScoreAsync(msisdn!));
        await Assert.ThrowsAsync<ArgumentException>(() => client.ScoreAsync(new[] { "385911234567", msisdn! }));
    }

    [Theory]
    [InlineData("385911234567", "385911234567")]
    [InlineData("+385911234567", "385911234567")]
    [InlineData(" 385911234567 ", "385911234567")]
    public void NormalizeMsisdn_ValidInput_ReturnsDigits(string input, string expected)
    {
        Assert.Equal(expected, BindClient.NormalizeMsisdn(input, "msisdn"));
    }
}
