namespace NumberIntel.Client.Redis.Tests.Infrastructure;

/// <summary>The system clock whose wall time a test can move forward (timers and timestamps stay real).</summary>
internal sealed class SkippingClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Skip(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
