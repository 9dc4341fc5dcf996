using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NumberIntel.Client.Benchmarks;

// dotnet run -c Release -- --peak-memory [count] [--cache]     memory profile of a bulk run
// dotnet run -c Release -- --cached-rerun FILE                a list assessed again with every answer cached, vs read + parse
// dotnet run -c Release -- --list-throughput FILE [--emulator] a list over the in-memory vendors (or the sandbox's emulator)
// dotnet run -c Release -- --serve-emulator                  the emulator for the cold-start runs (until stdin closes)
// dotnet run -c Release -- --alloc                            bytes allocated per call of each single-assessment row
// dotnet run -c Release -- --alloc-types Sdk_Both [...]      which types a row allocates (sampled)
// dotnet run -c Release -- --alloc-layers                     bytes per call of the Refit interfaces, one handler added at a time
// dotnet run -c Release -- --profile-loop Sdk_Both [seconds]  one row in a loop, for dotnet-trace
// dotnet run -c Release -- --normalizer-cpu                   normalizer ops/s per core by process CPU time
// dotnet run -c Release -- --smoke                            what each single-assessment row returns
// dotnet run -c Release -- --filter '*'                         BenchmarkDotNet (short, in-process job)
if (args.Contains("--peak-memory"))
{
    await PeakMemory.RunAsync(args);
    return;
}

if (Array.IndexOf(args, "--cached-rerun") is var rerun and >= 0)
{
    var repeat = Array.IndexOf(args, "--repeat") is var r and >= 0 ? int.Parse(args[r + 1], System.Globalization.CultureInfo.InvariantCulture) : 1;
    await ListRuns.CachedRerunAsync(args[rerun + 1], repeat, args.Contains("--attribution"));
    return;
}

if (Array.IndexOf(args, "--list-throughput") is var list and >= 0)
{
    await ListRuns.ThroughputAsync(args[list + 1], args.Contains("--emulator"));
    return;
}

if (args.Contains("--serve-emulator"))
{
    await ListRuns.ServeEmulatorAsync();
    return;
}

if (args.Contains("--alloc"))
{
    await AllocationsPerCall.RunAsync();
    return;
}

if (args.Length > 1 && args[0] == "--alloc-types")
{
    await AllocationTypes.RunAsync(args.Skip(1));
    return;
}

if (args.Contains("--alloc-layers"))
{
    await AllocationLayers.RunAsync();
    return;
}

if (Array.IndexOf(args, "--profile-loop") is var loop and >= 0)
{
    var seconds = args.Length > loop + 2 ? double.Parse(args[loop + 2], System.Globalization.CultureInfo.InvariantCulture) : 20;
    await ProfileLoop.RunAsync(args[loop + 1], seconds);
    return;
}

if (args.Contains("--normalizer-cpu"))
{
    await NormalizerCpu.RunAsync();
    return;
}

if (args.Contains("--smoke"))
{
    // Prints what each single-assessment benchmark returns, so a row never measures a failure path.
    var bench = new SingleAssessBenchmarks();
    bench.Setup();
    Console.WriteLine($"raw both {await bench.Raw_Both()}, bind {await bench.Raw_Bind()}, ipqs {await bench.Raw_Ipqs()}");
    Console.WriteLine($"sdk both {await bench.Sdk_Both()}, bind {await bench.Sdk_Bind()}, ipqs {await bench.Sdk_Ipqs()}");
    Console.WriteLine($"sdk (no policies) both {await bench.SdkNoPolicies_Both()}, bind {await bench.SdkNoPolicies_Bind()}, ipqs {await bench.SdkNoPolicies_Ipqs()}");
    Console.WriteLine($"sdk direct both {await bench.SdkDirect_Both()}");
    Console.WriteLine($"raw + SDK model both {await bench.RawFullModel_Both()}, bind {await bench.RawFullModel_Bind()}, ipqs {await bench.RawFullModel_Ipqs()}");
    Console.WriteLine($"typed clients bind {await bench.TypedClient_Bind()}, ipqs {await bench.TypedClient_Ipqs()}");
    Console.WriteLine($"refit interfaces both {await bench.Refit_Both()}, bind {await bench.Refit_Bind()}, ipqs {await bench.Refit_Ipqs()}");
    Console.WriteLine(await bench.Diagnose());
    bench.Cleanup();
    return;
}

var config = ManualConfig.CreateMinimumViable()
    .AddJob(Job.ShortRun.WithWarmupCount(5).WithIterationCount(10).WithId("Short10").WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(AssessManyBenchmarks).Assembly).Run(args, config);
