using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NumberIntel.Client.Benchmarks;

// dotnet run -c Release -- --peak-memory [count] [--cache]     memory profile of a bulk run
// dotnet run -c Release -- --filter '*'                         BenchmarkDotNet (short, in-process job)
if (args.Contains("--peak-memory"))
{
    await PeakMemory.RunAsync(args);
    return;
}

var config = ManualConfig.CreateMinimumViable()
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(AssessManyBenchmarks).Assembly).Run(args, config);
