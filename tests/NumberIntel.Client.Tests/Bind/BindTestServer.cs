using System.Text.Json;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Tests.Http;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Bind;

/// <summary>Builds WireMock.Net stubs and client options for the Bind tests.</summary>
internal static class BindTestServer
{
    /// <summary>The MSISDNs of a recorded request body.</summary>
    public static string[] RequestedMsisdns(RecordedRequest request)
    {
        using var document = JsonDocument.Parse(request.Body);
        return document.RootElement.GetProperty("msisdn").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    /// <summary>One minimal result item.</summary>
    public static string Item(string msisdn, int response = 0) =>
        "{\"date\":\"2025-06-21T17:21:56.526Z\",\"msisdn\":\"" + msisdn + "\",\"response\":" + response + ",\"scoring\":{\"credibility\":\"high\"}}";

    /// <summary>
    /// A server that answers each request with the items <paramref name="answer"/> builds from the requested MSISDNs
    /// (null items are left out).
    /// </summary>
    public static Task<WireMockStub> StartAsync(Func<string[], IEnumerable<string?>> answer) =>
        WireMockStub.StartAsync(request =>
        {
            var items = answer(RequestedMsisdns(request)).Where(i => i is not null);
            return StubReply.Text(200, "application/json", "[" + string.Join(",", items) + "]");
        });

    /// <summary>A server that answers every requested MSISDN with code 0, in request order.</summary>
    public static Task<WireMockStub> StartEchoAsync() => StartAsync(msisdns => msisdns.Select(m => Item(m)));

    /// <summary>Options pointing at <paramref name="server"/>.</summary>
    public static BindOptions Options(WireMockStub server, int maxBatchSize = BindOptions.DefaultMaxBatchSize, Uri? callback = null) =>
        new()
        {
            ApiKey = TransportTestSupport.ApiKey,
            BaseAddress = server.BaseAddress,
            MaxBatchSize = maxBatchSize,
            CallbackUrl = callback,
        };
}
