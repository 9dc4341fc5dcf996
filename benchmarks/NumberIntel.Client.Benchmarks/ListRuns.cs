using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Benchmarks;

/// <summary>
/// Bulk runs over a list file (issue 15 goals 4 and 6), each through <c>AddNumberIntel</c> as the CLI builds it (client-side
/// rate limit off, as in the CLI's sandbox; resilience on; ordered; <c>MaxConcurrency</c> 4):
/// <list type="bullet">
/// <item><c>--cached-rerun FILE</c>: the floor (read the lines and <see cref="PhoneNumberParser.Parse"/> each, offline), then
/// the list assessed once over the in-memory vendors with a memory cache large enough for every answer, then a second
/// time with every answer in the cache (no vendor request allowed); lines/s of both, their ratio, and the working set.</item>
/// <item><c>--list-throughput FILE [--emulator]</c>: the list assessed once, cache on with the CLI's defaults, over the
/// in-memory vendor handler (or, with <c>--emulator</c>, over the loopback emulator the CLI's sandbox uses).</item>
/// </list>
/// </summary>
internal static class ListRuns
{
    public static async Task CachedRerunAsync(string path, int repeat, bool attribution)
    {
        var lines = CountLines(path);
        Console.WriteLine($"cached-rerun: {path}, {lines:N0} lines, {CountDistinct(path):N0} distinct");
        var floorCold = Floor(path);
        var floor = Floor(path); // the second: JIT and page cache warm, as for the re-run
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"floor (read + parse, offline): {floor.Seconds:0.00} s = {lines / floor.Seconds:N0} lines/s, CPU {floor.Cpu:0.00} s (first pass {floorCold.Seconds:0.00} s); {floor.Valid:N0} possible numbers"));

        var handler = new InMemoryVendorHandler();
        var (client, services) = Hosted(o => o.Cache.MemoryCacheSizeLimit = 10_000_000, b => b.ConfigurePrimaryHttpMessageHandler(() => handler));
        await using (services)
        {
            var first = await RunAsync(client, path);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first run (fills the cache): {first.Seconds:0.00} s = {lines / first.Seconds:N0} lines/s; vendor requests Bind {handler.BindRequests:N0}, IPQS {handler.IpqsRequests:N0}; cache hits {first.CacheHits:N0}"));
            var bind = handler.BindRequests;
            var ipqs = handler.IpqsRequests;
            Collect();
            var before = WorkingSetMb();
            var (peakBefore, resetPeak) = ResetPeak();
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
            var rerun = await RunAsync(client, path);
            var gcText = string.Create(CultureInfo.InvariantCulture, $"GCs during the re-run: gen0 {GC.CollectionCount(0) - gcs.Item1}, gen1 {GC.CollectionCount(1) - gcs.Item2}, gen2 {GC.CollectionCount(2) - gcs.Item3}, pause {(GC.GetTotalPauseDuration() - gcs.Item4).TotalSeconds:0.00} s, allocated {(GC.GetTotalAllocatedBytes() - gcs.Item5) / (double)lines:N0} B per line");
            for (var i = 1; i < repeat; i++)
            {
                await RunAsync(client, path); // --repeat: more of the re-run for a profiler
            }

            var peakDuring = PeakMb();
            if (attribution)
            {
                var unordered = await RunAsync(client, path, ordered: false);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  attribution: re-run unordered {unordered.Seconds:0.00} s, CPU {unordered.Cpu:0.00} s"));
                var sequential = await SequentialAsync(client, path);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  attribution: one AssessAsync after the other (no bulk pipeline) {sequential.Seconds:0.00} s, CPU {sequential.Cpu:0.00} s"));
            }

            var sent = handler.BindRequests - bind + handler.IpqsRequests - ipqs;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"re-run (every answer cached): {rerun.Seconds:0.00} s = {lines / rerun.Seconds:N0} lines/s, CPU {rerun.Cpu:0.00} s; vendor requests {sent:N0}; cache hits {rerun.CacheHits:N0}; duplicates {rerun.Duplicates:N0}; degraded {rerun.Degraded:N0}"));
            Console.WriteLine(gcText);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio re-run / floor (throughput): {floor.Seconds / rerun.Seconds:0.000}; by CPU time: {floor.Cpu / rerun.Cpu:0.000}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"working set: {before:0} MB before the re-run (cache full), peak during the re-run {(resetPeak ? peakDuring.ToString("0", CultureInfo.InvariantCulture) : "n/a")} MB (+{(resetPeak ? (peakDuring - before).ToString("0", CultureInfo.InvariantCulture) : "n/a")} MB), process peak {Math.Max(peakBefore, peakDuring):0} MB; managed after full GC {GC.GetTotalMemory(true) / 1048576.0:0} MB"));
            if (sent != 0)
            {
                Console.WriteLine("WARNING: the re-run sent vendor requests: not every answer was cached");
            }
        }
    }

    public static async Task ThroughputAsync(string path, bool emulator)
    {
        var lines = CountLines(path);
        await using var server = emulator ? await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { RecentRequestLimit = 0, NumberCountLimit = 0 }) : null;
        var handler = new InMemoryVendorHandler();
        var (client, services) = server is null
            ? Hosted(static _ => { }, b => b.ConfigurePrimaryHttpMessageHandler(() => handler))
            : Hosted(static _ => { }, null, server);
        await using (services)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var run = await RunAsync(client, path);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var vendor = server is null ? "in-memory vendor handler" : "loopback emulator (the CLI's sandbox)";
            var requests = server is null ? $"Bind {handler.BindRequests:N0}, IPQS {handler.IpqsRequests:N0}" : $"Bind {server.Bind.Requests:N0}, IPQS {server.Ipqs.Requests:N0}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"list-throughput over the {vendor}: {path}, {lines:N0} lines in {run.Seconds:0.00} s = {lines / run.Seconds:N0} lines/s; CPU {cpu.TotalSeconds:0.0} s; requests {requests}; cache hits {run.CacheHits:N0}; peak WS {PeakMb():0} MB"));
        }
    }

    /// <summary><c>--serve-emulator</c>: starts the emulator, prints <c>BIND_BASE IPQS_BASE BIND_KEY IPQS_KEY</c> on one line and serves until standard input closes (for the cold-start runs).</summary>
    public static async Task ServeEmulatorAsync()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { RecentRequestLimit = 0, NumberCountLimit = 0 });
        Console.WriteLine($"{emulator.BindBaseAddress} {emulator.IpqsBaseAddress} {emulator.BindApiKey} {emulator.IpqsApiKey}");
        await Console.In.ReadToEndAsync();
    }

    private static (INumberIntelClient Client, ServiceProvider Services) Hosted(Action<NumberIntelOptions> configure, Action<IHttpClientBuilder>? primary, NumberIntelEmulator? emulator = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddNumberIntel(o =>
        {
            o.Bind.ApiKey = emulator?.BindApiKey ?? "bench-bind-key";
            o.Bind.BaseAddress = emulator?.BindBaseAddress ?? new Uri("https://bind.invalid/");
            o.Ipqs.ApiKey = emulator?.IpqsApiKey ?? "bench-ipqs-key";
            o.Ipqs.BaseAddress = emulator?.IpqsBaseAddress ?? new Uri("https://ipqs.invalid/api/");
            o.Bind.RateLimit.Enabled = false;
            o.Ipqs.RateLimit.Enabled = false;
            configure(o);
        });
        if (emulator is not null)
        {
            builder.UseEmulator(emulator);
        }

        if (primary is not null)
        {
            foreach (var name in new[] { NumberIntelHttpClientNames.Bind, NumberIntelHttpClientNames.Ipqs })
            {
                primary(services.AddHttpClient(name).SetHandlerLifetime(Timeout.InfiniteTimeSpan));
            }
        }

        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<INumberIntelClient>(), provider);
    }

    private static async Task<RunResult> SequentialAsync(INumberIntelClient client, string path)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        long hits = 0;
        foreach (var line in File.ReadLines(path))
        {
            hits += (await client.AssessAsync(line)).CacheHits.Count;
        }

        return new RunResult(stopwatch.Elapsed.TotalSeconds, hits, 0, 0, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    private static async Task<RunResult> RunAsync(INumberIntelClient client, string path, bool ordered = true)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        long hits = 0, duplicates = 0, degraded = 0;
        await foreach (var a in client.AssessManyAsync(File.ReadLines(path), new AssessManyOptions { Ordered = ordered }))
        {
            hits += a.CacheHits.Count;
            duplicates += a.DuplicateOf is null ? 0 : 1;
            degraded += a.Degraded ? 1 : 0;
        }

        return new RunResult(stopwatch.Elapsed.TotalSeconds, hits, duplicates, degraded, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    private static (double Seconds, long Valid, double Cpu) Floor(string path)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        long valid = 0;
        foreach (var line in File.ReadLines(path))
        {
            valid += PhoneNumberParser.Parse(line).Msisdn is null ? 0 : 1;
        }

        return (stopwatch.Elapsed.TotalSeconds, valid, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    private static long CountLines(string path) => File.ReadLines(path).LongCount();

    private static long CountDistinct(string path) => File.ReadLines(path).Distinct(StringComparer.Ordinal).LongCount();

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static double WorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1048576.0;
    }

    private static double PeakMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1048576.0;
    }

    /// <summary>Resets the kernel's peak resident set (VmHWM) so the next read is the peak of what follows (Linux: <c>/proc/self/clear_refs</c> 5).</summary>
    private static (double PeakSoFar, bool Reset) ResetPeak()
    {
        var peak = PeakMb();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return (peak, true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (peak, false);
        }
    }

    private readonly record struct RunResult(double Seconds, long CacheHits, long Duplicates, long Degraded, double Cpu);
}
