using System.Diagnostics;
using System.Globalization;

namespace NumberIntel.Client.Benchmarks;

/// <summary>
/// <c>--peak-memory [count] [--cache]</c>: streams <c>count</c> (default 1,000,000) generated numbers through
/// <see cref="NumberIntelClient.AssessManyAsync(IEnumerable{string}, AssessManyOptions?, CancellationToken)"/> and prints the
/// managed heap and the process working set at intervals, to show that memory stays flat (only the set of MSISDNs seen grows).
/// </summary>
internal static class PeakMemory
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).FirstOrDefault(n => n > 0);
        count = count > 0 ? count : 1_000_000;
        var cache = args.Contains("--cache");
        var (client, handler, http) = BenchmarkSetup.Create(cache);
        using var _ = http;
        var process = Process.GetCurrentProcess();
        var every = Math.Max(count / 10, 1);
        var stopwatch = Stopwatch.StartNew();
        long done = 0;
        long degraded = 0;
        Console.WriteLine($"peak-memory: {count:N0} inputs, vendors both, cache {(cache ? "on (memory, 100,000 answers)" : "off")}, ordered");
        Console.WriteLine("      done |  heap MB | live MB (after full GC) | working set MB | peak WS MB | numbers/s");
        Print(0);
        await foreach (var a in client.AssessManyAsync(BenchmarkSetup.Inputs(count), new AssessManyOptions { TotalCount = count }))
        {
            done++;
            degraded += a.Degraded ? 1 : 0;
            if (done % every == 0)
            {
                Print(done);
            }
        }

        Console.WriteLine($"requests: Bind {handler.BindRequests:N0}, IPQS {handler.IpqsRequests:N0}; degraded {degraded}; {stopwatch.Elapsed.TotalSeconds:0.0} s");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Console.WriteLine($"after the run, full GC: managed {GC.GetTotalMemory(true) / 1048576.0:0.0} MB");

        void Print(long n)
        {
            var rate = stopwatch.Elapsed.TotalSeconds > 0 ? n / stopwatch.Elapsed.TotalSeconds : 0;
            var heap = GC.GetTotalMemory(false);
            var live = GC.GetTotalMemory(true); // a full collection: what the run really holds
            process.Refresh();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{n,10:N0} | {heap / 1048576.0,8:0.0} | {live / 1048576.0,23:0.0} | {process.WorkingSet64 / 1048576.0,14:0.0} | {process.PeakWorkingSet64 / 1048576.0,10:0.0} | {rate,9:N0}"));
        }
    }
}
