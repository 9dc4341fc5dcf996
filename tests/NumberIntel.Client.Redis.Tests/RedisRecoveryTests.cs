using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Redis.Tests.Infrastructure;
using NumberIntel.Client.Testing;
using StackExchange.Redis;

namespace NumberIntel.Client.Redis.Tests;

/// <summary>Redis goes away and comes back: the worker works locally meanwhile and returns to the fleet.</summary>
public sealed class RedisRecoveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AssessAsync_RedisBack_UsesTheFleetAgainAndSaysSoOnce()
    {
        await using var redis = GarnetRedis.Start();
        await using var emulator = await NumberIntelEmulator.StartAsync();
        var options = ConfigurationOptions.Parse(redis.Configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
        var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                restored.TrySetResult();
            }
        };
        var clock = new SkippingClock();
        var logs = new RecordingLogs();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddLogging(b => b.AddProvider(logs));
        services.AddNumberIntel(_ => { }).UseEmulator(emulator).UseRedis(connection, o => o.OperationTimeout = TimeSpan.FromSeconds(5));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<INumberIntelClient>();
        var statistics = provider.GetRequiredService<NumberIntelRedisStatistics>();

        redis.Stop();
        var whileDown = await client.AssessAsync("+385 98 400 0001").WaitAsync(Patience);
        Assert.False(statistics.RedisAvailable);
        redis.Restart();
        await restored.Task.WaitAsync(Patience);
        clock.Skip(TimeSpan.FromSeconds(6)); // past RetryInterval (5 s)
        var afterwards = await client.AssessAsync("+385 98 400 0002").WaitAsync(Patience);

        Assert.False(whileDown.Degraded);
        Assert.False(afterwards.Degraded);
        Assert.True(statistics.RedisAvailable);
        Assert.Single(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.StartsWith("Redis failed", StringComparison.Ordinal));
        Assert.Single(logs.Lines, l => l.Message.StartsWith("Redis is back", StringComparison.Ordinal));
        Assert.True(await connection.GetDatabase().KeyExistsAsync("rl:tb:{" + Connection.RedisKeys.RatePartition("numberintel:", NumberIntelVendor.Bind, emulator.BindApiKey) + "}"));
    }
}
