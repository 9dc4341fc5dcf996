using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NumberIntel.Client.Tests.Infrastructure;
using NumberIntel.Client.Tests.Telemetry;

namespace NumberIntel.Client.Tests.DependencyInjection;

/// <summary>
/// A burst of signups larger than the client's own rate limit, against a healthy vendor: the calls wait in the limiter's
/// queue, and that wait is neither an attempt timeout nor a vendor failure for the circuit breaker.
/// </summary>
public sealed class RateLimitedBurstTests
{
    private const int Calls = 1000;
    private const int PerSecond = 50;

    [Fact]
    public async Task AssessAsync_1000ConcurrentOver50PerSecondLimiter_NoneDegradedAndCircuitStaysClosed()
    {
        var time = new FakeTimeProvider();
        using var bindLimiter = new ManualRateLimiter(PerSecond);
        using var ipqsLimiter = new ManualRateLimiter(PerSecond);
        var bind = new StubHandler(async (request, ct) =>
        {
            using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(ct));
            var items = body.RootElement.GetProperty("msisdn").EnumerateArray()
                .Select(m => "{\"msisdn\":\"" + m.GetString() + "\",\"response\":0,\"phone\":{\"type\":\"mobile\"},\"scoring\":{\"credibility\":\"high\"}}");
            return StubHandler.JsonResponse("[" + string.Join(",", items) + "]");
        });
        var ipqs = StubHandler.Json("""{"success":true,"valid":true,"active":true,"line_type":"Wireless","fraud_score":0,"VOIP":false,"recent_abuse":false}""");
        using var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        services.AddNumberIntel(o =>
            {
                o.Bind.ApiKey = "bind-key";
                o.Bind.BaseAddress = new Uri("https://bind.test/");
                o.Ipqs.ApiKey = "ipqs-key";
                o.Ipqs.BaseAddress = new Uri("https://ipqs.test/api/");
                o.Cache.Enabled = false;
            })
            .UseRateLimiter(NumberIntelVendor.Bind, bindLimiter)
            .UseRateLimiter(NumberIntelVendor.Ipqs, ipqsLimiter);
        services.AddHttpClient(NumberIntelHttpClientNames.Bind).ConfigurePrimaryHttpMessageHandler(() => bind);
        services.AddHttpClient(NumberIntelHttpClientNames.Ipqs).ConfigurePrimaryHttpMessageHandler(() => ipqs);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<INumberIntelClient>();

        var calls = Enumerable.Range(0, Calls).Select(i => client.AssessAsync("+3859110" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var all = Task.WhenAll(calls);
        for (var second = 0; second < 3 * Calls / PerSecond && !all.IsCompleted; second++)
        {
            // Advance the clock only while no permitted request is still on its way to the vendor, so an attempt
            // timeout could only ever fire on time spent queued in the limiter.
            await SpinUntilAsync(() => bind.Completed == bindLimiter.Granted && ipqs.Completed == ipqsLimiter.Granted);
            time.Advance(TimeSpan.FromSeconds(1));
            bindLimiter.Refill(PerSecond);
            ipqsLimiter.Refill(PerSecond);
        }

        var results = await all.WaitAsync(TestTimeouts.Wait);

        Assert.Empty(results.Where(r => r.Degraded).SelectMany(r => r.Errors).Select(e => e.Message));
        Assert.Equal(Calls, bind.Count);
        Assert.Equal(Calls, ipqs.Count);
        Assert.DoesNotContain(logs.Entries, e => e.EventId.Id is 3002 or 3004); // circuit opened, attempt timed out
        Assert.True(time.GetUtcNow() - time.Start >= TimeSpan.FromSeconds(Calls / PerSecond - 1), "the burst was spread by the limiter");
    }

    private static async Task SpinUntilAsync(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "requests did not reach the in-memory vendor");
            await Task.Yield();
        }
    }
}
