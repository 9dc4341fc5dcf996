using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace NumberIntel.Client.Tests.Infrastructure;

/// <summary>An in-memory vendor: answers each request with what the test's delegate builds, and records every request.</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
{
    private int _count;
    private int _completed;

    public StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer)
        : this((request, _) => Task.FromResult(answer(request)))
    {
    }

    /// <summary>Every request, in arrival order.</summary>
    public ConcurrentQueue<HttpRequestMessage> Requests { get; } = new();

    /// <summary>How many requests arrived.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>How many requests were answered (the answer was built, or failed).</summary>
    public int Completed => Volatile.Read(ref _completed);

    /// <summary>A handler that answers every request with the same status and JSON body.</summary>
    public static StubHandler Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(_ => JsonResponse(body, status));

    /// <summary>A JSON response.</summary>
    public static HttpResponseMessage JsonResponse(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        Interlocked.Increment(ref _count);
        try
        {
            return await answer(request, cancellationToken);
        }
        finally
        {
            Interlocked.Increment(ref _completed);
        }
    }
}
