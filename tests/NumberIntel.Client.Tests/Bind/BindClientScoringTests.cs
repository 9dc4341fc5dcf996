using NumberIntel.Client.Bind;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Bind;

public sealed class BindClientScoringTests
{
    [Fact]
    public async Task ScoreAsync_VendorDocExample_MapsEveryTopLevelAndPhoneField()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json", Fixture.Read("Bind/number-scoring-example.json"));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var result = await client.ScoreAsync("385911234567");

        Assert.Equal(new DateTimeOffset(2025, 6, 21, 17, 21, 56, 526, TimeSpan.Zero), result.Date);
        Assert.Equal("385911234567", result.Msisdn);
        Assert.Equal(BindResponseCode.Success, result.Response);
        Assert.True(result.IsSuccess);
        var phone = Assert.IsType<BindPhone>(result.Phone);
        Assert.Equal("385", phone.CountryCallingCode);
        Assert.Equal("Croatia", phone.CountryName);
        Assert.Equal("01", phone.CurrentNetworkMobileCode);
        Assert.Equal("T-Mobile", phone.CurrentNetworkName);
        Assert.Equal(new DateOnly(2017, 3, 5), phone.FirstPorted);
        Assert.Equal(new DateOnly(2017, 3, 5), phone.FirstSeen);
        Assert.Equal("A1", phone.InitialNetworkName);
        Assert.Equal("10", phone.InitialNetworkMobileCode);
        Assert.Equal(new DateOnly(2024, 2, 6), phone.LastPorted);
        Assert.Equal("219", phone.MobileCountryCode);
        Assert.Equal(4, phone.PortedTimes);
        Assert.Equal(BindPhoneType.Mobile, phone.Type);
        Assert.Null(phone.AdditionalProperties);
    }

    [Fact]
    public async Task ScoreAsync_VendorDocExample_MapsScoringAndSecurity()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json", Fixture.Read("Bind/number-scoring-example.json"));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var result = await client.ScoreAsync("385911234567");

        Assert.Equal(Credibility.High, result.Scoring?.Credibility);
        var security = Assert.IsType<BindSecurity>(result.Security);
        Assert.Equal(3, security.DataBreachesCount);
        Assert.Equal(new DateOnly(2018, 10, 16), security.DataBreachesFirstBreach);
        Assert.Equal(new DateOnly(2021, 4, 8), security.DataBreachesLastBreach);
        Assert.False(security.IsDisposable);
    }

    [Fact]
    public async Task ScoreAsync_VendorDocExample_MapsAllThirteenSocialPlatforms()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json", Fixture.Read("Bind/number-scoring-example.json"));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var social = Assert.IsType<BindSocialPresence>((await client.ScoreAsync("385911234567")).SocialPresence);

        Assert.True(social.Amazon?.Has);
        Assert.True(social.Apple?.Has);
        Assert.Null(Assert.IsType<BindPlatformPresence>(social.Bukalapak).Has);
        Assert.True(social.Facebook?.Has);
        Assert.Null(Assert.IsType<BindPlatformPresence>(social.Flipkart).Has);
        Assert.Null(Assert.IsType<BindPlatformPresence>(social.Google).Has);
        Assert.False(social.Instagram?.Has);
        Assert.Null(Assert.IsType<BindPlatformPresence>(social.LinkedIn).Has);
        Assert.Null(Assert.IsType<BindPlatformPresence>(social.Snapchat).Has);
        Assert.True(social.Telegram?.Has);
        Assert.Null(Assert.IsType<BindPlatformPresence>(social.Viber).Has);
        Assert.True(social.WhatsApp?.Has);
        Assert.False(social.WhatsApp?.IsBusiness);
        Assert.True(social.X?.Has);
        Assert.Null(social.AdditionalProperties);
    }

    [Theory]
    [InlineData(0, BindResponseCode.Success)]
    [InlineData(1, BindResponseCode.GeneralError)]
    [InlineData(4, BindResponseCode.Throttled)]
    [InlineData(5, BindResponseCode.InvalidNumber)]
    [InlineData(6, BindResponseCode.NotResolved)]
    [InlineData(7, BindResponseCode.Timeout)]
    public async Task ScoreAsync_PerNumberCode_IsReturnedAsResult(int code, BindResponseCode expected)
    {
        await using var server = await BindTestServer.StartAsync(m => m.Select(x => BindTestServer.Item(x, code)));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var result = await client.ScoreAsync("385911234567");

        Assert.Equal(expected, result.Response);
        Assert.Equal("385911234567", result.Msisdn);
    }

    [Theory]
    [InlineData(2, "pricing")]
    [InlineData(3, "balance")]
    [InlineData(8, "permission")]
    public async Task ScoreAsync_AccountCode_ThrowsAccountExceptionWithCode(int code, string reason)
    {
        await using var server = await BindTestServer.StartAsync(m => m.Select(x => BindTestServer.Item(x, code)));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelAccountException>(() => client.ScoreAsync("385911234567"));

        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.VendorCode);
        Assert.Equal(NumberIntelVendor.Bind, ex.Vendor);
        Assert.Contains(reason, ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Contact Bind", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_AccountCodeOnOneItemOfBatch_ThrowsWithoutSendingLaterBatches()
    {
        await using var server = await BindTestServer.StartAsync(m => m.Select((x, i) => BindTestServer.Item(x, i == 1 ? 3 : 0)));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server, maxBatchSize: 2));

        await Assert.ThrowsAsync<NumberIntelAccountException>(() => client.ScoreAsync(["385910000001", "385910000002", "385910000003"]));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ScoreAsync_ServerReordersItems_ResultsFollowInputOrder()
    {
        // Each number gets its own code, so a result attached to the wrong input would show.
        var codes = new Dictionary<string, int> { ["385910000001"] = 5, ["385910000002"] = 6, ["385910000003"] = 1, ["385910000004"] = 0 };
        await using var server = await BindTestServer.StartAsync(m => m.Reverse().Select(x => BindTestServer.Item(x, codes[x])));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));
        string[] inputs = ["385910000001", "385910000002", "385910000003", "385910000004"];

        var results = await client.ScoreAsync(inputs);

        Assert.Equal(inputs, results.Select(r => r.Msisdn));
        Assert.Equal(
            [BindResponseCode.InvalidNumber, BindResponseCode.NotResolved, BindResponseCode.GeneralError, BindResponseCode.Success],
            results.Select(r => r.Response));
    }

    [Fact]
    public async Task ScoreAsync_250Inputs_SplitsInto100And100And50()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));
        var inputs = Enumerable.Range(0, 250).Select(i => $"38591{i:D7}").ToArray();

        var results = await client.ScoreAsync(inputs);

        Assert.Equal([100, 100, 50], server.Requests.Select(r => BindTestServer.RequestedMsisdns(r).Length));
        Assert.Equal(inputs, server.Requests.SelectMany(BindTestServer.RequestedMsisdns));
        Assert.Equal(inputs, results.Select(r => r.Msisdn));
    }

    [Fact]
    public async Task ScoreAsync_SmallerMaxBatchSize_SplitsAtThatSize()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server, maxBatchSize: 2));

        await client.ScoreAsync(["385910000001", "385910000002", "385910000003"]);

        Assert.Equal([2, 1], server.Requests.Select(r => BindTestServer.RequestedMsisdns(r).Length));
    }

    [Fact]
    public async Task ScoreAsync_DuplicateInputs_SentOnceAndFannedOutToEveryPosition()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));
        string[] inputs = ["385910000001", "385910000002", "385910000001", "+385910000002", "385910000001"];

        var results = await client.ScoreAsync(inputs);

        Assert.Equal(["385910000001", "385910000002"], BindTestServer.RequestedMsisdns(Assert.Single(server.Requests)));
        Assert.Equal(["385910000001", "385910000002", "385910000001", "385910000002", "385910000001"], results.Select(r => r.Msisdn));
        Assert.Same(results[0], results[2]);
        Assert.Same(results[1], results[3]);
    }

    [Fact]
    public async Task ScoreAsync_DuplicatesAcrossBatchBoundary_NeverSentTwice()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server, maxBatchSize: 2));

        var results = await client.ScoreAsync(["385910000001", "385910000002", "385910000001", "385910000003", "385910000002"]);

        var sent = server.Requests.SelectMany(BindTestServer.RequestedMsisdns).ToArray();
        Assert.Equal(["385910000001", "385910000002", "385910000003"], sent);
        Assert.Equal(5, results.Count);
    }

    [Fact]
    public async Task ScoreAsync_VendorOmitsItem_SynthesizesUnknownResultForIt()
    {
        await using var server = await BindTestServer.StartAsync(m => m.Select(x => x == "385910000002" ? null : BindTestServer.Item(x)));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var results = await client.ScoreAsync(["385910000001", "385910000002", "385910000003"]);

        Assert.Equal(3, results.Count);
        Assert.Equal("385910000002", results[1].Msisdn);
        Assert.Equal(BindResponseCode.Unknown, results[1].Response);
        Assert.Null(results[1].Phone);
        Assert.Equal(BindResponseCode.Success, results[0].Response);
        Assert.Equal(BindResponseCode.Success, results[2].Response);
    }

    [Fact]
    public async Task ScoreAsync_VendorAnswersEmptyArray_EveryInputSynthesized()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json", "[]");
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var results = await client.ScoreAsync(["385910000001", "385910000002"]);

        Assert.All(results, r => Assert.Equal(BindResponseCode.Unknown, r.Response));
        Assert.Equal(["385910000001", "385910000002"], results.Select(r => r.Msisdn));
    }

    [Fact]
    public async Task ScoreAsync_VendorAddsUnrequestedItem_ItIsIgnored()
    {
        await using var server = await BindTestServer.StartAsync(m => m.Select(x => BindTestServer.Item(x)).Append(BindTestServer.Item("999999999")));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var results = await client.ScoreAsync(["385910000001"]);

        Assert.Equal("385910000001", Assert.Single(results).Msisdn);
    }

    [Fact]
    public async Task ScoreAsync_VendorEchoesMsisdnWithPlus_StillMatchedAndNormalized()
    {
        await using var server = await BindTestServer.StartAsync(m => m.Reverse().Select(x => BindTestServer.Item("+" + x, 1)));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var results = await client.ScoreAsync(["385910000001", "385910000002"]);

        Assert.Equal(["385910000001", "385910000002"], results.Select(r => r.Msisdn));
        Assert.All(results, r => Assert.Equal(BindResponseCode.GeneralError, r.Response));
    }

    [Fact]
    public async Task ScoreAsync_SingleNumberAnsweredWithoutMsisdn_AttributedToThatNumber()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json", """[{"msisdn":"N/A","response":5}]""");
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var result = await client.ScoreAsync("385910000001");

        Assert.Equal(BindResponseCode.InvalidNumber, result.Response);
        Assert.Equal("385910000001", result.Msisdn);
    }

    [Fact]
    public async Task ScoreAsync_ArrayItemThatIsNotAnObject_SkippedAndOthersKept()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json", """["oops", 42, null, {"msisdn":"385910000001","response":0}]""");
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var results = await client.ScoreAsync(["385910000001", "385910000002"]);

        Assert.Equal(BindResponseCode.Success, results[0].Response);
        Assert.Equal(BindResponseCode.Unknown, results[1].Response);
    }

    [Fact]
    public async Task ScoreAsync_ToleranceFixture_OddFieldsNeverFailTheLookup()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json", Fixture.Read("Bind/number-scoring-tolerance.json"));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var results = await client.ScoreAsync(["385911234567", "385917654321", "385919999999"]);

        Assert.Equal([BindResponseCode.Success, BindResponseCode.NotResolved, BindResponseCode.Unknown], results.Select(r => r.Response));
        Assert.Equal(BindPhoneType.Unknown, results[0].Phone?.Type);
        Assert.Null(results[1].Phone);
    }

    [Fact]
    public async Task ScoreAsync_ManyConcurrentCallsOnOneClient_EachGetsItsOwnResult()
    {
        await using var server = await BindTestServer.StartEchoAsync();
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));
        var inputs = Enumerable.Range(0, 24).Select(i => $"38591{i:D7}").ToArray();

        var results = await Task.WhenAll(inputs.Select(m => client.ScoreAsync(m))).WaitAsync(TestTimeouts.Wait);

        Assert.Equal(inputs, results.Select(r => r.Msisdn));
        Assert.Equal(24, server.Requests.Count);
    }
}
