using System.Net;
using NumberIntel.Client.Tests.Infrastructure;
using static NumberIntel.Client.Tests.Resilience.FakeVendorBodies;

namespace NumberIntel.Client.Tests.Resilience;

/// <summary>The HTTP resilience pipeline (AddResilienceHandler's strategies) and the NumberIntel handlers, over an in-memory vendor.</summary>
public sealed class VendorPipelineTests
{
    private static NumberIntelResilienceOptions Options() => new()
    {
        UseJitter = false,
        BaseDelay = TimeSpan.FromSeconds(2),
        CircuitBreakerEnabled = false,
    };

    /// <summary>The back-offs of <see cref="Options"/> (2, 4, 8 s), not its 10 s attempt or 30 s total timeouts.</summary>
    private static bool IsBackoff(TimeSpan due) => due <= TimeSpan.FromSeconds(8);

    private static StubHandler Sequence(params int[] statuses)
    {
        var next = -1;
        return new StubHandler(_ =>
        {
            var i = Math.Min(Interlocked.Increment(ref next), statuses.Length - 1);
            var response = StubHandler.JsonResponse(BindOk, (HttpStatusCode)statuses[i]);
            if (statuses[i] == 429)
            {
                response.Headers.TryAddWithoutValidation("Retry-After", "7");
            }

            return response;
        });
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsRetryAfterThenRetries()
    {
        var vendor = Sequence(429, 200);
        var time = new TimerAwareTimeProvider();
        using var client = VendorChain.Client(vendor, Options(), time);

        var call = client.GetAsync("x");
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(7), TestTimeouts.Wait);
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(7));
        using var response = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, vendor.Count);
    }

    [Fact]
    public async Task ScoreAsync_RetryAfterBeyondMaxDelay_FailsAtOnceAsThrottledWithRetryAfter()
    {
        var vendor = new StubHandler(_ =>
        {
            var response = StubHandler.JsonResponse("{}", HttpStatusCode.TooManyRequests);
            response.Headers.TryAddWithoutValidation("Retry-After", "3600");
            return response;
        });
        var time = new TimerAwareTimeProvider();
        using var http = VendorChain.Client(vendor, Options(), time);

        var error = await Assert.ThrowsAsync<NumberIntelThrottledException>(
            () => VendorChain.Bind(http, time).ScoreAsync("385911234567").WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Equal(1, vendor.Count);
        Assert.Equal(TimeSpan.Zero, time.Elapsed);
    }

    [Fact]
    public async Task ScoreAsync_RetryAfterBeyondTotalTimeLeft_FailsAtOnceAsThrottled()
    {
        var vendor = new StubHandler(_ =>
        {
            var response = StubHandler.JsonResponse("{}", HttpStatusCode.TooManyRequests);
            response.Headers.TryAddWithoutValidation("Retry-After", "25");
            return response;
        });
        var time = new TimerAwareTimeProvider();
        var options = Options();
        options.MaxDelay = TimeSpan.FromSeconds(60);
        options.TotalTimeout = TimeSpan.FromSeconds(20);
        using var http = VendorChain.Client(vendor, options, time);

        var error = await Assert.ThrowsAsync<NumberIntelThrottledException>(
            () => VendorChain.Bind(http, time).ScoreAsync("385911234567").WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(TimeSpan.FromSeconds(25), error.RetryAfter);
        Assert.Equal(1, vendor.Count);
    }

    [Fact]
    public async Task SendAsync_500ThenOk_RetriesAfterBackoff()
    {
        var vendor = Sequence(500, 200);
        var time = new TimerAwareTimeProvider();
        using var client = VendorChain.Client(vendor, Options(), time);

        var call = client.GetAsync("x");
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(2), TestTimeouts.Wait);
        time.Advance(TimeSpan.FromSeconds(2));
        using var response = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, vendor.Count);
    }

    [Fact]
    public async Task SendAsync_Always503_GivesUpAfterMaxRetryAttemptsWithExponentialBackoff()
    {
        var vendor = Sequence(503);
        var time = new TimerAwareTimeProvider();
        var options = Options();
        options.AttemptTimeout = Timeout.InfiniteTimeSpan;
        options.TotalTimeout = Timeout.InfiniteTimeSpan;
        using var client = VendorChain.Client(vendor, options, time);

        using var response = await time.RunAsync(client.GetAsync("x"), _ => true, TestTimeouts.Wait);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(4, vendor.Count);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)], time.ScheduledDueTimes);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(400)]
    public async Task SendAsync_NonTransientStatus_IsNotRetried(int status)
    {
        var vendor = Sequence(status, 200);
        using var client = VendorChain.Client(vendor, Options(), new TimerAwareTimeProvider());

        using var response = await client.GetAsync("x").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal(1, vendor.Count);
    }

    [Fact]
    public async Task SendAsync_Ipqs200WithSuccessFalse_IsNotRetried()
    {
        var vendor = StubHandler.Json("""{"success":false,"message":"Invalid or unauthorized key. Please check the API key and try again."}""");
        using var client = VendorChain.Client(vendor, Options(), new TimerAwareTimeProvider());

        using var response = await client.GetAsync("json/phone?phone=1").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, vendor.Count);
    }

    [Fact]
    public async Task SendAsync_AttemptTimesOut_RetriesAndSucceeds()
    {
        var first = 1;
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var vendor = new StubHandler((_, ct) =>
        {
            if (Interlocked.Exchange(ref first, 0) == 1)
            {
                arrived.TrySetResult();
                return HangAsync(ct);
            }

            return Task.FromResult(StubHandler.JsonResponse(BindOk));
        });
        var time = new TimerAwareTimeProvider();
        var options = Options();
        options.TotalTimeout = Timeout.InfiniteTimeSpan;
        using var client = VendorChain.Client(vendor, options, time);

        var call = client.GetAsync("x");
        await arrived.Task.WaitAsync(TestTimeouts.Wait);
        time.Advance(TimeSpan.FromSeconds(10));
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(2), TestTimeouts.Wait);
        time.Advance(TimeSpan.FromSeconds(2));
        using var response = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, vendor.Count);
    }

    [Fact]
    public async Task SendAsync_TotalTimeoutElapses_ThrowsVendorExceptionWithRequestTimeout()
    {
        var vendor = new StubHandler((_, ct) => HangAsync(ct));
        var time = new TimerAwareTimeProvider();
        var options = Options();
        options.AttemptTimeout = Timeout.InfiniteTimeSpan;
        options.TotalTimeout = TimeSpan.FromSeconds(30);
        using var client = VendorChain.Client(vendor, options, time);

        var call = client.GetAsync("x");
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(30), TestTimeouts.Wait);
        time.Advance(TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<NumberIntelVendorException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(HttpStatusCode.RequestTimeout, error.StatusCode);
        Assert.Equal(NumberIntelVendor.Bind, error.Vendor);
    }

    [Fact]
    public async Task SendAsync_RepeatedFailures_OpenCircuitThenRecoverAfterBreak()
    {
        var failing = 1;
        var vendor = new StubHandler(_ => StubHandler.JsonResponse("[]", Volatile.Read(ref failing) == 1 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK));
        var time = new TimerAwareTimeProvider();
        var options = Options();
        options.MaxRetryAttempts = 0;
        options.CircuitBreakerEnabled = true;
        options.CircuitBreakerMinimumThroughput = 2;
        options.CircuitBreakerFailureRatio = 0.5;
        options.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(5);
        using var client = VendorChain.Client(vendor, options, time);

        (await client.GetAsync("x")).Dispose();
        (await client.GetAsync("x")).Dispose();
        var refused = await Assert.ThrowsAsync<NumberIntelVendorException>(() => client.GetAsync("x"));
        Assert.Contains("circuit open", refused.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<Polly.CircuitBreaker.BrokenCircuitException>(refused.InnerException);
        Assert.Equal(2, vendor.Count);

        Volatile.Write(ref failing, 0);
        time.Advance(TimeSpan.FromSeconds(5));
        using var recovered = await client.GetAsync("x").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(3, vendor.Count);
    }

    [Fact]
    public async Task ScoreAsync_BodyTrickledOneBytePerSecond_EachAttemptEndsAtAttemptTimeoutThenFailsAsTimeout()
    {
        var time = new TimerAwareTimeProvider();
        var vendor = new StubHandler(_ => Trickle(time));
        var options = Options();
        options.MaxRetryAttempts = 1;
        options.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.TotalTimeout = Timeout.InfiniteTimeSpan;
        using var http = VendorChain.Client(vendor, options, time);

        var call = VendorChain.Bind(http, time).ScoreAsync("385911234567");
        var error = await Assert.ThrowsAsync<NumberIntelVendorException>(() => time.RunAsync(call, _ => true, TestTimeouts.Wait));

        Assert.Equal(HttpStatusCode.RequestTimeout, error.StatusCode);
        Assert.Equal(2, vendor.Count);
    }

    [Fact]
    public async Task ScoreAsync_ConnectionResetMidBody_IsRetriedLikeAConnectionFailure()
    {
        var first = 1;
        var vendor = new StubHandler(_ => Interlocked.Exchange(ref first, 0) == 1 ? ResetMidBody() : StubHandler.JsonResponse(BindOk));
        var time = new TimerAwareTimeProvider();
        using var http = VendorChain.Client(vendor, Options(), time);

        var result = await time.RunAsync(VendorChain.Bind(http, time).ScoreAsync("385911234567"), IsBackoff, TestTimeouts.Wait);

        Assert.Equal(Client.Bind.BindResponseCode.Success, result.Response);
        Assert.Equal(2, vendor.Count);
    }

    [Fact]
    public async Task ScoreAsync_ConnectionResetOnEveryAttempt_FailsAsUnreachableVendorWithInnerException()
    {
        var vendor = new StubHandler(_ => ResetMidBody());
        var time = new TimerAwareTimeProvider();
        using var http = VendorChain.Client(vendor, Options(), time);

        var error = await Assert.ThrowsAsync<NumberIntelVendorException>(
            () => time.RunAsync(VendorChain.Bind(http, time).ScoreAsync("385911234567"), IsBackoff, TestTimeouts.Wait));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(4, vendor.Count);
    }
}
