using Microsoft.Extensions.Caching.Distributed;
using NumberIntel.Client.Redis.Connection;

namespace NumberIntel.Client.Redis.Caching;

/// <summary>
/// The Redis <see cref="IDistributedCache"/> as the fleet's cache uses it: keys hashed (<see cref="RedisKeys.Cache"/>, no
/// MSISDN in clear) and every call bounded by <see cref="NumberIntelRedisOptions.OperationTimeout"/>; a failure throws
/// <see cref="RedisUnavailableException"/>.
/// </summary>
internal sealed class HashedKeyDistributedCache(IDistributedCache inner, RedisLink link) : IDistributedCache
{
    private readonly string _prefix = link.Options.KeyPrefix;

    public byte[]? Get(string key) => inner.Get(RedisKeys.Cache(_prefix, key));

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        link.RunAsync("cache read", _ => inner.GetAsync(RedisKeys.Cache(_prefix, key), token), token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(RedisKeys.Cache(_prefix, key), value, options);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        link.RunAsync("cache write", _ => inner.SetAsync(RedisKeys.Cache(_prefix, key), value, options, token), token);

    public void Refresh(string key) => inner.Refresh(RedisKeys.Cache(_prefix, key));

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        link.RunAsync("cache refresh", _ => inner.RefreshAsync(RedisKeys.Cache(_prefix, key), token), token);

    public void Remove(string key) => inner.Remove(RedisKeys.Cache(_prefix, key));

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        link.RunAsync("cache remove", _ => inner.RemoveAsync(RedisKeys.Cache(_prefix, key), token), token);
}
