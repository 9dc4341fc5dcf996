using System.Threading.RateLimiting;
using NumberIntel.Client.Redis.Connection;
using RedisRateLimiting;
using StackExchange.Redis;

namespace NumberIntel.Client.Redis.RateLimiting;

/// <summary>One vendor's fleet-wide bucket in Redis (made on first use) and its local fallback bucket.</summary>
internal sealed class VendorBuckets : IDisposable
{
    private readonly SemaphoreSlim _creating = new(1, 1);
    private readonly string _partition;
    private readonly int _tokenLimit;
    private readonly int _tokensPerPeriod;
    private readonly double _perSecond;
    private RedisTokenBucketRateLimiter<string>? _redis;

    public VendorBuckets(RedisLink link, NumberIntelVendor vendor, NumberIntelRateLimitOptions rate, string? apiKey, int largestRequest)
    {
        Link = link;
        Enabled = rate.Enabled;
        Shared = link.Options.ShareRateLimit;
        var perSecond = rate.PermitsPerSecond > 0 ? rate.PermitsPerSecond : 50;
        _perSecond = perSecond;

        // Replenished about 20 times a second in whole tokens, as the SDK's own bucket; big enough for the largest request.
        _tokensPerPeriod = Math.Max(1, (int)Math.Round(perSecond / 20d));
        Period = TimeSpan.FromSeconds(_tokensPerPeriod / perSecond);
        var burst = rate.BurstSize > 0 ? rate.BurstSize : (int)Math.Ceiling(perSecond);
        _tokenLimit = Math.Max(Math.Max(burst, largestRequest), _tokensPerPeriod);
        _partition = RedisKeys.RatePartition(link.Options.KeyPrefix, vendor, apiKey);

        var share = Shared ? perSecond / link.Options.ExpectedWorkers : perSecond;
        var localPerPeriod = Math.Max(1, (int)Math.Round(share / 20d));
        var localLimit = Math.Max(Math.Max((int)Math.Ceiling(share), largestRequest), localPerPeriod);
        Local = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = localLimit,
            TokensPerPeriod = localPerPeriod,
            ReplenishmentPeriod = TimeSpan.FromSeconds(localPerPeriod / share),
            QueueLimit = Math.Max(rate.QueueLimit, largestRequest),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });

        // The fallback starts empty: when Redis fails, every worker falls back at once, and full local buckets would send
        // the whole fleet's burst to the vendor together.
        using var drained = Local.AttemptAcquire(localLimit);
    }

    public RedisLink Link { get; }

    /// <summary>Whether the vendor is rate limited at all (<c>RateLimit:Enabled</c>).</summary>
    public bool Enabled { get; }

    /// <summary>Whether the bucket is shared through Redis (<see cref="NumberIntelRedisOptions.ShareRateLimit"/>); otherwise the local bucket has the whole allocation.</summary>
    public bool Shared { get; }

    /// <summary>The fallback: this worker's share of the allocation.</summary>
    public TokenBucketRateLimiter Local { get; }

    /// <summary>How often the Redis bucket gets tokens.</summary>
    public TimeSpan Period { get; }

    /// <summary>
    /// Permits this worker took from the fleet's bucket ahead of need (asking for a few at a time saves Redis round trips
    /// for one-permit requests); used only under <see cref="Gate"/>.
    /// </summary>
    public long Reservoir { get; set; }

    /// <summary>How many permits to take from Redis at once for a request of <paramref name="permits"/>: a share of one replenishment.</summary>
    public int Chunk(int permits) => Math.Max(permits, Math.Min(_tokenLimit, _tokensPerPeriod / Math.Max(1, Link.Options.ExpectedWorkers)));

    /// <summary>This worker's turn to ask Redis (one request at a time).</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>
    /// The wait before asking again after a refusal: about the time the missing permits take to arrive (at least 2 ms,
    /// at most one replenishment period), jittered so that workers do not ask in step.
    /// </summary>
    public TimeSpan WaitFor(int permits, long remaining)
    {
        var missing = Math.Max(1, permits - Math.Max(0, remaining));
        var seconds = Math.Clamp(missing / _perSecond, 0.002, Period.TotalSeconds);
        return TimeSpan.FromSeconds(seconds * (1 + (0.25 * Random.Shared.NextDouble())));
    }

    /// <summary>The Redis bucket (needs the connection, so it is made on first use).</summary>
    public async ValueTask<RedisTokenBucketRateLimiter<string>> RedisAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _redis) is { } existing)
        {
            return existing;
        }

        IConnectionMultiplexer connection;
        try
        {
            connection = await Link.ConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or InvalidOperationException or ArgumentException)
        {
            throw new RedisUnavailableException("Redis could not be connected: " + e.GetType().Name, e);
        }

        await _creating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _redis ??= new RedisTokenBucketRateLimiter<string>(_partition, new RedisTokenBucketRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => connection,
                TokenLimit = _tokenLimit,
                TokensPerPeriod = _tokensPerPeriod,
                ReplenishmentPeriod = Period,
            });
        }
        finally
        {
            _creating.Release();
        }
    }

    public void Dispose()
    {
        _redis?.Dispose();
        Local.Dispose();
        Gate.Dispose();
        _creating.Dispose();
    }
}
