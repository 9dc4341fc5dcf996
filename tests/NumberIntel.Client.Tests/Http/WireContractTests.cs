using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace NumberIntel.Client.Tests.Http;

/// <summary>The exact requests the clients put on the wire (WireMock.Net on loopback), through the DI-built Refit clients.</summary>
public sealed class WireContractTests : IDisposable
{
    private readonly WireMockVendor _vendor = new();
    private readonly ServiceProvider _services;

    public WireContractTests()
    {
        _vendor.Server.Given(Request.Create().WithPath("/lookup/number-scoring").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""[{"msisdn":"385911234567","response":0},{"msisdn":"12125550101","response":0}]"""));
        _vendor.Server.Given(Request.Create().WithPath("/api/json/phone").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"success":true,"valid":true,"fraud_score":0}"""));
        _services = WireMockVendor.Services(_vendor.BaseAddress, _vendor.IpqsBaseAddress, TimeSpan.FromSeconds(10), o => o.Bind.CallbackUrl = new Uri("https://example.com/hook"));
    }

    public void Dispose()
    {
        _services.Dispose();
        _vendor.Dispose();
    }

    [Fact]
    public async Task ScoreAsync_Batch_PostsJsonBodyWithKeyInHeaderOnly()
    {
        await _services.GetRequiredService<IBindClient>().ScoreAsync(["+385911234567", "12125550101"]).WaitAsync(TimeSpan.FromSeconds(10));

        var request = Assert.Single(_vendor.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/lookup/number-scoring", request.Path);
        Assert.Equal(WireMockVendor.BindKey, Assert.Single(request.Headers!["X-API-KEY"]));
        Assert.StartsWith("application/json", request.Headers["Content-Type"][0], StringComparison.Ordinal);
        Assert.Contains("application/json", request.Headers["Accept"][0], StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal(["385911234567", "12125550101"], body.RootElement.GetProperty("msisdn").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("https://example.com/hook", body.RootElement.GetProperty("callback_url").GetString());
        Assert.DoesNotContain(WireMockVendor.BindKey, request.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_AllParameters_GetsQueryWithRepeatedCountryArrayAndKeyInHeaderOnly()
    {
        var parameters = new IpqsPhoneRequest
        {
            Strictness = 1,
            Countries = ["US", " CA "],
            EnhancedLineCheck = true,
            EnhancedNameCheck = false,
            SmsPumping = true,
            CustomVariables = new Dictionary<string, string> { ["userID"] = "u 1" },
            TransactionParameters = new Dictionary<string, string> { ["billing_email"] = "a+b@example.com" },
        };

        await _services.GetRequiredService<IIpqsClient>().ValidateAsync("+18005551234", parameters).WaitAsync(TimeSpan.FromSeconds(10));

        var request = Assert.Single(_vendor.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/api/json/phone", request.Path);
        Assert.Equal(WireMockVendor.IpqsKey, Assert.Single(request.Headers!["IPQS-KEY"]));
        var query = Query(request.RawQuery);
        Assert.Equal(["+18005551234"], query["phone"]);
        Assert.Equal(["1"], query["strictness"]);
        Assert.Equal(["US", "CA"], query["country[]"]);
        Assert.Equal(["true"], query["enhanced_line_check"]);
        Assert.Equal(["false"], query["enhanced_name_check"]);
        Assert.Equal(["true"], query["sms_pumping"]);
        Assert.Equal(["u 1"], query["userID"]);
        Assert.Equal(["a+b@example.com"], query["billing_email"]);
        Assert.DoesNotContain(WireMockVendor.IpqsKey, request.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("key", query.Keys, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ValidateAsync_NoParameters_SendsOnlyThePhone()
    {
        await _services.GetRequiredService<IIpqsClient>().ValidateAsync("+18005551234").WaitAsync(TimeSpan.FromSeconds(10));

        var request = Assert.Single(_vendor.Requests);
        Assert.Equal(["phone"], Query(request.RawQuery).Keys);
    }

    /// <summary>The decoded query, each name with its values in order (as a server would read it).</summary>
    private static Dictionary<string, List<string>> Query(string? raw)
    {
        var query = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in (raw ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var name = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            if (!query.TryGetValue(name, out var values))
            {
                query[name] = values = [];
            }

            values.Add(value);
        }

        return query;
    }

    [Fact]
    public async Task RawApi_ResolvedFromDi_CallsTheSameEndpointWithTheSameHandlers()
    {
        var api = _services.GetRequiredService<IBindApi>();

        using var response = await api.ScoreAsync(WireMockVendor.BindKey, new BindScoringRequest { Msisdn = ["385911234567"] }).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(response.IsSuccessful);
        Assert.Equal("385911234567", response.Content!.Items[0].Msisdn);
        var request = Assert.Single(_vendor.Requests);
        Assert.Equal("/lookup/number-scoring", request.Path);
        Assert.Contains("gzip", request.Headers!["Accept-Encoding"][0], StringComparison.Ordinal);
    }
}
