using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Redis.Tests.Infrastructure;

/// <summary>One worker of a fleet: its own service provider with <c>AddNumberIntel().UseEmulator().UseRedis()</c>.</summary>
internal sealed class FleetWorker : IAsyncDisposable
{
    private FleetWorker(ServiceProvider services, RecordingLogs logs)
    {
        Services = services;
        Logs = logs;
    }

    public ServiceProvider Services { get; }

    public RecordingLogs Logs { get; }

    public INumberIntelClient Client => Services.GetRequiredService<INumberIntelClient>();

    public NumberIntelRedisStatistics Statistics => Services.GetRequiredService<NumberIntelRedisStatistics>();

    public static FleetWorker Start(
        NumberIntelEmulator emulator,
        string redisConfiguration,
        double permitsPerSecond = 1000,
        Action<NumberIntelRedisOptions>? redis = null,
        Action<NumberIntelOptions>? options = null)
    {
        var logs = new RecordingLogs();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        services.AddNumberIntel(o =>
        {
            foreach (var vendor in new NumberIntelVendorOptions[] { o.Bind, o.Ipqs })
            {
                vendor.RateLimit.PermitsPerSecond = permitsPerSecond;
                vendor.Resilience.UseJitter = false;
            }

            options?.Invoke(o);
        })
        .UseEmulator(emulator)
        .UseRedis(redisConfiguration, o =>
        {
            o.OperationTimeout = TimeSpan.FromSeconds(5); // a busy test machine is not a Redis failure
            o.RetryInterval = TimeSpan.FromMilliseconds(500);
            o.LeasePollInterval = TimeSpan.FromMilliseconds(20);
            redis?.Invoke(o);
        });
        return new FleetWorker(services.BuildServiceProvider(), logs);
    }

    /// <summary>Assesses <paramref name="inputs"/> in bulk; every wait is bounded.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="limit">The longest the run may take.</param>
    /// <param name="answered">Called with the number of answers so far, after each one.</param>
    public async Task<List<NumberAssessment>> AssessAllAsync(IEnumerable<string> inputs, TimeSpan limit, Action<int>? answered = null)
    {
        using var cts = new CancellationTokenSource(limit);
        var results = new List<NumberAssessment>();
        await foreach (var a in Client.AssessManyAsync(inputs, null, cts.Token))
        {
            results.Add(a);
            answered?.Invoke(results.Count);
        }

        return results;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
