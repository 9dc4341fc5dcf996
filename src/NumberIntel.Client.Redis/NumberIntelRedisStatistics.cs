namespace NumberIntel.Client.Redis;

/// <summary>
/// What Redis did for this worker (one instance per service provider, registered by <c>UseRedis()</c>). Thread-safe.
/// </summary>
public sealed class NumberIntelRedisStatistics
{
    private long _sharedCacheHits;
    private long _waitedForFleet;
    private long _redisFailures;
    private readonly TaskCompletionSource _firstWait = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Created by <c>UseRedis()</c> only (resolve it from the service provider).</summary>
    internal NumberIntelRedisStatistics()
    {
    }

    /// <summary>Vendor answers this worker found in the fleet's cache (in Redis, not in its own memory): paid by another worker or an earlier run.</summary>
    public long SharedCacheHits => Interlocked.Read(ref _sharedCacheHits);

    /// <summary>Of <see cref="SharedCacheHits"/>, the answers this worker waited for while another worker was buying them.</summary>
    public long WaitedForFleet => Interlocked.Read(ref _waitedForFleet);

    /// <summary>Redis calls that failed or timed out (the worker went on without Redis for them).</summary>
    public long RedisFailures => Interlocked.Read(ref _redisFailures);

    /// <summary>Whether Redis is being used right now (false while the worker works locally after a failure).</summary>
    public bool RedisAvailable { get; internal set; } = true;

    /// <summary>Completes when this worker first starts waiting for another worker's purchase (for tests).</summary>
    internal Task FirstWaitStarted => _firstWait.Task;

    internal void WaitStarted() => _firstWait.TrySetResult();

    internal void SharedHit(bool waited)
    {
        Interlocked.Increment(ref _sharedCacheHits);
        if (waited)
        {
            Interlocked.Increment(ref _waitedForFleet);
        }
    }

    internal void Failure() => Interlocked.Increment(ref _redisFailures);
}
