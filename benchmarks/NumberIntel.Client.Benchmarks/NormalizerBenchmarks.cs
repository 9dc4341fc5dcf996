using BenchmarkDotNet.Attributes;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Benchmarks;

/// <summary>
/// <see cref="ConfidenceNormalizer"/> on one core: each vendor answer alone, and the combined overload with a parse
/// result (what the facade calls). The answers are real wire models, read by the SDK's typed clients from
/// <see cref="InMemoryVendorHandler"/> once in setup.
/// </summary>
[MemoryDiagnoser]
public class NormalizerBenchmarks
{
    private readonly ConfidenceNormalizer _normalizer = new();
    private BindScoringResult _bind = null!;
    private IpqsPhoneResult _ipqs = null!;
    private PhoneNumberParseResult _number = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var http = new HttpClient(new InMemoryVendorHandler());
        var options = new NumberIntelOptions
        {
            Bind = { ApiKey = "bench-bind-key", BaseAddress = new Uri("https://bind.invalid/") },
            Ipqs = { ApiKey = "bench-ipqs-key", BaseAddress = new Uri("https://ipqs.invalid/api/") },
        };
        _bind = new BindClient(http, options.Bind).ScoreAsync("385915550101").GetAwaiter().GetResult();
        _ipqs = new IpqsClient(http, options.Ipqs).ValidateAsync("385915550101").GetAwaiter().GetResult();
        _number = PhoneNumberParser.Parse("+385 91 555 0101");
    }

    [Benchmark]
    public ConfidenceResult Normalize_Bind() => _normalizer.Normalize(_bind);

    [Benchmark]
    public ConfidenceResult Normalize_Ipqs() => _normalizer.Normalize(_ipqs);

    [Benchmark]
    public ConfidenceResult Normalize_Number_Bind_Ipqs() => _normalizer.Normalize(_number, _bind, _ipqs);

    /// <summary>For scale: the parse that precedes the combined overload.</summary>
    [Benchmark]
    public PhoneNumberParseResult Parse() => PhoneNumberParser.Parse("+385 91 555 0101");
}
