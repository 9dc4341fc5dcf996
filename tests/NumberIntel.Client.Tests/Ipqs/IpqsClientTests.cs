using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Tests.Http;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Ipqs;

public sealed class IpqsClientTests
{
    private const string Key = TransportTestSupport.ApiKey;

    private static IpqsOptions Options(WireMockStub server) => new() { ApiKey = Key, BaseAddress = server.BaseAddress };

    private static Task<WireMockStub> StartFixtureAsync(string fixture) =>
        WireMockStub.StartAsync(200, "application/json", Fixture.Read("Ipqs/" + fixture));

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Query(RecordedRequest request) =>
        QueryHelpers.ParseQuery(new Uri("http://h" + request.PathAndQuery).Query);

    [Fact]
    public async Task ValidateAsync_FullSuccessFixture_MapsTopLevelFields()
    {
        await using var server = await StartFixtureAsync("phone-success-full.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var r = await client.ValidateAsync("+18005551234");

        Assert.True(r.Success);
        Assert.Equal("Success.", r.Message);
        Assert.Equal("4Q3r2LvmDVw9k1a", r.RequestId);
        Assert.True(r.Valid);
        Assert.True(r.Active);
        Assert.Equal("+18005551234", r.Formatted);
        Assert.Equal("(800) 555-1234", r.LocalFormat);
        Assert.Equal(87, r.FraudScore);
        Assert.True(r.RecentAbuse);
        Assert.True(r.Voip);
        Assert.False(r.Prepaid);
        Assert.True(r.Risky);
        Assert.Equal("Jane Doe, Acme Inc", r.Name);
        Assert.Equal("Google Voice", r.Carrier);
        Assert.Equal("VOIP", r.LineType);
        Assert.Equal(IpqsLineType.Voip, r.LineTypeKind);
        Assert.Equal("US", r.Country);
        Assert.Equal("CA", r.Region);
        Assert.Equal("Mountain View", r.City);
        Assert.Equal("94043", r.ZipCode);
        Assert.Equal("America/Los_Angeles", r.Timezone);
        Assert.Equal(1, r.DialingCode);
        Assert.True(r.AccurateCountryCode);
        Assert.True(r.DoNotCall);
        Assert.True(r.Leaked);
        Assert.False(r.Spammer);
        Assert.False(r.TcpaBlacklist);
        Assert.Equal("Active Line - High Confidence", r.ActiveStatus);
        Assert.Equal(IpqsActiveStatus.ActiveHighConfidence, r.ActiveStatusKind);
        Assert.Equal("high", r.UserActivity);
        Assert.Equal("txt.voice.google.com", r.SmsDomain);
        Assert.Equal("8005551234@txt.voice.google.com", r.SmsEmail);
        Assert.Equal("310", r.Mcc);
        Assert.Equal("004", r.Mnc);
        Assert.Empty(r.Errors!);
        Assert.Equal(JsonValueKind.Array, r.IdentityData?.ValueKind);
        Assert.Null(r.AdditionalProperties);
    }

    [Fact]
    public async Task ValidateAsync_FullSuccessFixture_MapsNestedObjects()
    {
        await using var server = await StartFixtureAsync("phone-success-full.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var r = await client.ValidateAsync("+18005551234");

        Assert.Equal("Enterprise Plus or higher required.", r.AssociatedEmailAddresses?.Status);
        Assert.Equal(["jane@example.com", "j.doe@example.org"], r.AssociatedEmailAddresses?.Emails);
        var recycling = Assert.IsType<IpqsNumberRecycling>(r.NumberRecycling);
        Assert.Equal("Number was ported recently.", recycling.Message);
        Assert.False(recycling.RecentlyRecycled);
        Assert.Equal(new DateOnly(2023, 11, 2), recycling.LastPortedDate);
        Assert.True(recycling.Ported);
    }

    [Fact]
    public async Task ValidateAsync_FullSuccessFixture_MapsEveryTransactionDetail()
    {
        await using var server = await StartFixtureAsync("phone-success-full.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var t = Assert.IsType<IpqsTransactionDetails>((await client.ValidateAsync("+18005551234")).TransactionDetails);

        Assert.Equal(42.5, t.RiskScore);
        Assert.Equal(["Billing email is disposable", "Shipping address mismatch"], t.RiskFactors);
        Assert.True(t.ValidBillingAddress);
        Assert.False(t.ValidShippingAddress);
        Assert.True(t.ValidBillingEmail);
        Assert.Null(t.ValidShippingEmail);
        Assert.False(t.LeakedBillingEmail);
        Assert.Null(t.LeakedShippingEmail);
        Assert.True(t.LeakedUserData);
        Assert.False(t.RiskyBillingPhone);
        Assert.Null(t.RiskyShippingPhone);
        Assert.True(t.ValidBillingPhone);
        Assert.Null(t.ValidShippingPhone);
        Assert.False(t.RiskyUsername);
        Assert.Null(t.IsPrepaidCard);
        Assert.False(t.FraudulentBehavior);
        Assert.Equal("AT&T", t.BillingPhoneCarrier);
        Assert.Null(t.ShippingPhoneCarrier);
        Assert.Equal("Wireless", t.BillingPhoneLineType);
        Assert.Null(t.ShippingPhoneLineType);
        Assert.Equal("US", t.BillingPhoneCountry);
        Assert.Null(t.ShippingPhoneCountry);
        Assert.Equal("US", t.BinCountry);
        Assert.Equal(1, t.BillingPhoneCountryCode);
        Assert.Null(t.ShippingPhoneCountryCode);
        Assert.Equal("Match", t.PhoneNameIdentityMatch);
        Assert.Equal("Mismatch", t.PhoneEmailIdentityMatch);
        Assert.Equal("No Match", t.PhoneAddressIdentityMatch);
        Assert.Equal("Unknown", t.EmailNameIdentityMatch);
        Assert.Equal("Match", t.NameAddressIdentityMatch);
        Assert.Equal("Unknown", t.AddressEmailIdentityMatch);
    }

    [Fact]
    public async Task ValidateAsync_NullableFixture_NullBooleansAndNaStringsAreNull()
    {
        await using var server = await StartFixtureAsync("phone-nullable.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var r = await client.ValidateAsync("+18005551234");

        Assert.False(r.Valid);
        Assert.Null(r.RecentAbuse);
        Assert.Null(r.Voip);
        Assert.Null(r.Prepaid);
        Assert.Null(r.Risky);
        Assert.Null(r.Active);
        Assert.Null(r.DialingCode);
        Assert.Null(r.Mcc);
        Assert.Null(r.Mnc);
        Assert.Null(r.Carrier);
        Assert.Null(r.Formatted);
        Assert.Null(r.TransactionDetails);
        Assert.Null(r.IdentityData);
        Assert.Equal(IpqsLineType.Unknown, r.LineTypeKind);
        Assert.Equal(IpqsActiveStatus.Unknown, r.ActiveStatusKind);
        Assert.Null(r.NumberRecycling?.RecentlyRecycled);
        Assert.True(r.AdditionalProperties?.ContainsKey("brand_new_field"));
    }

    [Fact]
    public async Task ValidateAsync_InvalidKeyBody_ThrowsAuthenticationWithRequestId()
    {
        await using var server = await StartFixtureAsync("error-invalid-key.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelAuthenticationException>(() => client.ValidateAsync("+18005551234"));

        Assert.Equal("Kd0rRJk0xq", ex.RequestId);
        Assert.Equal("Invalid or unauthorized key. Please check the API key and try again.", ex.VendorCode);
        Assert.Equal(NumberIntelVendor.Ipqs, ex.Vendor);
        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Contains("NumberIntel:Ipqs:ApiKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_InsufficientCreditsBody_ThrowsAccountWithRequestId()
    {
        await using var server = await StartFixtureAsync("error-insufficient-credits.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelAccountException>(() => client.ValidateAsync("+18005551234"));

        Assert.Equal("4l5UdM9Zfa", ex.RequestId);
        Assert.Contains("insufficient credits", ex.VendorCode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_QuotaExceededBody_ThrowsAccountWithRequestId()
    {
        await using var server = await StartFixtureAsync("error-quota-exceeded.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelAccountException>(() => client.ValidateAsync("+18005551234"));

        Assert.Equal("9c1hQw2Rtp", ex.RequestId);
        Assert.Contains("request quota of 200 per day", ex.VendorCode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_UnknownUnsuccessfulBody_ThrowsVendorWithMessage()
    {
        await using var server = await StartFixtureAsync("error-unknown.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ValidateAsync("+18005551234"));

        Assert.Equal("Xy7Tz0Ab", ex.RequestId);
        Assert.Equal("Something unexpected happened on our side. Please try again later.", ex.VendorCode);
    }

    [Fact]
    public async Task ValidateAsync_UnsuccessfulBodyWithFraudScore_ThrowsInsteadOfReturningFields()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json",
            """{"success":false,"message":"INVALID OR UNAUTHORIZED KEY","fraud_score":0,"valid":true,"request_id":"r1"}""");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        await Assert.ThrowsAsync<NumberIntelAuthenticationException>(() => client.ValidateAsync("+18005551234"));
    }

    [Fact]
    public async Task ValidateAsync_VendorMessageEchoesKey_KeyScrubbedFromException()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json",
            $$"""{"success":false,"message":"Invalid key {{Key}} supplied.","request_id":"r2"}""");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelAuthenticationException>(() => client.ValidateAsync("+18005551234"));

        Assert.DoesNotContain(Key, TransportTestSupport.AllText(ex), StringComparison.Ordinal);
        Assert.Contains("***", ex.VendorCode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_UnsuccessfulWithReasonOnlyInErrors_ClassifiedFromErrors()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json",
            """{"success":false,"message":"","errors":["You have insufficient credits to make this query."],"request_id":"r3"}""");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelAccountException>(() => client.ValidateAsync("+18005551234"));

        Assert.Equal("r3", ex.RequestId);
        Assert.Contains("insufficient credits", ex.VendorCode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_SuccessFlagMissingButResultFields_ReturnedAsResult()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json", """{"valid":true,"fraud_score":12}""");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var r = await client.ValidateAsync("+18005551234");

        Assert.Equal(12, r.FraudScore);
    }

    [Fact]
    public async Task ValidateAsync_BodyWithoutSuccessFlagOrResult_ThrowsVendor()
    {
        await using var server = await WireMockStub.StartAsync(200, "application/json", "{}");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ValidateAsync("+18005551234"));
    }

    [Fact]
    public async Task ValidateAsync_Request_QueryStringBuiltAndEncoded()
    {
        await using var server = await StartFixtureAsync("phone-success-full.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));
        var request = new IpqsPhoneRequest
        {
            Strictness = 1,
            Countries = ["US", "CA"],
            EnhancedLineCheck = true,
            EnhancedNameCheck = false,
            SmsPumping = true,
            CustomVariables = new Dictionary<string, string> { ["userID"] = "u 42&x=1", ["transactionID"] = "čćž/+" },
            TransactionParameters = new Dictionary<string, string> { ["billing_email"] = "jane+test@example.com" },
        };

        await client.ValidateAsync("+1 800 555-1234", request);

        var recorded = Assert.Single(server.Requests);
        Assert.Equal("GET", recorded.Method);
        Assert.StartsWith("/json/phone?", recorded.PathAndQuery, StringComparison.Ordinal);
        var query = Query(recorded);
        Assert.Equal("+1 800 555-1234", query["phone"]);
        Assert.Equal("1", query["strictness"]);
        Assert.Equal(new[] { "US", "CA" }, query["country[]"].Select(v => v!));
        Assert.Equal("true", query["enhanced_line_check"]);
        Assert.Equal("false", query["enhanced_name_check"]);
        Assert.Equal("true", query["sms_pumping"]);
        Assert.Equal("u 42&x=1", query["userID"]);
        Assert.Equal("čćž/+", query["transactionID"]);
        Assert.Equal("jane+test@example.com", query["billing_email"]);
        Assert.False(query.ContainsKey("x"));
    }

    [Fact]
    public async Task ValidateAsync_Request_PlusInPhoneIsPercentEncoded()
    {
        await using var server = await StartFixtureAsync("phone-success-full.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        await client.ValidateAsync("+18005551234", new IpqsPhoneRequest { Countries = ["US"] });

        var path = Assert.Single(server.Requests).PathAndQuery;
        Assert.Contains("phone=%2B18005551234", path, StringComparison.Ordinal);
        Assert.Contains("country%5B%5D=US", path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_Request_KeyOnlyInIpqsKeyHeader()
    {
        await using var server = await StartFixtureAsync("phone-success-full.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        await client.ValidateAsync("+18005551234", new IpqsPhoneRequest { Strictness = 0 });

        var recorded = Assert.Single(server.Requests);
        Assert.Equal(Key, recorded.Headers["IPQS-KEY"]);
        Assert.DoesNotContain(Key, recorded.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, Uri.UnescapeDataString(recorded.PathAndQuery), StringComparison.Ordinal);
        Assert.Equal("/json/phone", recorded.PathAndQuery.Split('?')[0]);
        Assert.Equal("application/json", recorded.Headers["Accept"]);
    }

    [Fact]
    public async Task ValidateAsync_NoRequest_OnlyPhoneSent()
    {
        await using var server = await StartFixtureAsync("phone-success-full.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        await client.ValidateAsync("+18005551234");

        Assert.Equal("/json/phone?phone=%2B18005551234", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public async Task ValidateAsync_NoRequestButDefaultRequestConfigured_DefaultUsed()
    {
        await using var server = await StartFixtureAsync("phone-success-full.json");
        using var http = new HttpClient();
        var options = Options(server);
        options.DefaultRequest = new IpqsPhoneRequest { Strictness = 2, Countries = ["HR"] };
        var client = new IpqsClient(http, options);

        await client.ValidateAsync("+385911234567");

        var query = Query(Assert.Single(server.Requests));
        Assert.Equal("2", query["strictness"]);
        Assert.Equal("HR", query["country[]"]);
    }

    [Fact]
    public async Task ValidateAsync_BaseAddressWithPath_PathIsKept()
    {
        await using var server = await StartFixtureAsync("phone-success-full.json");
        using var http = new HttpClient();
        var options = Options(server);
        options.BaseAddress = new Uri(server.BaseAddress, "api/");

        await new IpqsClient(http, options).ValidateAsync("+18005551234");

        Assert.StartsWith("/api/json/phone?", Assert.Single(server.Requests).PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public async Task ValidateAsync_StrictnessOutOfRange_ThrowsWithoutSending(int strictness)
    {
        await using var server = await StartFixtureAsync("phone-success-full.json");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.ValidateAsync("+18005551234", new IpqsPhoneRequest { Strictness = strictness }));

        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("key")]
    [InlineData("KEY")]
    [InlineData("phone")]
    [InlineData("strictness")]
    [InlineData("country[]")]
    [InlineData("")]
    public async Task ValidateAsync_ReservedCustomVariableName_Throws(string name)
    {
        using var http = new HttpClient();
        var client = new IpqsClient(http, new IpqsOptions { ApiKey = Key });

        await Assert.ThrowsAsync<ArgumentException>(() => client.ValidateAsync(
            "+18005551234",
            new IpqsPhoneRequest { CustomVariables = new Dictionary<string, string> { [name] = "x" } }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ValidateAsync_EmptyPhone_ThrowsArgument(string? phone)
    {
        using var http = new HttpClient();
        var client = new IpqsClient(http, new IpqsOptions { ApiKey = Key });

        await Assert.ThrowsAsync<ArgumentException>(() => client.ValidateAsync(phone!));
    }

    [Fact]
    public void Ctor_InvalidDefaultRequest_Throws()
    {
        using var http = new HttpClient();

        Assert.Throws<ArgumentOutOfRangeException>(() => new IpqsClient(http, new IpqsOptions { ApiKey = Key, DefaultRequest = new IpqsPhoneRequest { Strictness = 5 } }));
    }

    [Fact]
    public void Ctor_MissingApiKey_ThrowsNamingConfigurationKey()
    {
        using var http = new HttpClient();

        var ex = Assert.Throws<ArgumentException>(() => new IpqsClient(http, new IpqsOptions()));

        Assert.Contains("NumberIntel:Ipqs:ApiKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_HttpRemoteBaseAddress_ThrowsNamingTheOption()
    {
        using var http = new HttpClient();

        var ex = Assert.Throws<ArgumentException>(() => new IpqsClient(http, new IpqsOptions { ApiKey = Key, BaseAddress = new Uri("http://www.ipqualityscore.com/api/") }));

        Assert.Contains("IpqsOptions.BaseAddress must use https", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401, typeof(NumberIntelAuthenticationException))]
    [InlineData(403, typeof(NumberIntelAuthenticationException))]
    [InlineData(429, typeof(NumberIntelThrottledException))]
    [InlineData(500, typeof(NumberIntelVendorException))]
    [InlineData(503, typeof(NumberIntelVendorException))]
    public async Task ValidateAsync_HttpError_MappedToTypedException(int status, Type expected)
    {
        await using var server = await WireMockStub.StartAsync(status, "text/plain", "nope");
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var ex = await Assert.ThrowsAnyAsync<NumberIntelException>(() => client.ValidateAsync("+18005551234"));

        Assert.IsType(expected, ex);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(NumberIntelVendor.Ipqs, ex.Vendor);
    }

    [Theory]
    [InlineData("text/html", "<!DOCTYPE html><html><body>Cloudflare</body></html>")]
    [InlineData("application/json", "")]
    [InlineData("application/json", "[{\"success\":true}]")]
    [InlineData("application/json", "{\"success\":true,\"valid\":")]
    public async Task ValidateAsync_UnusableBody_ThrowsVendorWithInnerJsonException(string contentType, string body)
    {
        await using var server = await WireMockStub.StartAsync(200, contentType, body);
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.ValidateAsync("+18005551234"));

        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    [Fact]
    public async Task ValidateAsync_BrotliResponse_ReadCorrectly()
    {
        var bytes = TransportTestSupport.Brotli(Fixture.Read("Ipqs/phone-success-full.json"));
        await using var server = await WireMockStub.StartAsync(_ => new StubReply(200, "application/json", bytes, new Dictionary<string, string> { ["Content-Encoding"] = "br" }));
        using var http = new HttpClient();
        var client = new IpqsClient(http, Options(server));

        var r = await client.ValidateAsync("+18005551234");

        Assert.Equal(87, r.FraudScore);
    }

    [Fact]
    public async Task ValidateAsync_DebugLogging_RedactsPhoneAndNeverLogsKey()
    {
        await using var server = await StartFixtureAsync("phone-success-full.json");
        using var http = new HttpClient();
        var logger = new CapturingLogger<IpqsClient>();
        var client = new IpqsClient(http, Options(server), logger, null);

        await client.ValidateAsync("+18005551234");

        var text = logger.AllText();
        Assert.Contains("18005****34", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+18005", text, StringComparison.Ordinal);
        Assert.DoesNotContain("18005551234", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
    }
}
