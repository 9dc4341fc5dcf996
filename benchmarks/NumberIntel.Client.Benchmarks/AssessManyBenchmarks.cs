using BenchmarkDotNet.Attributes;

namespace NumberIntel.Client.Benchmarks;

/// <summary>
/// Throughput and allocations of <see cref="INumberIntelClient.AssessManyAsync(IEnumerable{string}, AssessManyOptions?, CancellationToken)"/>
/// over the in-memory vendors: one operation is a whole run of <see cref="Count"/> inputs, so per number = result / Count.
/// </summary>
[MemoryDiagnoser]
public class AssessManyBenchmarks
{
    private NumberIntelClient _client = null!;
    private HttpClient _http = null!;

    /// <summary>Inputs per run.</summary>
    [Params(10_000)]
    public int Count { get; set; }

    /// <summary>Which vendors are asked.</summary>
    [Params(VendorStrategy.Both, VendorStrategy.BindOnly)]
    public VendorStrategy Strategy { get; set; }

    /// <summary>Whether output keeps input order.</summary>
    [Params(true, false)]
    public bool Ordered { get; set; }

    [GlobalSetup]
    public void Setup() => (_client, _, _http) = BenchmarkSetup.Create(cache: false, Strategy);

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark]
    public async Task<long> AssessMany()
    {
        long verified = 0;
        await foreach (var a in _client.AssessManyAsync(BenchmarkSetup.Inputs(Count), new AssessManyOptions { Ordered = Ordered }))
        {
            verified += (int)a.Label;
        }

        return verified;
    }
}

/// <summary>One number at a time (the signup path), cache off: the per-call overhead of the facade.</summary>
[MemoryDiagnoser]
public class AssessBenchmarks
{
    private NumberIntelClient _client = null!;
    private HttpClient _http = null!;

    [GlobalSetup]
    public void Setup() => (_client, _, _http) = BenchmarkSetup.Create(cache: false);

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark]
    public Task<NumberAssessment> Assess() => _client.AssessAsync("+385 91 555 0101");

    [Benchmark]
    public Task<NumberAssessment> AssessGarbage() => _client.AssessAsync("not a phone number");
}
