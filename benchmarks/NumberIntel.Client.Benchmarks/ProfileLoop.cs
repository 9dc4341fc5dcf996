using System.Diagnostics;
using System.Reflection;

namespace NumberIntel.Client.Benchmarks;

/// <summary>
/// Calls one single-assessment row in a loop for a while, so a CPU sampler can attach
/// (<c>dotnet-trace collect --profile dotnet-sampled-thread-time -- dotnet NumberIntel.Client.Benchmarks.dll --profile-loop Sdk_Both 20</c>).
/// </summary>
internal static class ProfileLoop
{
    public static async Task RunAsync(string row, double seconds)
    {
        var bench = new SingleAssessBenchmarks();
        bench.Setup();
        var method = typeof(SingleAssessBenchmarks).GetMethod(row, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"no row {row}");
        var call = (Func<Task<Confidence.ConfidenceLabel>>)method.CreateDelegate(typeof(Func<Task<Confidence.ConfidenceLabel>>), bench);
        var clock = Stopwatch.StartNew();
        long calls = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 1000; i++)
            {
                await call();
            }

            calls += 1000;
        }

        Console.WriteLine($"{row}: {calls} calls, {clock.Elapsed.TotalMilliseconds * 1000 / calls:F2} µs per call");
        bench.Cleanup();
    }
}
