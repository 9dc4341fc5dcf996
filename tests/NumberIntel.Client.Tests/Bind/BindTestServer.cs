using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Tests.Http;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Bind;

/// <summary>Builds loopback servers and clients for the Bind tests.</summary>
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
    public static Task<LoopbackServer> StartAsync(Func<string[], IEnumerable<string?>> answer) =>
        LoopbackServer.StartAsync(async (context, request) =>
        {
            var items = answer(RequestedMsisdns(request)).Where(i => i is not null);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("[" + string.Join(",", items) + "]");
        });

    /// <summary>A server that answers every requested MSISDN with code 0, in request order.</summary>
    public static Task<LoopbackServer> StartEchoAsync() => StartAsync(msisdns => msisdns.Select(m => Item(m)));

    /// <summary>Options pointing at <paramref name="server"/>.</summary>
    public static BindOptions Options(LoopbackServer server, int maxBatchSize = BindOptions.DefaultMaxBatchSize, Uri? callback = null) =>
        new()
        {
            ApiKey = TransportTestSupport.ApiKey,
            BaseAddress = server.BaseAddress,
            MaxBatchSize = maxBatchSize,
            CallbackUrl = callback,
        };
}
