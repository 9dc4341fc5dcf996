using System.Threading.RateLimiting;
using NumberIntel.Client.Resilience;
using NumberIntel.Client.Tests.Infrastructure;
using static NumberIntel.Client.Tests.Resilience.FakeVendorBodies;

namespace NumberIntel.Client.Tests.Resilience;

/// <summary>The client-side rate limiter, the outermost strategy of a vendor's pipeline.</summary>
public sealed class RateLimiterStrategyTests
{
    private static NumberIntelResilienceOptions Options() => new() { UseJitter = false, CircuitBreakerEnabled = false };

    [Fact]
    public async Task ScoreAsync_BindBatch_AcquiresOnePermitPerMsisdn()
    {
        using var limiter = new RecordingRateLimiter();
        var vendor = StubHandler.Json(BindOk);
        var time = new TimerAwareTimeProvider();
        using var http = VendorChain.Client(vendor, Options(), time, limiter);

        await VendorChain.Bind(http, time).ScoreAsync(["385911234567", "385911234568", "385911234569"]).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([3], limiter.Requested);
    }

    [Fact]
    public async Task SendAsync_OtherRequest_AcquiresOnePermit()
    {
        using var limiter = new RecordingRateLimiter();
        using var http = VendorChain.Client(StubHandler.Json("{}"), Options(), new TimerAwareTimeProvider(), limiter);

        using var response = await http.GetAsync("json/phone?phone=1").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([1], limiter.Requested);
    }

    [Fact]
    public async Task SendAsync_QueuedLongerThanAttemptTimeout_IsSentWithoutTimingOut()
    {
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 10 });
        var vendor = StubHandler.Json("{}");
        var time = new TimerAwareTimeProvider();
        var options = Options();
        options.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.TotalTimeout = TimeSpan.FromSeconds(30);
        using var http = VendorChain.Client(vendor, options, time, limiter, maxQueueTime: TimeSpan.FromSeconds(60));
        var held = limiter.AttemptAcquire(1);

        var queued = http.GetAsync("x");
        time.Advance(TimeSpan.FromSeconds(45));
        Assert.False(queued.IsCompleted);
        Assert.Equal(0, vendor.Count);
        held.Dispose();
        using var response = await queued.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(1, vendor.Count);
    }

    [Fact]
    public async Task SendAsync_QueuedLongerThanMaxQueueTime_FailsAsThrottledWithoutSending()
    {
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 10 });
        var vendor = StubHandler.Json("{}");
        var time = new TimerAwareTimeProvider();
        using var http = VendorChain.Client(vendor, Options(), time, limiter, maxQueueTime: TimeSpan.FromSeconds(5));
        using var held = limiter.AttemptAcquire(1);

        var queued = http.GetAsync("x");
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(5), TestTimeouts.Wait);
        time.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<NumberIntelThrottledException>(() => queued.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("client-side rate limiter", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxQueueTime", error.Message, StringComparison.Ordinal);
        Assert.Null(error.StatusCode);
        Assert.Equal(0, vendor.Count);
    }

    [Fact]
    public async Task SendAsync_LimiterQueueFull_ThrowsThrottledWithoutSending()
    {
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 });
        var vendor = StubHandler.Json("{}");
        using var http = VendorChain.Client(vendor, Options(), new TimerAwareTimeProvider(), limiter);
        using var held = limiter.AttemptAcquire(1);

        var error = await Assert.ThrowsAsync<NumberIntelThrottledException>(() => http.GetAsync("b").WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(NumberIntelVendor.Bind, error.Vendor);
        Assert.Contains("queue is full", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, vendor.Count);
    }

    [Fact]
    public void Create_BindBatchLargerThanBurst_BucketHoldsAWholeBatch()
    {
        using var limiter = VendorRateLimiterFactory.Create(new NumberIntelRateLimitOptions { PermitsPerSecond = 10 }, largestRequest: 100);

        using var lease = limiter.AttemptAcquire(100);

        Assert.True(lease.IsAcquired);
    }
}
