namespace NumberIntel.Client.Benchmarks;

/// <summary>
/// <c>--alloc</c>: bytes allocated per call of each single-assessment row (<see cref="SingleAssessBenchmarks"/>), by
/// <see cref="GC.GetTotalAllocatedBytes(bool)"/> over 20,000 sequential calls after 2,000 warm-up calls. Exact and
/// independent of machine load (the same figure as BenchmarkDotNet's Allocated column), and quick: for attributing
/// allocations to layers when the machine is too busy for meaningful times. Also the process's CPU time per call over
/// the same calls (all threads, GC included): less disturbed by other processes than wall-clock time, though not immune
/// (shared caches and cores).
/// </summary>
internal static class AllocationsPerCall
{
    private const int Warmup = 2_000;
    private const int Calls = 20_000;

    public static async Task RunAsync()
    {
        var bench = new SingleAssessBenchmarks();
        bench.Setup();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        try
        {
            (string Name, Func<Task> Call)[] rows =
            [
                ("Raw_Both", bench.Raw_Both), ("RawFullModel_Both", bench.RawFullModel_Both), ("Refit_Both", bench.Refit_Both),
                ("SdkDirect_Both", bench.SdkDirect_Both), ("SdkNoPolicies_Both", bench.SdkNoPolicies_Both), ("Sdk_Both", bench.Sdk_Both),
                ("Raw_Bind", bench.Raw_Bind), ("RawFullModel_Bind", bench.RawFullModel_Bind), ("Refit_Bind", bench.Refit_Bind),
                ("TypedClient_Bind", bench.TypedClient_Bind), ("SdkNoPolicies_Bind", bench.SdkNoPolicies_Bind), ("Sdk_Bind", bench.Sdk_Bind),
                ("Raw_Ipqs", bench.Raw_Ipqs), ("RawFullModel_Ipqs", bench.RawFullModel_Ipqs), ("Refit_Ipqs", bench.Refit_Ipqs),
                ("TypedClient_Ipqs", bench.TypedClient_Ipqs), ("SdkNoPolicies_Ipqs", bench.SdkNoPolicies_Ipqs), ("Sdk_Ipqs", bench.Sdk_Ipqs),
            ];
            foreach (var (name, call) in rows)
            {
                for (var i = 0; i < Warmup; i++)
                {
                    await call();
                }

                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var before = GC.GetTotalAllocatedBytes(precise: true);
                for (var i = 0; i < Calls; i++)
                {
                    await call();
                }

                var perCall = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)Calls;
                process.Refresh();
                var cpu = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / Calls;
                Console.WriteLine($"{name,-20} {perCall,8:F0} B/call {cpu,8:F1} µs CPU/call");
            }
        }
        finally
        {
            bench.Cleanup();
        }
    }
}
