using System.Collections.Concurrent;
using System.Text;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace NumberIntel.Client.Tests.Infrastructure;

/// <summary>A request as the stub saw it.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>What the stub answers: status, content type, body bytes and extra headers (e.g. <c>Content-Encoding</c>, <c>Retry-After</c>).</summary>
public sealed record StubReply(int Status, string? ContentType, byte[] Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>A text reply.</summary>
    public static StubReply Text(int status, string? contentType, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, contentType, Encoding.UTF8.GetBytes(body), headers);
}

/// <summary>
/// A WireMock.Net server on loopback answering every request with what the test's delegate builds; every request is
/// recorded (method, path+query, headers, body) before the answer is built.
/// </summary>
public sealed class WireMockStub : IAsyncDisposable
{
    private readonly WireMockServer _server;

    private WireMockStub(Func<RecordedRequest, StubReply> reply, TimeSpan? delay)
    {
        _server = WireMockServer.Start();
        var response = Response.Create().WithCallback(request => Answer(request, reply));
        if (delay is { } d)
        {
            response.WithDelay(d);
        }

        _server.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod()).RespondWith(response);
        BaseAddress = new Uri(_server.Url!.TrimEnd('/') + "/");
    }

    /// <summary>The server's base address, e.g. <c>http://localhost:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every request received, in arrival order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Starts a stub whose every request is answered by <paramref name="reply"/>, after <paramref name="delay"/> when given.</summary>
    public static Task<WireMockStub> StartAsync(Func<RecordedRequest, StubReply> reply, TimeSpan? delay = null) =>
        Task.FromResult(new WireMockStub(reply, delay));

    /// <summary>Starts a stub that answers every request with the same status, content type and body.</summary>
    public static Task<WireMockStub> StartAsync(int status, string contentType, string body) =>
        StartAsync(_ => StubReply.Text(status, contentType, body));

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _server.Stop();
        _server.Dispose();
        return ValueTask.CompletedTask;
    }

    private ResponseMessage Answer(IRequestMessage request, Func<RecordedRequest, StubReply> reply)
    {
        var headers = (request.Headers ?? new Dictionary<string, WireMockList<string>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, request.Path + (request.RawQuery ?? string.Empty), headers, request.Body ?? string.Empty);
        Requests.Enqueue(recorded);
        var answer = reply(recorded);
        var responseHeaders = new Dictionary<string, WireMockList<string>>(StringComparer.OrdinalIgnoreCase);
        if (answer.ContentType is { } contentType)
        {
            responseHeaders["Content-Type"] = new WireMockList<string>(contentType);
        }

        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            responseHeaders[name] = new WireMockList<string>(value);
        }

        return new ResponseMessage
        {
            StatusCode = answer.Status,
            Headers = responseHeaders,
            BodyData = new BodyData { BodyAsBytes = answer.Body, DetectedBodyType = BodyType.Bytes },
        };
    }
}
