namespace NumberIntel.Client.Tests.Infrastructure;

public sealed class TimerAwareTimeProviderTests
{
    [Fact]
    public async Task WaitForTimerAsync_TimerArmedLater_CompletesWithItsDueTime()
    {
        var time = new TimerAwareTimeProvider();
        var waiting = time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(5), TestTimeouts.Wait);
        Assert.False(waiting.IsCompleted);

        using var timer = time.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);

        Assert.Equal(TimeSpan.FromSeconds(5), await waiting);
    }

    [Fact]
    public async Task WaitForTimerAsync_NoTimerArmed_FailsWithTimeoutInsteadOfHanging()
    {
        var time = new TimerAwareTimeProvider();

        await Assert.ThrowsAsync<TimeoutException>(() => time.WaitForTimerAsync(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task WaitForTimerAsync_TimerAlreadyFired_WaitsForTheNextOne()
    {
        var time = new TimerAwareTimeProvider();
        using var first = time.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<TimeoutException>(() => time.WaitForTimerAsync(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task RunAsync_DelayOnTheClock_AdvancesByEachArmedDueTime()
    {
        var time = new TimerAwareTimeProvider();

        var work = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2), time);
            await Task.Delay(TimeSpan.FromSeconds(4), time);
            return 42;
        });

        Assert.Equal(42, await time.RunAsync(work, _ => true, TestTimeouts.Wait));
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], time.ScheduledDueTimes);
        Assert.Equal(TimeSpan.FromSeconds(6), time.Elapsed);
    }
}
