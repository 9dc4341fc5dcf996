using System.Net;
using System.Text.Json;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Testing;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Emulator;

public sealed class FaultTests : IAsyncLifetime
{
    private NumberIntelEmulator _emulator = null!;
    private readonly HttpClient _http = EmulatorCalls.NewClient();

    public async Task InitializeAsync() => _emulator = await NumberIntelEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    private Task<RawAnswer> Bind(params string[] numbers) => EmulatorCalls.BindAsync(_http, _emulator, numbers);

    private Task<RawAnswer> Ipqs(string phone) => EmulatorCalls.IpqsAsync(_http, _emulator, phone);

    private static int[] Codes(RawAnswer answer) => [.. answer.Json.EnumerateArray().Select(i => i.GetProperty("response").GetInt32())];

    [Theory]
    [InlineData(BindResponseCode.Throttled)]
    [InlineData(BindResponseCode.Timeout)]
    public async Task BindItemCode_ForNumberTwice_FirstTwoAttemptsOfThatNumberOnly(BindResponseCode code)
    {
        var handle = _emulator.Faults.Add(EmulatorFault.BindItemCode(code).ForNumber(MagicNumbers.HrVerifiedMobile).Times(2));

        var first = await Bind("385915550101", "12125550101");
        var second = await Bind("385915550101");
        var third = await Bind("385915550101");

        Assert.Equal([(int)code, 0], Codes(first));
        Assert.Equal([(int)code], Codes(second));
        Assert.Equal([0], Codes(third));
        Assert.Equal(["date", "msisdn", "response"], first.Json[0].EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(2, handle.Hits);
        Assert.Equal(0, handle.Remaining);
        Assert.Equal(1, _emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal(3, _emulator.Bind.LookupCount(MagicNumbers.HrVerifiedMobile));
    }

    [Fact]
    public async Task BindItemCode_WithoutNumber_HitsTheNextItems()
    {
        _emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Throttled).Times(2));

        var answer = await Bind("385915550101", "385915550102", "385915550103");

        Assert.Equal([4, 4, 0], Codes(answer));
    }

    [Theory]
    [InlineData("out-of-balance", 3)]
    [InlineData("pricing", 2)]
    [InlineData("permissions", 8)]
    public async Task BindAccountFaults_NextRequest_EveryItemCarriesTheCode(string which, int code)
    {
        _emulator.Faults.Add(which switch
        {
            "out-of-balance" => EmulatorFault.BindOutOfBalance(),
            "pricing" => EmulatorFault.BindPricingNotSet(),
            _ => EmulatorFault.BindMissingPermissions(),
        });

        var faulted = await Bind("385915550101", "12125550101");
        var next = await Bind("385915550101");

        Assert.Equal([code, code], Codes(faulted));
        Assert.All(faulted.Json.EnumerateArray(), i => Assert.False(i.TryGetProperty("phone", out _)));
        Assert.Equal([0], Codes(next));
        Assert.Equal(1, _emulator.Bind.Billed);
        Assert.Equal(3, _emulator.Bind.Lookups);
    }

    [Fact]
    public async Task TooManyRequests_Times2_TwoRetryAfterAnswersThenNormal()
    {
        _emulator.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(2)).Times(2));

        var first = await Bind("385915550101");
        var second = await Ipqs(MagicNumbers.HrVerifiedMobile);
        var third = await Bind("385915550101");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.Status);
        Assert.Equal(TimeSpan.FromSeconds(2), first.Response.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal(0, _emulator.Ipqs.Billed);
    }

    [Fact]
    public async Task TooManyRequests_FractionalSeconds_RetryAfterRoundsUp()
    {
        _emulator.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromMilliseconds(1500)));

        var answer = await Bind("385915550101");

        Assert.Equal(TimeSpan.FromSeconds(2), answer.Response.Headers.RetryAfter?.Delta);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task ServerError_Status_IsAnsweredOnceThenNormal(int status)
    {
        _emulator.Faults.Add(EmulatorFault.ServerError(status));

        var faulted = await Ipqs(MagicNumbers.UsVerifiedMobile);
        var next = await Ipqs(MagicNumbers.UsVerifiedMobile);

        Assert.Equal(status, (int)faulted.Status);
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal(1, _emulator.Ipqs.Billed);
    }

    [Fact]
    public async Task ServerError503_WithRetryAfter_SendsTheHeader()
    {
        _emulator.Faults.Add(EmulatorFault.ServerError(503, TimeSpan.FromSeconds(30)));

        var answer = await Bind("385915550101");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal(TimeSpan.FromSeconds(30), answer.Response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Delayed_FakeClock_AnswersOnlyAfterTheClockMoves()
    {
        var clock = new TimerAwareTimeProvider(DateTimeOffset.UnixEpoch);
        await using var emulator = await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { TimeProvider = clock });
        var handle = emulator.Faults.Add(EmulatorFault.Delayed(TimeSpan.FromSeconds(10)));

        var pending = EmulatorCalls.BindAsync(_http, emulator, ["385915550101"]);
        await handle.WaitForHitAsync().WaitAsync(TestTimeouts.Wait);
        await clock.WaitForTimerAsync(TestTimeouts.Wait);
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(10));
        var answer = await pending.WaitAsync(TestTimeouts.Wait);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(1, emulator.Bind.BilledCount("385915550101"));
    }

    [Fact]
    public async Task Hold_UntilReleased_ThenAnswersNormally()
    {
        var handle = _emulator.Faults.Add(EmulatorFault.Hold().OnVendor(NumberIntelVendor.Ipqs));

        var pending = Ipqs(MagicNumbers.UsVerifiedMobile);
        await handle.WaitForHitAsync().WaitAsync(TestTimeouts.Wait);
        Assert.False(pending.IsCompleted);
        Assert.Equal(0, _emulator.Ipqs.Billed);
        handle.Release();
        var answer = await pending.WaitAsync(TestTimeouts.Wait);

        Assert.True(answer.Json.GetProperty("success").GetBoolean());
        Assert.True(handle.IsReleased);
        Assert.Equal(1, _emulator.Ipqs.Billed);
    }

    [Fact]
    public async Task Hold_ClientGivesUp_NothingIsLookedUpOrBilled()
    {
        var handle = _emulator.Faults.Add(EmulatorFault.Hold());
        using var cancel = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Get, EmulatorCalls.IpqsUri(_emulator, MagicNumbers.UsVerifiedMobile));
        request.Headers.Add("IPQS-KEY", _emulator.IpqsApiKey);

        var pending = _http.SendAsync(request, cancel.Token);
        await handle.WaitForHitAsync().WaitAsync(TestTimeouts.Wait);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.WaitAsync(TestTimeouts.Wait));
        var after = await Ipqs(MagicNumbers.UsVerifiedMobile);

        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal(1, _emulator.Ipqs.Lookups);
        Assert.Equal(1, _emulator.Ipqs.Billed);
        Assert.Equal(2, _emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task Hold_EmulatorDisposed_HeldRequestEndsWithoutAnAnswer()
    {
        var emulator = await NumberIntelEmulator.StartAsync();
        var handle = emulator.Faults.Add(EmulatorFault.Hold());
        var pending = EmulatorCalls.BindAsync(_http, emulator, ["385915550101"]);
        await handle.WaitForHitAsync().WaitAsync(TestTimeouts.Wait);

        await emulator.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => pending.WaitAsync(TestTimeouts.Wait));
        Assert.Equal(0, emulator.Bind.Billed);
    }

    [Fact]
    public async Task DropConnection_Any_ClientSeesAnHttpRequestException()
    {
        _emulator.Faults.Add(EmulatorFault.DropConnection());

        await Assert.ThrowsAsync<HttpRequestException>(() => Bind("385915550101"));
        var next = await Bind("385915550101");

        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal(1, _emulator.Bind.Billed);
        Assert.Equal(2, _emulator.Bind.Requests);
    }

    [Fact]
    public async Task MalformedJson_Bind_200JsonThatDoesNotParse()
    {
        _emulator.Faults.Add(EmulatorFault.MalformedJson());

        var answer = await Bind("385915550101");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/json", answer.ContentType);
        Assert.StartsWith("[{\"date\":", answer.Body, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(answer.Body));
        Assert.Equal(0, _emulator.Bind.Billed);
    }

    [Fact]
    public async Task MalformedJson_EmptyBatch_StillDoesNotParse()
    {
        _emulator.Faults.Add(EmulatorFault.MalformedJson());

        var answer = await Bind();

        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(answer.Body));
    }

    [Fact]
    public async Task TruncatedJson_Ipqs_HalfOfTheNormalAnswer()
    {
        _emulator.Faults.Add(EmulatorFault.TruncatedJson().OnVendor(NumberIntelVendor.Ipqs));

        var answer = await Ipqs(MagicNumbers.UsVerifiedMobile);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.StartsWith("{\"message\":\"Success.\",\"success\":true", answer.Body, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(answer.Body));
        Assert.Equal(0, _emulator.Ipqs.Billed);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(200)]
    public async Task HtmlPage_Status_ProxyPageInsteadOfJson(int status)
    {
        _emulator.Faults.Add(EmulatorFault.HtmlPage(status));

        var answer = await Ipqs(MagicNumbers.UsVerifiedMobile);

        Assert.Equal(status, (int)answer.Status);
        Assert.Equal("text/html", answer.ContentType);
        Assert.StartsWith("<html>", answer.Body, StringComparison.Ordinal);
        Assert.Contains("nginx", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadKey_Bind_401Unauthorized()
    {
        _emulator.Faults.Add(EmulatorFault.BadKey());

        var answer = await Bind("385915550101");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("Unauthorized", answer.Body);
    }

    [Fact]
    public async Task BadKey_Ipqs_AuthenticationMessage()
    {
        _emulator.Faults.Add(EmulatorFault.BadKey().OnVendor(NumberIntelVendor.Ipqs));

        var answer = await Ipqs(MagicNumbers.UsVerifiedMobile);

        Assert.False(answer.Json.GetProperty("success").GetBoolean());
        Assert.Equal("Invalid or unauthorized key. Please check the API key and try again.", answer.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task IpqsInsufficientCredits_Any_CreditsMessage()
    {
        _emulator.Faults.Add(EmulatorFault.IpqsInsufficientCredits());

        var answer = await Ipqs(MagicNumbers.UsVerifiedMobile);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.False(answer.Json.GetProperty("success").GetBoolean());
        Assert.Equal(
            "You have insufficient credits to make this query. Please contact IPQualityScore support if this error persists.",
            answer.Json.GetProperty("message").GetString());
        Assert.Equal(0, _emulator.Ipqs.Billed);
    }

    [Fact]
    public async Task IpqsQuotaExceeded_PerDay_QuotaMessageWithTheNumber()
    {
        _emulator.Faults.Add(EmulatorFault.IpqsQuotaExceeded(5000));

        var answer = await Ipqs(MagicNumbers.UsVerifiedMobile);

        Assert.Equal(
            "You have exceeded your request quota of 5000 per day. Please upgrade to increase your request quota.",
            answer.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task IpqsFault_BindRequest_IsNotHit()
    {
        var handle = _emulator.Faults.Add(EmulatorFault.IpqsInsufficientCredits());

        var bind = await Bind("385915550101");
        var ipqs = await Ipqs(MagicNumbers.UsVerifiedMobile);

        Assert.Equal(HttpStatusCode.OK, bind.Status);
        Assert.False(ipqs.Json.GetProperty("success").GetBoolean());
        Assert.Equal(1, handle.Hits);
    }

    [Fact]
    public async Task OnVendor_Bind_IpqsRequestsPassThrough()
    {
        _emulator.Faults.Add(EmulatorFault.ServerError(503).OnVendor(NumberIntelVendor.Bind));

        var ipqs = await Ipqs(MagicNumbers.UsVerifiedMobile);
        var bind = await Bind("385915550101");

        Assert.Equal(HttpStatusCode.OK, ipqs.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, bind.Status);
    }

    [Fact]
    public async Task ForNumber_RequestLevel_OnlyRequestsContainingTheNumber()
    {
        _emulator.Faults.Add(EmulatorFault.ServerError(500).ForNumber("+1 212 555 0101"));

        var other = await Ipqs(MagicNumbers.HrVerifiedMobile);
        var batchWithIt = await Bind("385915550101", "12125550101");

        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal(HttpStatusCode.InternalServerError, batchWithIt.Status);
    }

    [Fact]
    public async Task ForNumber_IpqsNationalNumber_MatchesTheResolvedMsisdn()
    {
        _emulator.Faults.Add(EmulatorFault.IpqsQuotaExceeded().ForNumber(MagicNumbers.HrVerifiedMobile));

        var answer = await EmulatorCalls.IpqsAsync(_http, _emulator, "091 555 0101", "&country[]=HR");

        Assert.False(answer.Json.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Faults_AddedInOrder_AreConsumedInOrder()
    {
        _emulator.Faults.Add(EmulatorFault.ServerError(500));
        _emulator.Faults.Add(EmulatorFault.TooManyRequests());
        _emulator.Faults.Add(EmulatorFault.ServerError(503));

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((int)(await Bind("385915550101")).Status);
        }

        Assert.Equal([500, 429, 503, 200], statuses);
    }

    [Fact]
    public async Task Always_UntilRemoved_HitsEveryRequest()
    {
        var handle = _emulator.Faults.Add(EmulatorFault.ServerError(503).Always());

        var first = await Bind("385915550101");
        var second = await Bind("385915550101");
        handle.Remove();
        var third = await Bind("385915550101");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal(0, _emulator.Faults.Pending);
    }

    [Fact]
    public async Task Clear_PendingFaultsAndHolds_RemovesAndReleases()
    {
        var hold = _emulator.Faults.Add(EmulatorFault.Hold());
        _emulator.Faults.Add(EmulatorFault.ServerError(500).Times(5));
        var pending = Bind("385915550101");
        await hold.WaitForHitAsync().WaitAsync(TestTimeouts.Wait);

        _emulator.Faults.Clear();
        var held = await pending.WaitAsync(TestTimeouts.Wait);
        var next = await Bind("385915550101");

        Assert.Equal(HttpStatusCode.OK, held.Status);
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal(0, _emulator.Faults.Pending);
    }

    [Fact]
    public async Task RequestFault_WrongKey_FaultStillWins()
    {
        _emulator.Faults.Add(EmulatorFault.TooManyRequests());

        var answer = await EmulatorCalls.BindAsync(_http, _emulator, ["385915550101"], key: "wrong");

        Assert.Equal(HttpStatusCode.TooManyRequests, answer.Status);
    }

    [Fact]
    public async Task WaitForHitAsync_SeveralHits_CompletesOnTheLast()
    {
        var handle = _emulator.Faults.Add(EmulatorFault.ServerError(500).Times(3));
        var waiting = handle.WaitForHitAsync(2);

        await Bind("385915550101");
        Assert.False(waiting.IsCompleted);
        await Bind("385915550101");
        await waiting.WaitAsync(TestTimeouts.Wait);

        Assert.Equal(2, handle.Hits);
        Assert.Equal(1, handle.Remaining);
        Assert.Equal(1, _emulator.Faults.Pending);
    }

    [Fact]
    public void Response_Custom_KeepsStatusTypeAndBody()
    {
        var fault = EmulatorFault.Response(408, "text/plain", "Request Timeout");

        Assert.Equal(EmulatorFaultKind.Response, fault.Kind);
        Assert.Equal(408, fault.StatusCode);
        Assert.Equal("Request Timeout", fault.Body);
        Assert.Equal(1, fault.Count);
    }

    [Fact]
    public void OnVendor_OtherVendorsFault_Throws()
    {
        Assert.Throws<ArgumentException>(() => EmulatorFault.IpqsInsufficientCredits().OnVendor(NumberIntelVendor.Bind));
        Assert.Throws<ArgumentException>(() => EmulatorFault.BindOutOfBalance().OnVendor(NumberIntelVendor.Ipqs));
    }

    [Fact]
    public void Times_LessThanOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.DropConnection().Times(0));
    }
}
