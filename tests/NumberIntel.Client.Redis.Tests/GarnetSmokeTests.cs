using NumberIntel.Client.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace NumberIntel.Client.Redis.Tests;

public sealed class GarnetSmokeTests
{
    [Fact]
    public async Task Garnet_StartedByTheTests_RunsLuaScripts()
    {
        await using var redis = GarnetRedis.Start();
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);

        var result = await connection.GetDatabase().ScriptEvaluateAsync("return redis.call('SET', KEYS[1], ARGV[1])", ["k"], ["v"]).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("OK", result.ToString());
    }
}
