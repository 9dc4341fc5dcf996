using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging.Abstractions;
using NumberIntel.Client.Resilience;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Resilience;

public sealed class RateLimitingHandlerTests
{
    [Fact]
    public async Task SendAsync_PermitsOption_AcquiresThatManyPermits()
    {
        await using var server = await LoopbackServer.StartAsync(200, "application/json", "[]");
        using var limiter = new RecordingRateLimiter();
        using var client = new HttpClient(new RateLimitingHandler(NumberIntelVendor.Bind, limiter, NullLogger.Instance) { InnerHandler = new SocketsHttpHandler() });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseAddress, "lookup/number-scoring"));
        request.Options.Set(NumberIntelHttpRequestOptions.Permits, 37);

        using var response = await client.SendAsync(request);

        Assert.Equal([37], limiter.Requested);
    }

    [Fact]
    public async Task SendAsync_NoPermitsOption_AcquiresOnePermit()
    {
        await using var server = await LoopbackServer.StartAsync(200, "application/json", "{}");
        using var limiter = new RecordingRateLimiter();
        using var client = new HttpClient(new RateLimitingHandler(NumberIntelVendor.Ipqs, limiter, NullLogger.Instance) { InnerHandler = new SocketsHttpHandler() });

        using var response = await client.GetAsync(new Uri(server.BaseAddress, "json/phone?phone=1"));

        Assert.Equal([1], limiter.Requested);
    }

    [Fact]
    public async Task SendAsync_LimiterQueueFull_ThrowsThrottledWithoutSending()
    {
        await using var server = await LoopbackServer.StartAsync(200, "application/json", "{}");
        using var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromHours(1),
            QueueLimit = 0,
            AutoReplenishment = false,
        });
        using var client = new HttpClient(new RateLimitingHandler(NumberIntelVendor.Ipqs, limiter, NullLogger.Instance) { InnerHandler = new SocketsHttpHandler() });
        (await client.GetAsync(new Uri(server.BaseAddress, "a"))).Dispose();

        var error = await Assert.ThrowsAsync<NumberIntelThrottledException>(() => client.GetAsync(new Uri(server.BaseAddress, "b")));

        Assert.Equal(NumberIntelVendor.Ipqs, error.Vendor);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SendAsync_NoPermitFree_WaitsUntilOneIsReleased()
    {
        await using var server = await LoopbackServer.StartAsync(200, "application/json", "{}");
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 10 });
        using var client = new HttpClient(new RateLimitingHandler(NumberIntelVendor.Ipqs, limiter, NullLogger.Instance) { InnerHandler = new SocketsHttpHandler() });
        var held = limiter.AttemptAcquire(1);
        Assert.True(held.IsAcquired);

        var queued = client.GetAsync(new Uri(server.BaseAddress, "b"));
        Assert.False(queued.IsCompleted);
        Assert.Empty(server.Requests);
        held.Dispose();
        using var response = await queued;

        Assert.Single(server.Requests);
    }

    [Fact]
    public void Create_BindBatchLargerThanBurst_BucketHoldsAWholeBatch()
    {
        using var limiter = VendorRateLimiterFactory.Create(new NumberIntelRateLimitOptions { PermitsPerSecond = 10 }, largestRequest: 100);

        using var lease = limiter.AttemptAcquire(100);

        Assert.True(lease.IsAcquired);
    }
}
