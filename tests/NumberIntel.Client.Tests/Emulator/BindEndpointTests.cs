using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

public sealed class BindEndpointTests(SharedEmulator shared) : IClassFixture<SharedEmulator>
{
    private static readonly string[] PhoneKeys =
    [
        "country_calling_code", "country_name", "current_network_mobile_code", "current_network_name", "first_ported", "first_seen",
        "initial_network_name", "initial_network_mobile_code", "last_ported", "mobile_country_code", "ported_times", "type",
    ];

    private static readonly string[] Platforms =
        ["amazon", "apple", "bukalapak", "facebook", "flipkart", "google", "instagram", "linkedin", "snapchat", "telegram", "viber", "whatsapp", "x"];

    [Fact]
    public async Task Score_MissingKey_Returns401PlainTextUnauthorized()
    {
        var answer = await EmulatorCalls.BindRawAsync(shared.Http, shared.Emulator, "{\"msisdn\":[\"385915550101\"]}", key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("text/plain", answer.ContentType);
        Assert.Equal("Unauthorized", answer.Body);
    }

    [Fact]
    public async Task Score_WrongKey_Returns401()
    {
        var answer = await EmulatorCalls.BindAsync(shared.Http, shared.Emulator, ["385915550101"], key: "not-the-key");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("Unauthorized", answer.Body);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[\"385915550101\"]")]
    [InlineData("{\"numbers\":[\"385915550101\"]}")]
    [InlineData("{\"msisdn\":\"385915550101\"}")]
    [InlineData("{\"msisdn\":[{\"n\":1}]}")]
    public async Task Score_InvalidBody_Returns400(string body)
    {
        var answer = await EmulatorCalls.BindRawAsync(shared.Http, shared.Emulator, body, shared.Emulator.BindApiKey);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("text/plain", answer.ContentType);
    }

    [Fact]
    public async Task Score_InvalidBodyAndWrongKey_ChecksTheKeyFirst()
    {
        var answer = await EmulatorCalls.BindRawAsync(shared.Http, shared.Emulator, "{not json", "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
    }

    [Fact]
    public async Task Score_GetInsteadOfPost_Returns405()
    {
        using var response = await shared.Http.GetAsync(new Uri(shared.Emulator.BindBaseAddress, "lookup/number-scoring"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Score_SuccessItem_HasTheDocExampleShapeAndKeyOrder()
    {
        var answer = await EmulatorCalls.BindAsync(shared.Http, shared.Emulator, ["385915550101"]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/json", answer.ContentType);
        var item = Assert.Single(answer.Json.EnumerateArray());
        Assert.Equal(["date", "msisdn", "phone", "response", "scoring", "security", "social_presence"], Names(item));
        Assert.Equal(PhoneKeys, Names(item.GetProperty("phone")));
        Assert.Equal(["credibility"], Names(item.GetProperty("scoring")));
        Assert.Equal(["data_breaches_count", "data_breaches_first_breach", "data_breaches_last_breach", "is_disposable"], Names(item.GetProperty("security")));
        Assert.Equal(Platforms, Names(item.GetProperty("social_presence")));
        Assert.Equal(["has", "is_business"], Names(item.GetProperty("social_presence").GetProperty("whatsapp")));
        Assert.Equal(0, item.GetProperty("response").GetInt32());
    }

    [Fact]
    public async Task Score_SuccessItem_UsesStringsWhereTheVendorDoes()
    {
        var item = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, "385915550101");
        var phone = item.GetProperty("phone");

        Assert.Equal("385", phone.GetProperty("country_calling_code").GetString());
        Assert.Equal("Croatia", phone.GetProperty("country_name").GetString());
        Assert.Equal("219", phone.GetProperty("mobile_country_code").GetString());
        Assert.Equal(JsonValueKind.String, phone.GetProperty("current_network_mobile_code").ValueKind);
        Assert.Matches("^[0-9]{2}$", phone.GetProperty("current_network_mobile_code").GetString());
        Assert.Equal(JsonValueKind.Number, phone.GetProperty("ported_times").ValueKind);
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", phone.GetProperty("first_seen").GetString());
        Assert.Equal(JsonValueKind.Number, item.GetProperty("security").GetProperty("data_breaches_count").ValueKind);
    }

    [Fact]
    public async Task Score_SocialPresence_IsYesNoOrNaStrings()
    {
        var answer = await EmulatorCalls.BindAsync(shared.Http, shared.Emulator, [.. Enumerable.Range(0, 30).Select(i => "38598123" + (4000 + i))]);

        var values = answer.Json.EnumerateArray()
            .Where(i => i.TryGetProperty("social_presence", out _))
            .SelectMany(i => i.GetProperty("social_presence").EnumerateObject())
            .SelectMany(p => p.Value.EnumerateObject())
            .Select(p => p.Value.GetString())
            .ToHashSet();
        Assert.Subset(new HashSet<string?> { "yes", "no", "n/a" }, values);
        Assert.Contains("yes", values);
        Assert.Contains("no", values);
        Assert.Contains("n/a", values);
    }

    [Fact]
    public async Task Score_Landline_SendsNullsForMobileCodes()
    {
        var phone = (await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, MagicNumbers.HrVerifiedLandline)).GetProperty("phone");

        Assert.Equal("landline", phone.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, phone.GetProperty("mobile_country_code").ValueKind);
        Assert.Equal(JsonValueKind.Null, phone.GetProperty("current_network_mobile_code").ValueKind);
        Assert.Equal(JsonValueKind.Null, phone.GetProperty("first_ported").ValueKind);
    }

    [Fact]
    public async Task Score_Date_IsIso8601WithMillisecondsFromTheEmulatorClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 21, 17, 21, 56, 526, TimeSpan.Zero));
        await using var emulator = await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { TimeProvider = clock });

        var item = await EmulatorCalls.BindItemAsync(shared.Http, emulator, "385915550101");

        Assert.Equal("2025-06-21T17:21:56.526Z", item.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Score_SeveralNumbers_OneItemPerNumberInOrderEchoingTheMsisdn()
    {
        string[] numbers = ["385915550101", "12125550106", "385915550119", "447400555101", "385915550101"];

        var answer = await EmulatorCalls.BindAsync(shared.Http, shared.Emulator, numbers);

        Assert.Equal(numbers, answer.Json.EnumerateArray().Select(i => i.GetProperty("msisdn").GetString()).ToArray());
    }

    [Fact]
    public async Task Score_EmptyList_ReturnsEmptyArray()
    {
        var answer = await EmulatorCalls.BindAsync(shared.Http, shared.Emulator, []);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("[]", answer.Body);
    }

    [Theory]
    [InlineData("38591abc0101")]
    [InlineData("385")]
    [InlineData("1012555010")]
    [InlineData("3859055501019")]
    public async Task Score_NotAValidNumber_ItemIsCode5WithOnlyRequiredFields(string msisdn)
    {
        var item = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, msisdn);

        Assert.Equal(5, item.GetProperty("response").GetInt32());
        Assert.Equal(["date", "msisdn", "response"], Names(item));
        Assert.Equal(msisdn, item.GetProperty("msisdn").GetString());
    }

    [Fact]
    public async Task Score_MoreThanTheBatchCap_Returns400()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { BindMaxBatchSize = 3 });

        var answer = await EmulatorCalls.BindAsync(shared.Http, emulator, ["385915550101", "385915550102", "385915550103", "385915550106"]);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("at most 3", answer.Body, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Bind.Lookups);
    }

    [Fact]
    public async Task Score_CallbackUrl_IsRecordedNotCalled()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();

        var answer = await EmulatorCalls.BindAsync(shared.Http, emulator, ["385915550101"], callbackUrl: "https://example.com/hook");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var request = Assert.Single(emulator.Bind.ReceivedRequests);
        Assert.Equal("https://example.com/hook", request.CallbackUrl);
        Assert.Equal(["385915550101"], request.Numbers);
    }

    [Fact]
    public async Task Score_Request_RecordsKeyLocationButNeverTheKey()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();

        await EmulatorCalls.BindAsync(shared.Http, emulator, ["385915550101"]);

        var request = Assert.Single(emulator.Bind.ReceivedRequests);
        Assert.Equal(EmulatorApiKeyLocation.Header, request.ApiKeyLocation);
        Assert.Equal("***", request.Headers["X-API-KEY"]);
        Assert.DoesNotContain(request.Headers.Values, v => v.Contains(emulator.BindApiKey, StringComparison.Ordinal));
        Assert.Equal("/bind/lookup/number-scoring", request.Path);
        Assert.Equal("POST", request.Method);
    }

    [Fact]
    public async Task Score_PlusPrefixedMsisdn_IsLookedUpAndEchoedAsSent()
    {
        var item = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, "385915550101");
        var plus = Assert.Single((await EmulatorCalls.BindAsync(shared.Http, shared.Emulator, ["+385915550101"])).Json.EnumerateArray());

        Assert.Equal("+385915550101", plus.GetProperty("msisdn").GetString());
        Assert.Equal(item.GetProperty("phone").GetRawText(), plus.GetProperty("phone").GetRawText());
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
