using System.Diagnostics;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Benchmarks;

/// <summary>
/// <c>--normalizer-cpu</c>: the normalizer rows of <see cref="NormalizerBenchmarks"/> timed by this process's CPU time
/// (not wall time) over 2,000,000 calls each, three rounds. On a shared, overloaded machine wall-clock means mostly
/// measure waiting for a core; CPU time per call is the steadier figure for "ops/s per core".
/// </summary>
internal static class NormalizerCpu
{
    private const int Calls = 2_000_000;

    public static async Task RunAsync()
    {
        using var http = new HttpClient(new InMemoryVendorHandler());
        var options = new NumberIntelOptions
        {
            Bind = { ApiKey = "bench-bind-key", BaseAddress = new Uri("https://bind.invalid/") },
            Ipqs = { ApiKey = "bench-ipqs-key", BaseAddress = new Uri("https://ipqs.invalid/api/") },
        };
        var bind = await new BindClient(http, options.Bind).ScoreAsync("385915550101");
        var ipqs = await new IpqsClient(http, options.Ipqs).ValidateAsync("385915550101");
        var number = PhoneNumberParser.Parse("+385 91 555 0101");
        var normalizer = new ConfidenceNormalizer();
        (string Name, Func<ConfidenceResult> Call)[] rows =
        [
            ("Normalize(BindScoringResult)", () => normalizer.Normalize(bind)),
            ("Normalize(IpqsPhoneResult)", () => normalizer.Normalize(ipqs)),
            ("Normalize(number, bind, ipqs)", () => normalizer.Normalize(number, bind, ipqs)),
        ];
        for (var round = 1; round <= 3; round++)
        {
            foreach (var (name, call) in rows)
            {
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                for (var i = 0; i < Calls; i++)
                {
                    call();
                }

                process.Refresh();
                var cpuNs = (process.TotalProcessorTime - cpu).TotalMilliseconds * 1e6 / Calls;
                var wallNs = wall.Elapsed.TotalMilliseconds * 1e6 / Calls;
                Console.WriteLine($"round {round}  {name,-30} cpu {cpuNs,6:F0} ns/op = {1e3 / cpuNs,5:F2} M/s per core   (wall {wallNs,6:F0} ns/op)");
            }
        }
    }
}
