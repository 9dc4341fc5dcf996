using System.Globalization;
using NumberIntel.Client.Redis.Tests.Infrastructure;
using NumberIntel.Client.Testing;
using Xunit.Abstractions;

namespace NumberIntel.Client.Redis.Tests;

/// <summary>
/// Four workers (separate service providers) on overlapping lists — half of each list shared by all — against the emulator
/// enforcing a per-vendor allocation, sharing one Redis (Garnet, started by the test).
/// </summary>
public sealed class FleetAllocationTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>The vendors' allocation (per vendor, per second), enforced by the emulator.</summary>
    private const double Allocation = 200;

    /// <summary>The fleet's setting: the account's allocation, as the SDK's documentation asks.</summary>
    private const double FleetPermitsPerSecond = Allocation;

    private const int Workers = 4;
    private const int SharedNumbers = 150;
    private const int OwnNumbers = 150;
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(90);

    private GarnetRedis _redis = null!;
    private NumberIntelEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _redis = GarnetRedis.Start();
        _emulator = await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions
        {
            BindPermitsPerSecond = Allocation,
            IpqsPermitsPerSecond = Allocation,
        });
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task FourWorkers_OverlappingLists_PayEachNumberOncePerVendorAtTheAllocation()
    {
        var lists = Lists();
        var workers = await StartWorkersAsync();
        try
        {
            var results = await Task.WhenAll(workers.Select((w, i) => w.AssessAllAsync(lists[i], RunLimit))).WaitAsync(RunLimit);

            AssertEveryInputAnsweredOnce(lists, results);
            var distinct = lists.SelectMany(l => l).Distinct(StringComparer.Ordinal).Count();
            foreach (var vendor in new[] { _emulator.Bind, _emulator.Ipqs })
            {
                Assert.Equal(distinct, vendor.BilledByNumber.Count);
                Assert.All(vendor.BilledByNumber, n => Assert.Equal(1, n.Value)); // paid once across the fleet
                var requests = vendor.ReceivedRequests;
                var seconds = (requests[^1].ReceivedAt - requests[0].ReceivedAt).TotalSeconds;
                var rate = vendor.Lookups / seconds;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{vendor.Vendor}: {vendor.Lookups} lookups in {seconds:F2} s = {rate:F0}/s (allocation {Allocation}/s), throttled {vendor.Throttled}, requests {vendor.Requests}"));
                Assert.True(rate >= 0.9 * Allocation, $"{vendor.Vendor}: {rate:F0}/s is below 0.9 × {Allocation}/s");
                Assert.True(vendor.Throttled <= 0.01 * vendor.Lookups, $"{vendor.Vendor}: {vendor.Throttled} throttled of {vendor.Lookups}");
            }

            Assert.True(workers.Sum(w => w.Statistics.SharedCacheHits) > 0);
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task FourWorkers_RedisStoppedMidway_AnswerEveryInputExactlyOnce()
    {
        var lists = Lists();
        var workers = await StartWorkersAsync();
        try
        {
            // Redis goes away while the fleet is buying: when the Bind request with the number a third into the first
            // worker's list reaches the vendor (held there until Redis is down).
            var held = _emulator.Faults.Add(EmulatorFault.Hold().OnVendor(NumberIntelVendor.Bind).ForNumber(lists[0][lists[0].Count / 3]).Times(1));
            var runs = Task.WhenAll(workers.Select((w, i) => w.AssessAllAsync(lists[i], RunLimit)));
            await held.WaitForHitAsync(1).WaitAsync(RunLimit);
            _redis.Stop();
            held.Release();
            var results = await runs.WaitAsync(RunLimit);

            AssertEveryInputAnsweredOnce(lists, results);
            foreach (var line in workers.SelectMany(w => w.Logs.Lines).Where(l => l.Category == "NumberIntel.Client.Redis"))
            {
                output.WriteLine(line.Message);
            }

            Assert.Contains(workers, w => w.Statistics.RedisFailures > 0);
            Assert.All(workers, w => Assert.True(w.Logs.Lines.Count(l => l.Message.StartsWith("Redis failed", StringComparison.Ordinal)) <= 1)); // said once
            Assert.True(workers.Sum(w => w.Statistics.SharedCacheHits) > 0); // the fleet shared answers before Redis went away
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"billed: bind {_emulator.Bind.Billed}, ipqs {_emulator.Ipqs.Billed} for {lists.SelectMany(l => l).Distinct().Count()} distinct numbers; throttled: bind {_emulator.Bind.Throttled}, ipqs {_emulator.Ipqs.Throttled}"));
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }
    }

    private static void AssertEveryInputAnsweredOnce(List<string>[] lists, List<NumberAssessment>[] results)
    {
        for (var i = 0; i < lists.Length; i++)
        {
            Assert.Equal(lists[i].Count, results[i].Count);
            Assert.Equal(Enumerable.Range(0, lists[i].Count).Select(n => (long)n), results[i].Select(r => r.Index));
            Assert.Equal(lists[i], results[i].Select(r => r.Input));
            Assert.All(results[i], r => Assert.NotNull(r.Confidence));
        }
    }

    /// <summary>Each worker: the shared numbers and its own, shuffled differently (half of each list is shared by all).</summary>
    private static List<string>[] Lists()
    {
        var shared = Enumerable.Range(0, SharedNumbers).Select(n => Number(n)).ToArray();
        return [.. Enumerable.Range(0, Workers).Select(w =>
        {
            var own = Enumerable.Range(0, OwnNumbers).Select(n => Number(((w + 1) * 10_000) + n));
            var list = shared.Concat(own).ToList();
            var random = new Random(w);
            return list.OrderBy(_ => random.Next()).ToList();
        })];
    }

    private static string Number(int n) => "+385 98 " + (2_100_000 + n).ToString(CultureInfo.InvariantCulture);

    // Each worker is warmed up (connections open, code compiled) on a number of its own, then the emulator's counters are
    // reset: the run measures the fleet, not the start of four processes.
    private async Task<FleetWorker[]> StartWorkersAsync()
    {
        FleetWorker[] workers = [.. Enumerable.Range(0, Workers).Select(_ => FleetWorker.Start(
            _emulator,
            _redis.Configuration,
            FleetPermitsPerSecond,
            o => o.ExpectedWorkers = Workers,
            o => o.Bind.RateLimit.BurstSize = o.Ipqs.RateLimit.BurstSize = 100))];
        await Task.WhenAll(workers.Select((w, i) => w.Client.AssessAsync(Number(900_000 + i)))).WaitAsync(RunLimit);
        _emulator.Bind.Reset();
        _emulator.Ipqs.Reset();
        return workers;
    }
}
