using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using NumberIntel.Client.Resilience;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Resilience;

public sealed class HttpResiliencePipelineTests
{
    private static NumberIntelResilienceOptions Options() => new()
    {
        UseJitter = false,
        BaseDelay = TimeSpan.FromSeconds(2),
        CircuitBreakerEnabled = false,
    };

    private static HttpClient Client(LoopbackServer server, NumberIntelResilienceOptions options, TimeProvider time)
    {
        var pipeline = HttpResiliencePipelineFactory.Create(NumberIntelVendor.Bind, options, time, NullLogger.Instance);
        var handler = new ResilienceHandler(NumberIntelVendor.Bind, pipeline) { InnerHandler = new SocketsHttpHandler() };
        return new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    private static Task<LoopbackServer> Sequence(params int[] statuses)
    {
        var next = -1;
        return LoopbackServer.StartAsync(async (context, _) =>
        {
            var i = Math.Min(Interlocked.Increment(ref next), statuses.Length - 1);
            context.Response.StatusCode = statuses[i];
            if (statuses[i] == 429)
            {
                context.Response.Headers.RetryAfter = "7";
            }

            await context.Response.WriteAsync("[]");
        });
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsRetryAfterThenRetries()
    {
        await using var server = await Sequence(429, 200);
        var time = new FakeTimeProvider();
        using var client = Client(server, Options(), time);

        var call = client.GetAsync("x");
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(7));
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(7));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterAboveMaxDelay_IsCappedAtMaxDelay()
    {
        await using var server = await Sequence(429, 200);
        var time = new FakeTimeProvider();
        var options = Options();
        options.MaxDelay = TimeSpan.FromSeconds(3);
        using var client = Client(server, options, time);

        var call = client.GetAsync("x");
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(3));
        time.Advance(TimeSpan.FromSeconds(3));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_500ThenOk_RetriesAfterBackoff()
    {
        await using var server = await Sequence(500, 200);
        var time = new FakeTimeProvider();
        using var client = Client(server, Options(), time);

        var call = client.GetAsync("x");
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(2));
        time.Advance(TimeSpan.FromSeconds(2));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_Always503_GivesUpAfterMaxRetryAttemptsWithExponentialBackoff()
    {
        await using var server = await Sequence(503);
        var time = new FakeTimeProvider();
        var options = Options();
        options.AttemptTimeout = Timeout.InfiniteTimeSpan;
        options.TotalTimeout = Timeout.InfiniteTimeSpan;
        using var client = Client(server, options, time);

        using var response = await time.RunAsync(client.GetAsync("x"), _ => true);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(4, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)], time.ScheduledDueTimes);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(400)]
    public async Task SendAsync_NonTransientStatus_IsNotRetried(int status)
    {
        await using var server = await Sequence(status, 200);
        using var client = Client(server, Options(), new FakeTimeProvider());

        using var response = await client.GetAsync("x");

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SendAsync_Ipqs200WithSuccessFalse_IsNotRetried()
    {
        await using var server = await LoopbackServer.StartAsync(200, "application/json", """{"success":false,"message":"Invalid or unauthorized key. Please check the API key and try again."}""");
        using var client = Client(server, Options(), new FakeTimeProvider());

        using var response = await client.GetAsync("json/phone?phone=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SendAsync_AttemptTimesOut_RetriesAndSucceeds()
    {
        var first = true;
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            if (Interlocked.Exchange(ref first, false))
            {
                var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using var reg = context.RequestAborted.Register(() => aborted.TrySetResult());
                arrived.TrySetResult();
                await aborted.Task;
                return;
            }

            await context.Response.WriteAsync("[]");
        });
        var time = new FakeTimeProvider();
        var options = Options();
        options.TotalTimeout = Timeout.InfiniteTimeSpan;
        using var client = Client(server, options, time);

        var call = client.GetAsync("x");
        await arrived.Task;
        time.Advance(TimeSpan.FromSeconds(10));
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(2));
        time.Advance(TimeSpan.FromSeconds(2));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_TotalTimeoutElapses_ThrowsVendorExceptionWithRequestTimeout()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var reg = context.RequestAborted.Register(() => gone.TrySetResult());
            await gone.Task;
        });
        var time = new FakeTimeProvider();
        var options = Options();
        options.AttemptTimeout = Timeout.InfiniteTimeSpan;
        options.TotalTimeout = TimeSpan.FromSeconds(30);
        using var client = Client(server, options, time);

        var call = client.GetAsync("x");
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<NumberIntelVendorException>(() => call);
        Assert.Equal(HttpStatusCode.RequestTimeout, error.StatusCode);
        Assert.Equal(NumberIntelVendor.Bind, error.Vendor);
    }

    [Fact]
    public async Task SendAsync_RepeatedFailures_OpenCircuitThenRecoverAfterBreak()
    {
        var failing = true;
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = Volatile.Read(ref failing) ? 500 : 200;
            await context.Response.WriteAsync("[]");
        });
        var time = new FakeTimeProvider();
        var options = Options();
        options.MaxRetryAttempts = 0;
        options.CircuitBreakerEnabled = true;
        options.CircuitBreakerMinimumThroughput = 2;
        options.CircuitBreakerFailureRatio = 0.5;
        options.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(5);
        using var client = Client(server, options, time);

        (await client.GetAsync("x")).Dispose();
        (await client.GetAsync("x")).Dispose();
        var refused = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.GetAsync("x"));
        Assert.Contains("circuit open", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);

        Volatile.Write(ref failing, false);
        time.Advance(TimeSpan.FromSeconds(5));
        using var recovered = await client.GetAsync("x");

        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(3, server.Requests.Count);
    }
}
