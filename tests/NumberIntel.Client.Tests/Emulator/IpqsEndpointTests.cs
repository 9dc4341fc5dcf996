using System.Net;
using System.Text;
using System.Text.Json;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

public sealed class IpqsEndpointTests(SharedEmulator shared) : IClassFixture<SharedEmulator>
{
    private static readonly string[] DocumentedFields =
    [
        "message", "success", "formatted", "local_format", "valid", "fraud_score", "recent_abuse", "VOIP", "prepaid", "risky", "active",
        "name", "carrier", "line_type", "country", "region", "city", "zip_code", "dialing_code", "active_status", "sms_domain",
        "associated_email_addresses", "user_activity", "mnc", "mcc", "leaked", "spammer", "request_id", "timezone", "do_not_call",
        "tcpa_blacklist", "accurate_country_code", "sms_email", "number_recycling", "errors",
    ];

    private const string BadKeyMessage = "Invalid or unauthorized key. Please check the API key and try again.";

    [Fact]
    public async Task Validate_HeaderKey_AnswersWithEveryDocumentedField()
    {
        var answer = await EmulatorCalls.IpqsAsync(shared.Http, shared.Emulator, MagicNumbers.UsVerifiedMobile);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/json", answer.ContentType);
        Assert.Equal(DocumentedFields, answer.Json.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.True(answer.Json.GetProperty("success").GetBoolean());
        Assert.Equal("Success.", answer.Json.GetProperty("message").GetString());
        Assert.Equal(0, answer.Json.GetProperty("errors").GetArrayLength());
        Assert.Matches("^[A-Za-z0-9]{10}$", answer.Json.GetProperty("request_id").GetString());
    }

    [Fact]
    public async Task Validate_Success_WritesVoipInUpperCaseAndPlusUnescaped()
    {
        var answer = await EmulatorCalls.IpqsAsync(shared.Http, shared.Emulator, MagicNumbers.UsLowVoip);

        Assert.Contains("\"VOIP\":true", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"voip\"", answer.Body, StringComparison.Ordinal);
        Assert.Contains("\"formatted\":\"+12125550106\"", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Landline_SaysNaForUnknownStrings()
    {
        var json = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, MagicNumbers.GbVerifiedLandline);

        Assert.Equal("N/A", json.GetProperty("mcc").GetString());
        Assert.Equal("N/A", json.GetProperty("mnc").GetString());
        Assert.Equal("N/A", json.GetProperty("sms_domain").GetString());
        Assert.Equal("N/A", json.GetProperty("name").GetString());
        Assert.Equal("London", json.GetProperty("city").GetString());
        Assert.Equal("020 7946 0102", json.GetProperty("local_format").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("prepaid").ValueKind);
    }

    [Fact]
    public async Task Validate_UsMobile_HasCarrierMccMncAndSmsGateway()
    {
        var json = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, MagicNumbers.UsVerifiedMobile);

        Assert.Equal("+12125550101", json.GetProperty("formatted").GetString());
        Assert.Equal("(212) 555-0101", json.GetProperty("local_format").GetString());
        Assert.Equal(1, json.GetProperty("dialing_code").GetInt32());
        Assert.Matches("^[0-9]{3}$", json.GetProperty("mcc").GetString());
        Assert.Matches("^[0-9]{2,3}$", json.GetProperty("mnc").GetString());
        Assert.EndsWith("@" + json.GetProperty("sms_domain").GetString(), json.GetProperty("sms_email").GetString(), StringComparison.Ordinal);
        Assert.Equal("America/New_York", json.GetProperty("timezone").GetString());
        Assert.Equal(JsonValueKind.Number, json.GetProperty("fraud_score").ValueKind);
    }

    [Fact]
    public async Task Validate_NestedObjects_HaveTheSeenShapes()
    {
        var json = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, MagicNumbers.HrVerifiedMobile);

        var emails = json.GetProperty("associated_email_addresses");
        Assert.Equal(JsonValueKind.String, emails.GetProperty("status").ValueKind);
        Assert.Equal(JsonValueKind.Array, emails.GetProperty("emails").ValueKind);
        var recycling = json.GetProperty("number_recycling");
        Assert.Equal(["message", "recently_recycled", "last_ported_date", "ported"], recycling.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public async Task Validate_PostForm_AnswersLikeGet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(shared.Emulator.IpqsBaseAddress, "json/phone"))
        {
            Content = new FormUrlEncodedContent([new("phone", MagicNumbers.HrLowFraudScore), new("strictness", "1")]),
        };
        request.Headers.Add("IPQS-KEY", shared.Emulator.IpqsApiKey);

        var answer = await EmulatorCalls.SendAsync(shared.Http, request);

        Assert.True(answer.Json.GetProperty("success").GetBoolean());
        Assert.Equal("+385915550112", answer.Json.GetProperty("formatted").GetString());
        Assert.Equal(88, answer.Json.GetProperty("fraud_score").GetInt32());
    }

    [Fact]
    public async Task Validate_PostJson_ReadsPhoneAndCountryList()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(shared.Emulator.IpqsBaseAddress, "json/phone"))
        {
            Content = new StringContent("{\"phone\":\"2125550101\",\"country\":[\"US\",\"CA\"],\"strictness\":0}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("IPQS-KEY", shared.Emulator.IpqsApiKey);

        var answer = await EmulatorCalls.SendAsync(shared.Http, request);

        Assert.Equal("+12125550101", answer.Json.GetProperty("formatted").GetString());
        Assert.True(answer.Json.GetProperty("accurate_country_code").GetBoolean());
    }

    [Fact]
    public async Task Validate_KeyInPath_IsAcceptedAndRecordedWithoutTheKey()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        var uri = new Uri(emulator.IpqsBaseAddress, "json/phone/" + emulator.IpqsApiKey + "/" + Uri.EscapeDataString(MagicNumbers.DeVerifiedMobile));

        var answer = await EmulatorCalls.SendAsync(shared.Http, new HttpRequestMessage(HttpMethod.Get, uri));

        Assert.True(answer.Json.GetProperty("success").GetBoolean());
        Assert.Equal("DE", answer.Json.GetProperty("country").GetString());
        var request = Assert.Single(emulator.Ipqs.ReceivedRequests);
        Assert.Equal(EmulatorApiKeyLocation.Path, request.ApiKeyLocation);
        Assert.DoesNotContain(emulator.IpqsApiKey, request.Path, StringComparison.Ordinal);
        Assert.StartsWith("/ipqs/api/json/phone/{key}/", request.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WrongKeyInPath_AnswersTheKeyError()
    {
        var uri = new Uri(shared.Emulator.IpqsBaseAddress, "json/phone/wrong-key/" + Uri.EscapeDataString(MagicNumbers.DeVerifiedMobile));

        var answer = await EmulatorCalls.SendAsync(shared.Http, new HttpRequestMessage(HttpMethod.Get, uri));

        Assert.False(answer.Json.GetProperty("success").GetBoolean());
        Assert.Equal(BadKeyMessage, answer.Json.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("")]
    public async Task Validate_BadKey_Answers200WithSuccessFalseAndTheVendorMessage(string key)
    {
        var answer = await EmulatorCalls.IpqsAsync(shared.Http, shared.Emulator, MagicNumbers.UsVerifiedMobile, key: key);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(["success", "message", "request_id"], answer.Json.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.False(answer.Json.GetProperty("success").GetBoolean());
        Assert.Equal(BadKeyMessage, answer.Json.GetProperty("message").GetString());
        Assert.False(answer.Json.TryGetProperty("fraud_score", out _));
    }

    [Fact]
    public async Task Validate_NoKeyHeader_AnswersTheKeyError()
    {
        var answer = await EmulatorCalls.SendAsync(shared.Http, new HttpRequestMessage(HttpMethod.Get, EmulatorCalls.IpqsUri(shared.Emulator, MagicNumbers.UsVerifiedMobile)));

        Assert.Equal(BadKeyMessage, answer.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Validate_NationalNumberWithCountry_IsPlacedInThatCountry()
    {
        var json = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, "091 555 0101", "&country[]=HR");

        Assert.Equal("+385915550101", json.GetProperty("formatted").GetString());
        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.True(json.GetProperty("accurate_country_code").GetBoolean());
    }

    [Theory]
    [InlineData("&country[]=US&country[]=GB", "GB", "+447400555101")]
    [InlineData("&country[]=GB&country[]=DE", "GB", "+447400555101")]
    [InlineData("&country[]=DE&country[]=GB", "DE", "+497400555101")]
    public async Task Validate_NationalNumberWithSeveralCountries_FirstCountryWhereItIsValidWins(string countries, string country, string formatted)
    {
        var json = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, "07400 555101", countries);

        Assert.Equal(country, json.GetProperty("country").GetString());
        Assert.Equal(formatted, json.GetProperty("formatted").GetString());
    }

    [Fact]
    public async Task Validate_CanadianNumberWithUsAndCa_IsCanadian()
    {
        var json = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, "(416) 555-2368", "&country[]=US&country[]=CA");

        Assert.Equal("CA", json.GetProperty("country").GetString());
        Assert.Equal("+14165552368", json.GetProperty("formatted").GetString());
        Assert.True(json.GetProperty("accurate_country_code").GetBoolean());
    }

    [Fact]
    public async Task Validate_ShortNationalNumberWithoutCountry_IsInvalid()
    {
        var json = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, "0915550101");

        Assert.True(json.GetProperty("success").GetBoolean());
        Assert.False(json.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Validate_CountryThatDoesNotMatch_AccurateCountryCodeFalse()
    {
        var json = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, MagicNumbers.HrVerifiedMobile, "&country[]=US");

        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.False(json.GetProperty("accurate_country_code").GetBoolean());
    }

    [Fact]
    public async Task Validate_Strictness_RaisesPseudoRandomFraudScoreAndIsRecorded()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        const string number = "+385981234567";

        var relaxed = await EmulatorCalls.IpqsJsonAsync(shared.Http, emulator, number, "&strictness=0");
        var strict = await EmulatorCalls.IpqsJsonAsync(shared.Http, emulator, number, "&strictness=2");

        Assert.Equal(Math.Min(100, relaxed.GetProperty("fraud_score").GetInt32() + 10), strict.GetProperty("fraud_score").GetInt32());
        Assert.Equal([0, 2], emulator.Ipqs.ReceivedRequests.Select(r => r.Strictness).ToArray());
    }

    [Fact]
    public async Task Validate_CountryList_IsRecordedInOrder()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();

        await EmulatorCalls.IpqsJsonAsync(shared.Http, emulator, "2125550101", "&country[]=US&country[]=CA");

        var request = Assert.Single(emulator.Ipqs.ReceivedRequests);
        Assert.Equal(["US", "CA"], request.Countries);
        Assert.Equal(["2125550101"], request.Numbers);
        Assert.Equal(EmulatorApiKeyLocation.Header, request.ApiKeyLocation);
        Assert.Equal("***", request.Headers["IPQS-KEY"]);
    }

    [Fact]
    public async Task Validate_EnhancedNameCheck_FillsNameOnlyWhenAsked()
    {
        var numbers = Enumerable.Range(0, 20).Select(i => "+38598123" + (5000 + i)).ToArray();

        var plain = new List<string?>();
        var enhanced = new List<string?>();
        foreach (var number in numbers)
        {
            plain.Add((await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, number)).GetProperty("name").GetString());
            enhanced.Add((await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, number, "&enhanced_name_check=true")).GetProperty("name").GetString());
        }

        Assert.All(plain, n => Assert.Equal("N/A", n));
        Assert.Contains(enhanced, n => n != "N/A");
    }

    [Fact]
    public async Task Validate_TransactionParameters_AddTransactionDetails()
    {
        var without = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, MagicNumbers.UsVerifiedMobile);
        var with = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, MagicNumbers.UsVerifiedMobile, "&billing_email=a%40example.com");

        Assert.False(without.TryGetProperty("transaction_details", out _));
        var details = with.GetProperty("transaction_details");
        Assert.Equal(JsonValueKind.Number, details.GetProperty("risk_score").ValueKind);
        Assert.Equal(JsonValueKind.Null, details.GetProperty("valid_billing_email").ValueKind);
        Assert.Equal("Unknown", details.GetProperty("phone_email_identity_match").GetString());
    }

    [Fact]
    public async Task Validate_MissingPhone_AnswersSuccessFalse()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(shared.Emulator.IpqsBaseAddress, "json/phone"));
        request.Headers.Add("IPQS-KEY", shared.Emulator.IpqsApiKey);

        var answer = await EmulatorCalls.SendAsync(shared.Http, request);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.False(answer.Json.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Validate_XmlFormat_IsNotServed()
    {
        using var response = await shared.Http.GetAsync(new Uri(shared.Emulator.IpqsBaseAddress, "xml/phone?phone=1"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Validate_Put_Returns405()
    {
        using var response = await shared.Http.PutAsync(EmulatorCalls.IpqsUri(shared.Emulator, "1"), new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Validate_UnmodelledCountry_GetsAGenericValidProfile()
    {
        var json = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, "+33612345678");
        var bind = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, "33612345678");

        Assert.Equal("FR", json.GetProperty("country").GetString());
        Assert.Equal(33, json.GetProperty("dialing_code").GetInt32());
        Assert.Equal("France", bind.GetProperty("phone").GetProperty("country_name").GetString());
        Assert.Equal("33", bind.GetProperty("phone").GetProperty("country_calling_code").GetString());
    }
}
