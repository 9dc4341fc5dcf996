using Microsoft.Extensions.Time.Testing;
using NumberIntel.Client.Resilience;

namespace NumberIntel.Client.Tests.Resilience;

public sealed class SteadyTokenBucketRateLimiterTests
{
    [Fact]
    public async Task AcquireAsync_EmptyBucket_GrantsWhenThePermitsHaveAccrued()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SteadyTokenBucketRateLimiter(200, tokenLimit: 1, queueLimit: 10, time);
        using var first = limiter.AttemptAcquire(1);

        var waiting = limiter.AcquireAsync(1).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(4));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        using var lease = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(first.IsAcquired);
        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_LateTimer_LosesNoTokens()
    {
        // One late tick (50 ms instead of 5 ms) grants all ten waiters at once: the time is not lost.
        var time = new FakeTimeProvider();
        using var limiter = new SteadyTokenBucketRateLimiter(200, tokenLimit: 10, queueLimit: 100, time);
        using var burst = limiter.AttemptAcquire(10);
        var waiters = Enumerable.Range(0, 10).Select(_ => limiter.AcquireAsync(1).AsTask()).ToArray();

        time.Advance(TimeSpan.FromMilliseconds(50));

        var leases = await Task.WhenAll(waiters).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.All(leases, l => Assert.True(l.IsAcquired));
    }

    [Fact]
    public async Task AcquireAsync_QueueFull_ReturnsALeaseNotAcquired()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SteadyTokenBucketRateLimiter(1, tokenLimit: 1, queueLimit: 1, time);
        using var first = limiter.AttemptAcquire(1);
        var queued = limiter.AcquireAsync(1);

        using var refused = await limiter.AcquireAsync(1).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(refused.IsAcquired);
        Assert.False(queued.IsCompleted);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWaiter_LeavesTheQueueAndTheNextIsServed()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SteadyTokenBucketRateLimiter(10, tokenLimit: 1, queueLimit: 10, time);
        using var first = limiter.AttemptAcquire(1);
        using var cts = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(1, cts.Token).AsTask();
        var next = limiter.AcquireAsync(1).AsTask();

        await cts.CancelAsync();
        time.Advance(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(TimeSpan.FromSeconds(10)));
        using var lease = await next.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_ManyWaitersOnTheSystemClock_AreServedAtTheRate()
    {
        using var limiter = new SteadyTokenBucketRateLimiter(200, tokenLimit: 1, queueLimit: 100, TimeProvider.System);
        var started = TimeProvider.System.GetTimestamp();

        for (var i = 0; i < 40; i++)
        {
            using var lease = await limiter.AcquireAsync(1).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.True(lease.IsAcquired);
        }

        // 39 waits of 5 ms: the run cannot take less than the rate allows (no upper bound: the machine may be slow).
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(190));
    }
}
