using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NumberIntel.Client.Testing;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Assessment;

/// <summary>
/// The whole DI-built facade over a fresh emulator (real loopback HTTP). By default: no client-side rate limit, no HTTP
/// retries and no circuit breaker (so faults surface at once), Bind item retries without back-off, and a
/// <see cref="FakeTimeProvider"/> so that no timer (linger, timeouts) ever fires on its own.
/// </summary>
internal sealed class FacadeHarness : IAsyncDisposable
{
    private FacadeHarness(NumberIntelEmulator emulator, ServiceProvider services, TimerAwareTimeProvider time)
    {
        Emulator = emulator;
        Services = services;
        Time = time;
    }

    public NumberIntelEmulator Emulator { get; }

    public ServiceProvider Services { get; }

    public TimerAwareTimeProvider Time { get; }

    public INumberIntelClient Client => Services.GetRequiredService<INumberIntelClient>();

    public static async Task<FacadeHarness> StartAsync(
        Action<NumberIntelOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        Action<INumberIntelBuilder>? builder = null)
    {
        var emulator = await NumberIntelEmulator.StartAsync();
        var time = new TimerAwareTimeProvider();
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(time);
        services?.Invoke(collection);
        var numberIntel = collection.AddNumberIntel(o =>
        {
            foreach (var vendor in new NumberIntelVendorOptions[] { o.Bind, o.Ipqs })
            {
                vendor.RateLimit.Enabled = false;
                vendor.Resilience.MaxRetryAttempts = 0;
                vendor.Resilience.CircuitBreakerEnabled = false;
                vendor.Resilience.UseJitter = false;
                vendor.Resilience.ItemBaseDelay = TimeSpan.Zero;
            }

            configure?.Invoke(o);
        }).UseEmulator(emulator);
        builder?.Invoke(numberIntel);
        return new FacadeHarness(emulator, collection.BuildServiceProvider(), time);
    }

    public async ValueTask DisposeAsync()
    {
        // The emulator first: a request it still holds ends, so the vendor call waiting for it finishes.
        await Emulator.DisposeAsync();

        await Time.DisposeDrivingClockAsync(Services, TestTimeouts.Wait);
    }
}

/// <summary>Helpers for bulk runs in tests.</summary>
internal static class Bulk
{
    public static async Task<List<NumberAssessment>> ToListAsync(this IAsyncEnumerable<NumberAssessment> source, CancellationToken cancellationToken = default)
    {
        var list = new List<NumberAssessment>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Collects progress reports synchronously (unlike <see cref="Progress{T}"/>, which posts them).</summary>
    public sealed class ProgressLog : IProgress<AssessProgress>
    {
        private readonly List<AssessProgress> _reports = [];

        public IReadOnlyList<AssessProgress> Reports
        {
            get
            {
                lock (_reports)
                {
                    return [.. _reports];
                }
            }
        }

        public void Report(AssessProgress value)
        {
            lock (_reports)
            {
                _reports.Add(value);
            }
        }
    }
}
