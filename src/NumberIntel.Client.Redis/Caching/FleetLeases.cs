using System.Collections.Concurrent;
using NumberIntel.Client.Redis.Connection;
using StackExchange.Redis;

namespace NumberIntel.Client.Redis.Caching;

/// <summary>
/// Claims on buying a number, one Redis key per vendor + MSISDN hash (<see cref="RedisKeys.Lease"/>): taken with
/// <c>SET NX PX</c>, renewed by this worker while it holds them (every third of <see cref="NumberIntelRedisOptions.LeaseDuration"/>),
/// released when the purchase ends; a worker that dies loses them when they expire.
/// </summary>
internal sealed class FleetLeases : IDisposable
{
    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

    private readonly RedisLink _link;
    private readonly RedisValue _owner = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal);
    private readonly ITimer _renewal;
    private int _renewing;

    public FleetLeases(RedisLink link)
    {
        _link = link;
        var every = link.Options.LeaseDuration / 3;
        _renewal = link.Time.CreateTimer(static s => _ = ((FleetLeases)s!).RenewAsync(), this, every, every);
    }

    /// <summary>Leases held by this worker now (for tests).</summary>
    public int HeldCount => _held.Count;

    /// <summary>Takes the claim; false when another worker holds it. Throws <see cref="RedisUnavailableException"/>.</summary>
    public async Task<bool> TryAcquireAsync(string key, CancellationToken cancellationToken)
    {
        var taken = await _link.RunAsync(
            "lease",
            db => db.StringSetAsync(key, _owner, _link.Options.LeaseDuration, When.NotExists),
            cancellationToken).ConfigureAwait(false);
        if (taken)
        {
            _held[key] = 0;
        }

        return taken;
    }

    /// <summary>Whether any worker holds the claim. Throws <see cref="RedisUnavailableException"/>.</summary>
    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) =>
        _link.RunAsync("lease check", db => db.KeyExistsAsync(key), cancellationToken);

    /// <summary>Gives the claim up, if this worker holds it (a claim another worker took over is left alone).</summary>
    public async Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        if (!_held.TryRemove(key, out _))
        {
            return;
        }

        await _link.RunAsync(
            "lease release",
            db => db.ScriptEvaluateAsync(ReleaseScript, [key], [_owner]),
            cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _renewal.Dispose();

    private async Task RenewAsync()
    {
        if (_held.IsEmpty || !_link.IsAvailable || Interlocked.Exchange(ref _renewing, 1) == 1)
        {
            return;
        }

        try
        {
            var keys = _held.Keys.ToArray();
            await _link.RunAsync(
                "lease renewal",
                db => Task.WhenAll(keys.Select(k => db.KeyExpireAsync(k, _link.Options.LeaseDuration))),
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (RedisUnavailableException)
        {
            // Logged by the link; the claims expire on their own if Redis stays away.
        }
        finally
        {
            Volatile.Write(ref _renewing, 0);
        }
    }
}
