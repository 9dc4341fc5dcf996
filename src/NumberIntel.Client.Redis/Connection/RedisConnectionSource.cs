using StackExchange.Redis;

namespace NumberIntel.Client.Redis.Connection;

/// <summary>The connection given to <c>UseRedis(IConnectionMultiplexer)</c> (owned by the host), or none: the package then connects itself.</summary>
internal sealed class RedisConnectionSource(IConnectionMultiplexer? connection)
{
    public IConnectionMultiplexer? Connection { get; } = connection;
}
