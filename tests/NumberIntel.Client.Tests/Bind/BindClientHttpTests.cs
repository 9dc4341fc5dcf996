using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Tests.Http;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Bind;

public sealed class BindClientHttpTests
{
    private const string Key = TransportTestSupport.ApiKey;

    [Fact]
    public async Task ScoreAsync_Request_PostsJsonToLookupNumberScoring()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        await client.ScoreAsync(["385911234567", "+385917654321"]);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/lookup/number-scoring", request.PathAndQuery);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("""{"msisdn":["385911234567","385917654321"]}""", request.Body);
    }

    [Fact]
    public async Task ScoreAsync_Request_SendsTheBodyWithItsContentLength()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        await client.ScoreAsync("385911234567");

        var request = Assert.Single(server.Requests);
        Assert.Equal(Encoding.UTF8.GetByteCount(request.Body).ToString(System.Globalization.CultureInfo.InvariantCulture), request.Headers["Content-Length"]);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
    }

    [Fact]
    public async Task ScoreAsync_Request_SendsKeyInXApiKeyHeaderOnly()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        await client.ScoreAsync("385911234567");

        var request = Assert.Single(server.Requests);
        Assert.Equal(Key, request.Headers["X-API-KEY"]);
        Assert.DoesNotContain(Key, request.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, request.Body, StringComparison.Ordinal);
        Assert.Null(http.DefaultRequestHeaders.FirstOrDefault(h => h.Key == "X-API-KEY").Value);
    }

    [Fact]
    public async Task ScoreAsync_Request_NegotiatesJsonAndCompression()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        await client.ScoreAsync("385911234567");

        var request = Assert.Single(server.Requests);
        Assert.Equal("application/json", request.Headers["Accept"]);
        var encodings = request.Headers["Accept-Encoding"].Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("gzip", encodings);
        Assert.Contains("br", encodings);
    }

    [Fact]
    public async Task ScoreAsync_CallbackUrlSet_SentInBody()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server, callback: new Uri("https://hooks.example.com/bind/callback/t0ken")));

        await client.ScoreAsync("385911234567");

        using var body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.Equal("https://hooks.example.com/bind/callback/t0ken", body.RootElement.GetProperty("callback_url").GetString());
    }

    [Fact]
    public async Task ScoreAsync_CallbackUrlNotSet_PropertyAbsent()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        await client.ScoreAsync("385911234567");

        using var body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.False(body.RootElement.TryGetProperty("callback_url", out _));
    }

    [Fact]
    public async Task ScoreAsync_BaseAddressWithPath_PathIsKept()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var options = BindTestServer.Options(server);
        options.BaseAddress = new Uri(server.BaseAddress, "x/");

        await new BindClient(http, options).ScoreAsync("385911234567");

        Assert.Equal("/x/lookup/number-scoring", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public async Task ScoreAsync_BaseAddressWithPathWithoutTrailingSlash_PathIsKept()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var options = BindTestServer.Options(server);
        options.BaseAddress = new Uri(server.BaseAddress, "x/y");

        await new BindClient(http, options).ScoreAsync("385911234567");

        Assert.Equal("/x/y/lookup/number-scoring", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public async Task ScoreAsync_Http401TextPlain_ThrowsAuthenticationWithoutEchoingBody()
    {
        await using var server = await WireMockStub.StartAsync(401, "text/plain", "Unauthorized: key sk_other_BODYTEXT is not valid");
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelAuthenticationException>(() => client.ScoreAsync("385911234567"));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal(NumberIntelVendor.Bind, ex.Vendor);
        Assert.Contains("NumberIntel:Bind:ApiKey", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BODYTEXT", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_Http403_ThrowsAuthentication()
    {
        await using var server = await WireMockStub.StartAsync(403, "text/plain", "Forbidden");
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelAuthenticationException>(() => client.ScoreAsync("385911234567"));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
    }

    [Fact]
    public async Task ScoreAsync_Http429WithRetryAfterSeconds_ThrowsThrottledWithRetryAfter()
    {
        await using var server = await WireMockStub.StartAsync(_ => StubReply.Text(429, "text/plain", "slow down", new Dictionary<string, string> { ["Retry-After"] = "30" }));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelThrottledException>(() => client.ScoreAsync("385911234567"));

        Assert.Equal(TimeSpan.FromSeconds(30), ex.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
    }

    [Fact]
    public async Task ScoreAsync_Http429WithRetryAfterDate_RetryAfterMeasuredAgainstTimeProvider()
    {
        var now = new DateTimeOffset(2025, 6, 21, 12, 0, 0, TimeSpan.Zero);
        await using var server = await WireMockStub.StartAsync(_ => StubReply.Text(429, null, string.Empty, new Dictionary<string, string>
        {
            ["Retry-After"] = now.AddMinutes(2).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        }));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server), null, new FakeTimeProvider(now));

        var ex = await Assert.ThrowsAsync<NumberIntelThrottledException>(() => client.ScoreAsync("385911234567"));

        Assert.Equal(TimeSpan.FromMinutes(2), ex.RetryAfter);
    }

    [Fact]
    public async Task ScoreAsync_Http429WithoutRetryAfter_RetryAfterNull()
    {
        await using var server = await WireMockStub.StartAsync(429, "text/plain", "slow down");
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelThrottledException>(() => client.ScoreAsync("385911234567"));

        Assert.Null(ex.RetryAfter);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(408)]
    [InlineData(400)]
    [InlineData(404)]
    public async Task ScoreAsync_OtherHttpError_ThrowsVendorWithStatusCode(int status)
    {
        await using var server = await WireMockStub.StartAsync(status, "text/plain", "boom");
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ScoreAsync("385911234567"));

        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(NumberIntelVendor.Bind, ex.Vendor);
    }

    [Fact]
    public async Task ScoreAsync_ErrorWithRequestIdHeader_RequestIdCaptured()
    {
        await using var server = await WireMockStub.StartAsync(_ => StubReply.Text(500, "text/plain", "boom", new Dictionary<string, string> { ["X-Request-Id"] = "req-7f3a" }));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ScoreAsync("385911234567"));

        Assert.Equal("req-7f3a", ex.RequestId);
    }

    [Theory]
    [InlineData("text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>")]
    [InlineData("application/json", "")]
    [InlineData("application/json", """[{"msisdn":"385911234567","response":0,"phone":{"type":"mob""")]
    [InlineData("application/json", """{"msisdn":"385911234567","response":0}""")]
    [InlineData("application/json", "\"just a string\"")]
    [InlineData("application/json", "[] trailing")]
    public async Task ScoreAsync_UnusableBodyWith200_ThrowsVendorWithInnerJsonException(string contentType, string body)
    {
        await using var server = await WireMockStub.StartAsync(200, contentType, body);
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ScoreAsync("385911234567"));

        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
    }

    [Fact]
    public async Task ScoreAsync_JsonNullBody_ThrowsVendor()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json", "null");
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ScoreAsync("385911234567"));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task ScoreAsync_CompressedResponseAndHandlerDoesNotDecompress_ReadCorrectly(string encoding)
    {
        var json = Fixture.Read("Bind/number-scoring-example.json");
        var bytes = encoding switch
        {
            "gzip" => TransportTestSupport.Gzip(json),
            "br" => TransportTestSupport.Brotli(json),
            _ => TransportTestSupport.Deflate(json),
        };
        await using var server = await WireMockStub.StartAsync(_ => new StubReply(200, "application/json", bytes, new Dictionary<string, string> { ["Content-Encoding"] = encoding }));
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });
        var client = new BindClient(http, BindTestServer.Options(server));

        var result = await client.ScoreAsync("385911234567");

        Assert.Equal(Credibility.High, result.Scoring?.Credibility);
        Assert.Equal(BindPhoneType.Mobile, result.Phone?.Type);
    }

    [Fact]
    public async Task ScoreAsync_CompressedResponseAndHandlerDecompresses_ReadCorrectly()
    {
        var bytes = TransportTestSupport.Brotli(Fixture.Read("Bind/number-scoring-example.json"));
        await using var server = await WireMockStub.StartAsync(_ => new StubReply(200, "application/json", bytes, new Dictionary<string, string> { ["Content-Encoding"] = "br" }));
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All });
        var client = new BindClient(http, BindTestServer.Options(server));

        var result = await client.ScoreAsync("385911234567");

        Assert.Equal(Credibility.High, result.Scoring?.Credibility);
    }

    [Fact]
    public async Task ScoreAsync_CorruptCompressedBody_ThrowsVendor()
    {
        await using var server = await WireMockStub.StartAsync(_ => new StubReply(200, "application/json", Encoding.UTF8.GetBytes("this is not gzip at all"), new Dictionary<string, string> { ["Content-Encoding"] = "gzip" }));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ScoreAsync("385911234567"));

        Assert.IsType<InvalidDataException>(ex.InnerException);
    }

    [Fact]
    public async Task ScoreAsync_BodyOverMaxResponseBytesWithContentLength_ThrowsVendor()
    {
        var json = "[" + string.Join(",", Enumerable.Repeat(BindTestServer.Item("385911234567"), 50)) + "]";
        await using var server = await WireMockStub.StartAsync(200, "application/json", json);
        using var http = new HttpClient();
        var options = BindTestServer.Options(server);
        options.MaxResponseBytes = 1024;
        var client = new BindClient(http, options);

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ScoreAsync("385911234567"));

        Assert.Contains("MaxResponseBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_ChunkedBodyOverMaxResponseBytes_ThrowsVendor()
    {
        var json = "[" + string.Join(",", Enumerable.Repeat(BindTestServer.Item("385911234567"), 50)) + "]";
        await using var server = await WireMockStub.StartAsync(200, "application/json", json);
        using var http = new HttpClient();
        var options = BindTestServer.Options(server);
        options.MaxResponseBytes = 1024;
        var client = new BindClient(http, options);

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ScoreAsync("385911234567"));

        Assert.Contains("MaxResponseBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_BodyOverMaxResponseBytesWithoutContentLength_ThrowsVendorNotRetryable()
    {
        using var http = new HttpClient(new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("[" + new string(' ', 64 * 1024) + "]"))),
        }));
        var client = new BindClient(http, new BindOptions { ApiKey = Key, BaseAddress = new Uri("https://bind.test/"), MaxResponseBytes = 1024 });

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ScoreAsync("385911234567"));

        Assert.Contains("MaxResponseBytes", ex.Message, StringComparison.Ordinal);
        Assert.IsNotType<HttpRequestException>(ex.InnerException?.InnerException);
    }

    [Fact]
    public async Task ScoreAsync_SmallCompressedBodyExpandingOverLimit_ThrowsVendor()
    {
        // 200 KB of whitespace-padded JSON compresses to a few hundred bytes: the cap applies after decompression.
        var json = "[" + new string(' ', 200_000) + "]";
        var bytes = TransportTestSupport.Gzip(json);
        await using var server = await WireMockStub.StartAsync(_ => new StubReply(200, "application/json", bytes, new Dictionary<string, string> { ["Content-Encoding"] = "gzip" }));
        using var http = new HttpClient();
        var options = BindTestServer.Options(server);
        options.MaxResponseBytes = 64 * 1024;
        var client = new BindClient(http, options);

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ScoreAsync("385911234567"));

        Assert.True(bytes.Length < options.MaxResponseBytes);
        Assert.Contains("MaxResponseBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_BodyJustUnderLimit_Accepted()
    {
        var json = Fixture.Read("Bind/number-scoring-example.json");
        await using var server = await WireMockStub.StartAsync(200, "application/json", json);
        using var http = new HttpClient();
        var options = BindTestServer.Options(server);
        options.MaxResponseBytes = Encoding.UTF8.GetByteCount(json);
        var client = new BindClient(http, options);

        var result = await client.ScoreAsync("385911234567");

        Assert.True(result.IsSuccess);
    }

    public static TheoryData<string> FailureScenarios => ["401", "403", "429", "500", "html", "empty", "truncated", "object", "account", "too-large", "ipqs-style"];

    [Theory]
    [MemberData(nameof(FailureScenarios))]
    public async Task ScoreAsync_AnyFailure_KeyAbsentFromMessageAndToString(string scenario)
    {
        await using var server = await WireMockStub.StartAsync(_ =>
        {
            (int status, string body) = scenario switch
            {
                "401" => (401, "bad key"),
                "403" => (403, "forbidden"),
                "429" => (429, "slow"),
                "500" => (500, "boom"),
                "html" => (200, "<html>oops</html>"),
                "empty" => (200, ""),
                "truncated" => (200, "[{\"msisdn\":"),
                "object" => (200, "{\"error\":\"x\"}"),
                "account" => (200, BindTestServer.Item("385911234567", 3).Insert(0, "[") + "]"),
                "too-large" => (200, "[" + new string(' ', 4096) + "]"),
                _ => (200, "{\"success\":false}"),
            };
            return StubReply.Text(status, "application/json", body);
        });
        using var http = new HttpClient();
        var options = BindTestServer.Options(server);
        options.MaxResponseBytes = 1024;
        var client = new BindClient(http, options);

        var ex = await Assert.ThrowsAnyAsync<NumberIntelException>(() => client.ScoreAsync("385911234567"));

        Assert.DoesNotContain(Key, TransportTestSupport.AllText(ex), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_ConnectionRefused_ThrowsVendorExceptionWithHttpRequestExceptionInside()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var http = new HttpClient();
        var client = new BindClient(http, new BindOptions { ApiKey = Key, BaseAddress = new Uri($"http://127.0.0.1:{port}/") });

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ScoreAsync("385911234567"));

        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Equal(NumberIntelVendor.Bind, ex.Vendor);
        Assert.DoesNotContain(Key, TransportTestSupport.AllText(ex), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_ConnectionDropsMidBody_ThrowsVendorExceptionWithHttpRequestExceptionInside()
    {
        // WireMock.Net cannot cut a connection mid-body: an in-memory vendor does (a real socket drop: SdkOverEmulatorTests).
        using var http = new HttpClient(new StubHandler(_ => NumberIntel.Client.Tests.Resilience.FakeVendorBodies.ResetMidBody()));
        var client = new BindClient(http, new BindOptions { ApiKey = Key, BaseAddress = new Uri("https://bind.test/") });

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ScoreAsync("385911234567"));

        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task ScoreAsync_HttpClientTimeout_ThrowsVendorExceptionWithRequestTimeout()
    {
        await using var server = await WireMockStub.StartAsync(_ => StubReply.Text(200, "application/json", "[]"), delay: TimeSpan.FromSeconds(5));
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) };
        var client = new BindClient(http, BindTestServer.Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ScoreAsync("385911234567").WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(HttpStatusCode.RequestTimeout, ex.StatusCode);
    }

    [Fact]
    public async Task ScoreAsync_CancelledWhileWaitingForServer_ThrowsOperationCanceled()
    {
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var http = new HttpClient(new StubHandler((_, ct) =>
        {
            received.TrySetResult();
            return NumberIntel.Client.Tests.Resilience.FakeVendorBodies.HangAsync(ct);
        }));
        var client = new BindClient(http, new BindOptions { ApiKey = Key, BaseAddress = new Uri("https://bind.test/") });
        using var cts = new CancellationTokenSource();

        var call = client.ScoreAsync("385911234567", cts.Token);
        await received.Task.WaitAsync(TestTimeouts.Wait);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task ScoreAsync_AlreadyCancelledToken_ThrowsWithoutSending()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ScoreAsync(["385911234567"], new CancellationToken(canceled: true)));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ScoreAsync_DebugLogging_RedactsMsisdnAndNeverLogsKey()
    {
        await using var server = await BindTestServer.StartAsync(m => m.Where(x => x != "385917654321").Select(x => BindTestServer.Item(x)));
        using var http = new HttpClient();
        var logger = new CapturingLogger<BindClient>();
        var client = new BindClient(http, BindTestServer.Options(server), logger, null);

        await client.ScoreAsync(["385911234567", "385917654321"]);

        var text = logger.AllText();
        Assert.Contains("385911****67", text, StringComparison.Ordinal);
        Assert.Contains("385917****21", text, StringComparison.Ordinal);
        Assert.DoesNotContain("385911234567", text, StringComparison.Ordinal);
        Assert.DoesNotContain("385917654321", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Debug && e.Message.Contains("HTTP 200", StringComparison.Ordinal));
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.EventId.Id == 1105);
    }
}
