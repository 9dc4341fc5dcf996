using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Redis.Caching;
using NumberIntel.Client.Redis.Connection;
using NumberIntel.Client.Redis.RateLimiting;

namespace NumberIntel.Client.Redis;

/// <summary>What <c>UseRedis()</c> gives one service provider: the Redis link, the vendors' buckets and the fleet's cache.</summary>
internal sealed class RedisFleet : IAsyncDisposable
{
    private readonly NumberIntelOptions _options;
    private readonly Lazy<VendorBuckets> _bind;
    private readonly Lazy<VendorBuckets> _ipqs;
    private readonly Lazy<IAssessmentCache> _cache;
    private readonly Lazy<FleetLeases?> _leases;
    private readonly Lazy<RedisCache> _redisCache;

    public RedisFleet(
        IOptions<NumberIntelRedisOptions> redisOptions,
        IOptions<NumberIntelOptions> options,
        NumberIntelRedisStatistics statistics,
        TimeProvider time,
        RedisConnectionSource source,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(redisOptions);
        ArgumentNullException.ThrowIfNull(options);
        var settings = redisOptions.Value;
        _options = options.Value;
        Statistics = statistics;
        Link = new RedisLink(settings, source.Connection, statistics, time,
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("NumberIntel.Client.Redis"));
        _bind = new(() => new VendorBuckets(Link, NumberIntelVendor.Bind, _options.Bind.RateLimit, _options.Bind.ApiKey, Math.Max(1, _options.Bind.MaxBatchSize)));
        _ipqs = new(() => new VendorBuckets(Link, NumberIntelVendor.Ipqs, _options.Ipqs.RateLimit, _options.Ipqs.ApiKey, 1));
        _leases = new(() => settings.SharePurchases ? new FleetLeases(Link) : null);
        _redisCache = new(() => new RedisCache(new RedisCacheOptions
        {
            ConnectionMultiplexerFactory = () => Link.ConnectAsync(CancellationToken.None),
        }));
        _cache = new(() => CreateCache(settings, time));
    }

    public RedisLink Link { get; }

    public NumberIntelRedisStatistics Statistics { get; }

    /// <summary>The assessment cache: memory in front of Redis, or memory alone with <see cref="NumberIntelRedisOptions.ShareCache"/> off.</summary>
    public IAssessmentCache Cache => _cache.Value;

    public VendorBuckets Buckets(NumberIntelVendor vendor) => (vendor == NumberIntelVendor.Bind ? _bind : _ipqs).Value;

    public async ValueTask DisposeAsync()
    {
        if (_leases.IsValueCreated)
        {
            _leases.Value?.Dispose();
        }

        if (_cache.IsValueCreated && _cache.Value is IDisposable cache)
        {
            cache.Dispose();
        }

        if (_redisCache.IsValueCreated)
        {
            _redisCache.Value.Dispose();
        }

        if (_bind.IsValueCreated)
        {
            _bind.Value.Dispose();
        }

        if (_ipqs.IsValueCreated)
        {
            _ipqs.Value.Dispose();
        }

        await Link.DisposeAsync().ConfigureAwait(false);
    }

    private IAssessmentCache CreateCache(NumberIntelRedisOptions settings, TimeProvider time)
    {
        var memory = new MemoryAssessmentCache(_options.Cache, time);
        if (!settings.ShareCache)
        {
            return memory;
        }

        var shared = new DistributedAssessmentCache(new HashedKeyDistributedCache(_redisCache.Value, Link), _options.Cache);
        return new FleetAssessmentCache(memory, shared, _leases.Value, Link, Statistics);
    }
}
