using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NumberIntel.Client.Redis.Connection;
using NumberIntel.Client.Redis.Tests.Infrastructure;
using NumberIntel.Client.Testing;
using StackExchange.Redis;

namespace NumberIntel.Client.Redis.Tests;

/// <summary>UseRedis against a real Redis-protocol server (Garnet, started by the test) and the emulator.</summary>
public sealed class RedisFleetTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private GarnetRedis _redis = null!;
    private NumberIntelEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _redis = GarnetRedis.Start();
        _emulator = await NumberIntelEmulator.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task AssessAsync_SecondWorker_GetsTheAnswersFromTheFleetCache()
    {
        await using var first = FleetWorker.Start(_emulator, _redis.Configuration);
        await using var second = FleetWorker.Start(_emulator, _redis.Configuration);

        var paid = await first.Client.AssessAsync("+385 98 200 0001").WaitAsync(Patience);
        var shared = await second.Client.AssessAsync("385982000001").WaitAsync(Patience);

        Assert.Equal(2, paid.PaidLookups.Count);
        Assert.Empty(shared.PaidLookups);
        Assert.Equal(2, shared.CacheHits.Count);
        Assert.Equal(paid.Label, shared.Label);
        Assert.Equal(2, second.Statistics.SharedCacheHits);
        Assert.Equal(1, _emulator.Bind.BilledCount("385982000001"));
        Assert.Equal(1, _emulator.Ipqs.BilledCount("385982000001"));
    }

    [Fact]
    public async Task AssessAsync_NumberAnotherWorkerIsBuying_IsWaitedForAndPaidOnce()
    {
        const string Number = "+385 98 200 0002";
        var held = _emulator.Faults.Add(EmulatorFault.Hold().OnVendor(NumberIntelVendor.Bind).ForNumber(Number).Always());
        await using var buyer = FleetWorker.Start(_emulator, _redis.Configuration);
        await using var waiter = FleetWorker.Start(_emulator, _redis.Configuration);

        var bindOnly = new AssessOptions { Vendors = VendorStrategy.BindOnly };
        var bought = buyer.Client.AssessAsync(Number, bindOnly);
        await held.WaitForHitAsync(1).WaitAsync(Patience);
        var waited = waiter.Client.AssessAsync(Number, bindOnly);
        await waiter.Statistics.FirstWaitStarted.WaitAsync(Patience);
        held.Release();
        var a = await bought.WaitAsync(Patience);
        var b = await waited.WaitAsync(Patience);

        Assert.Equal(0, buyer.Statistics.RedisFailures + waiter.Statistics.RedisFailures);
        Assert.Equal(1, _emulator.Bind.BilledCount(Number));
        Assert.Equal(1, _emulator.Bind.Requests);
        Assert.False(b.Degraded);
        Assert.Equal(a.Bind!.Scoring?.Credibility, b.Bind!.Scoring?.Credibility);
        Assert.Empty(b.PaidLookups);
        Assert.Equal(1, waiter.Statistics.WaitedForFleet);
    }

    [Fact]
    public async Task AssessAsync_ClaimOfAWorkerThatDied_ExpiresAndTheNumberIsBoughtOnce()
    {
        const string Msisdn = "385982000003";
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(_redis.Configuration))
        {
            var lease = RedisKeys.Lease("numberintel:", NumberIntelVendor.Bind, Msisdn, null);
            Assert.True(await connection.GetDatabase().StringSetAsync(lease, "dead-worker", TimeSpan.FromMilliseconds(300), When.NotExists));
        }

        await using var worker = FleetWorker.Start(_emulator, _redis.Configuration);
        var a = await worker.Client.AssessAsync("+" + Msisdn).WaitAsync(Patience);

        Assert.False(a.Degraded);
        Assert.Contains(NumberIntelVendor.Bind, a.PaidLookups);
        Assert.Equal(1, _emulator.Bind.BilledCount(Msisdn));
        Assert.Equal(0, worker.Statistics.WaitedForFleet);
    }

    [Fact]
    public async Task RedisKeys_WhileBuyingAndAfter_HoldNoApiKeyAndNoMsisdnInClear()
    {
        string[] numbers = ["+385 98 200 0004", "+385 98 200 0005", "+1 202 555 0143"];
        var held = _emulator.Faults.Add(EmulatorFault.Hold().OnVendor(NumberIntelVendor.Bind).ForNumber(numbers[0]).Always());
        await using var worker = FleetWorker.Start(_emulator, _redis.Configuration);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.Configuration);
        var server = connection.GetServer(connection.GetEndPoints()[0]);

        var run = worker.AssessAllAsync(numbers, Patience);
        await held.WaitForHitAsync(1).WaitAsync(Patience);
        var whileBuying = await AllKeysAsync(server);
        held.Release();
        await run;
        var after = await AllKeysAsync(server);

        Assert.Contains(whileBuying, k => k.StartsWith("numberintel:lease:", StringComparison.Ordinal));
        Assert.Contains(after, k => k.StartsWith("numberintel:cache:", StringComparison.Ordinal));
        Assert.Contains(after, k => k.Contains("numberintel:rate:bind:", StringComparison.Ordinal));
        string[] secrets = [_emulator.BindApiKey, _emulator.IpqsApiKey, "385982000004", "385982000005", "12025550143", "2000004", "5550143"];
        foreach (var key in whileBuying.Concat(after))
        {
            Assert.All(secrets, s => Assert.DoesNotContain(s, key, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AssessManyAsync_RedisUnreachable_AnswersEveryInputAndSaysSoOnce()
    {
        await using var nowhere = GarnetRedis.Start();
        var configuration = nowhere.Configuration;
        nowhere.Stop();
        await using var worker = FleetWorker.Start(_emulator, configuration);
        var numbers = Enumerable.Range(0, 20).Select(i => "+385 98 201 " + (1000 + i)).ToArray();

        var results = await worker.AssessAllAsync(numbers, Patience);

        Assert.Equal(numbers.Length, results.Count);
        Assert.All(results, r => Assert.False(r.Degraded));
        Assert.Single(worker.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.StartsWith("Redis failed", StringComparison.Ordinal));
        Assert.False(worker.Statistics.RedisAvailable);
    }

    [Fact]
    public void UseRedis_ConfigurationKey_IsRead()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["NumberIntel:Redis:Configuration"] = _redis.Configuration })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddNumberIntel(configuration.GetSection("NumberIntel")).UseRedis();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(_redis.Configuration, provider.GetRequiredService<IOptions<NumberIntelRedisOptions>>().Value.Configuration);
    }

    [Fact]
    public void UseRedis_NoConfiguration_FailsWithAClearMessage()
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(_ => { }).UseEmulator(_emulator).UseRedis();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<INumberIntelClient>());

        Assert.Contains("NumberIntel:Redis:Configuration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseRedis_ReadmeScalingOutExample_SharesAnswers()
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["NumberIntel:Redis:Configuration"] = _redis.Configuration })
            .Build();
        var services = new ServiceCollection();

        // README "Scaling out", without a host: the section is passed.
        services.AddNumberIntel(config.GetSection("NumberIntel"))
                .UseEmulator(_emulator)
                .UseRedis(config.GetSection("NumberIntel:Redis"));
        await using var provider = services.BuildServiceProvider();
        var a = await provider.GetRequiredService<INumberIntelClient>().AssessAsync("+385 98 200 0009").WaitAsync(Patience);

        Assert.Equal(2, a.PaidLookups.Count);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.Configuration);
        Assert.Contains(await AllKeysAsync(connection.GetServer(connection.GetEndPoints()[0])), k => k.StartsWith("numberintel:cache:", StringComparison.Ordinal));
    }

    private static async Task<List<string>> AllKeysAsync(IServer server)
    {
        var keys = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: "*"))
        {
            keys.Add(key.ToString());
        }

        return keys;
    }
}
