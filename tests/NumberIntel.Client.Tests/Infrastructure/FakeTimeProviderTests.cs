namespace NumberIntel.Client.Tests.Infrastructure;

public sealed class FakeTimeProviderTests
{
    [Fact]
    public async Task Advance_PastDueTime_FiresArmedTimer()
    {
        var time = new FakeTimeProvider();
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var timer = time.CreateTimer(_ => fired.TrySetResult(), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);

        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(5));
        Assert.False(fired.Task.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));

        await fired.Task;
        Assert.Equal(TimeSpan.FromSeconds(5), time.Elapsed);
    }

    [Fact]
    public void Advance_BeforeDueTime_DoesNotFire()
    {
        var time = new FakeTimeProvider();
        var fired = 0;
        using var timer = time.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromSeconds(9));

        Assert.Equal(0, fired);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, fired);
    }
}
