using System.Net;
using System.Text;
using System.Text.Json;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

/// <summary>A raw HTTP answer: status, content type, body text and, when the body is JSON, its root.</summary>
public sealed record RawAnswer(HttpStatusCode Status, string? ContentType, string Body, HttpResponseMessage Response)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>Plain-HttpClient calls to the emulator, the way a vendor client sends them.</summary>
public static class EmulatorCalls
{
    public static HttpClient NewClient() => new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });

    public static async Task<RawAnswer> BindAsync(HttpClient http, NumberIntelEmulator emulator, string[] msisdns, string? key = null, string? callbackUrl = null)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["msisdn"] = msisdns,
            ["callback_url"] = callbackUrl,
        });
        return await BindRawAsync(http, emulator, body, key ?? emulator.BindApiKey);
    }

    public static async Task<RawAnswer> BindRawAsync(HttpClient http, NumberIntelEmulator emulator, string body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.BindBaseAddress, "lookup/number-scoring"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("X-API-KEY", key);
        }

        return await SendAsync(http, request);
    }

    public static async Task<JsonElement> BindItemAsync(HttpClient http, NumberIntelEmulator emulator, string number)
    {
        var answer = await BindAsync(http, emulator, [number.TrimStart('+')]);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return Assert.Single(answer.Json.EnumerateArray());
    }

    public static Uri IpqsUri(NumberIntelEmulator emulator, string phone, string extraQuery = "") =>
        new(emulator.IpqsBaseAddress, "json/phone?phone=" + Uri.EscapeDataString(phone) + extraQuery);

    public static async Task<RawAnswer> IpqsAsync(HttpClient http, NumberIntelEmulator emulator, string phone, string extraQuery = "", string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, IpqsUri(emulator, phone, extraQuery));
        request.Headers.Add("IPQS-KEY", key ?? emulator.IpqsApiKey);
        return await SendAsync(http, request);
    }

    public static async Task<JsonElement> IpqsJsonAsync(HttpClient http, NumberIntelEmulator emulator, string phone, string extraQuery = "")
    {
        var answer = await IpqsAsync(http, emulator, phone, extraQuery);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Json;
    }

    public static async Task<RawAnswer> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new RawAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }
}
