using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Benchmarks;

/// <summary>
/// One assessment, cache off, over <see cref="InMemoryVendorHandler"/>: the SDK as <c>AddNumberIntel</c> builds it
/// (<c>Sdk</c>), the same without resilience pipeline and rate limiter (<c>SdkNoPolicies</c>), the facade built by hand
/// without DI (<c>SdkDirect</c>), the Refit wire interfaces resolved from DI called directly (<c>Refit</c>: handlers and
/// pipeline, no typed client, no facade), against a hand-written <see cref="HttpClient"/> + System.Text.Json call (<c>Raw</c>, the baseline).
/// Layers: Raw → Refit → TypedClient → Sdk (facade).
/// Grouped by vendor strategy: Both (concurrent), Bind only, IPQS only.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SingleAssessBenchmarks
{
    private const string Input = "+385 91 555 0101";

    private readonly List<IDisposable> _owned = [];
    private RawVendorCaller _raw = null!;
    private INumberIntelClient _sdkBoth = null!;
    private INumberIntelClient _sdkBothNoPolicies = null!;
    private INumberIntelClient _sdkBothDirect = null!;
    private BindClient _typedBind = null!;
    private IpqsClient _typedIpqs = null!;
    private ConfidenceNormalizer _normalizer = null!;
    private INumberIntelClient _sdkBind = null!;
    private INumberIntelClient _sdkBindNoPolicies = null!;
    private INumberIntelClient _sdkIpqs = null!;
    private INumberIntelClient _sdkIpqsNoPolicies = null!;
    private IBindApi _bindApi = null!;
    private IIpqsApi _ipqsApi = null!;

    [GlobalSetup]
    public void Setup()
    {
        var http = new HttpClient(new InMemoryVendorHandler());
        _owned.Add(http);
        _raw = new RawVendorCaller(http);
        _sdkBoth = Hosted(VendorStrategy.Both, policies: true);
        _sdkBothNoPolicies = Hosted(VendorStrategy.Both, policies: false);
        _sdkBind = Hosted(VendorStrategy.BindOnly, policies: true);
        _sdkBindNoPolicies = Hosted(VendorStrategy.BindOnly, policies: false);
        _sdkIpqs = Hosted(VendorStrategy.IpqsOnly, policies: true);
        _sdkIpqsNoPolicies = Hosted(VendorStrategy.IpqsOnly, policies: false);
        var (direct, _, directHttp) = BenchmarkSetup.Create(cache: false);
        _owned.Add(directHttp);
        _sdkBothDirect = direct;
        var options = new NumberIntelOptions
        {
            Bind = { ApiKey = "bench-bind-key", BaseAddress = new Uri("https://bind.invalid/") },
            Ipqs = { ApiKey = "bench-ipqs-key", BaseAddress = new Uri("https://ipqs.invalid/api/") },
        };
        _typedBind = new BindClient(http, options.Bind);
        _typedIpqs = new IpqsClient(http, options.Ipqs);
        _normalizer = new ConfidenceNormalizer();
        var (_, refitServices) = BenchmarkSetup.CreateHosted(VendorStrategy.Both);
        _owned.Add(refitServices);
        _bindApi = refitServices.GetRequiredService<IBindApi>();
        _ipqsApi = refitServices.GetRequiredService<IIpqsApi>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var d in _owned)
        {
            d.Dispose();
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Both")]
    public Task<ConfidenceLabel> Raw_Both() => _raw.AssessBothAsync(Input);

    /// <summary>Raw HTTP for both vendors concurrently, but the SDK's full wire models (its JSON context), parser and combined normalizer.</summary>
    [Benchmark, BenchmarkCategory("Both")]
    public Task<ConfidenceLabel> RawFullModel_Both() => _raw.AssessBothFullModelAsync(Input, _normalizer);

    [Benchmark, BenchmarkCategory("Both")]
    public async Task<ConfidenceLabel> Sdk_Both() => (await _sdkBoth.AssessAsync(Input)).Label;

    /// <summary>Both Refit interfaces from DI, concurrently, plus the normalizer and Combine: no typed clients, no facade.</summary>
    [Benchmark, BenchmarkCategory("Both")]
    public async Task<ConfidenceLabel> Refit_Both()
    {
        var bind = RefitBindAsync();
        var ipqs = RefitIpqsAsync();
        return ConfidenceResult.Combine(await bind, await ipqs).Label;
    }

    [Benchmark, BenchmarkCategory("Both")]
    public async Task<ConfidenceLabel> SdkNoPolicies_Both() => (await _sdkBothNoPolicies.AssessAsync(Input)).Label;

    [Benchmark, BenchmarkCategory("Both")]
    public async Task<ConfidenceLabel> SdkDirect_Both() => (await _sdkBothDirect.AssessAsync(Input)).Label;

    [Benchmark(Baseline = true), BenchmarkCategory("BindOnly")]
    public Task<ConfidenceLabel> Raw_Bind() => _raw.AssessBindAsync(Input);

    /// <summary>Raw HTTP, but the SDK's full wire model and normalizer.</summary>
    [Benchmark, BenchmarkCategory("BindOnly")]
    public Task<ConfidenceLabel> RawFullModel_Bind() => _raw.AssessBindFullModelAsync(Input, _normalizer);

    /// <summary>The Refit interface from DI (handlers and pipeline) plus the normalizer: no typed client, no facade.</summary>
    [Benchmark, BenchmarkCategory("BindOnly")]
    public async Task<ConfidenceLabel> Refit_Bind() => (await RefitBindAsync()).Label;

    /// <summary>The typed client alone (transport, full wire model) plus the normalizer: no facade, no DI, no policies.</summary>
    [Benchmark, BenchmarkCategory("BindOnly")]
    public async Task<ConfidenceLabel> TypedClient_Bind() => _normalizer.Normalize(await _typedBind.ScoreAsync("385915550101")).Label;

    [Benchmark, BenchmarkCategory("BindOnly")]
    public async Task<ConfidenceLabel> Sdk_Bind() => (await _sdkBind.AssessAsync(Input)).Label;

    [Benchmark, BenchmarkCategory("BindOnly")]
    public async Task<ConfidenceLabel> SdkNoPolicies_Bind() => (await _sdkBindNoPolicies.AssessAsync(Input)).Label;

    [Benchmark(Baseline = true), BenchmarkCategory("IpqsOnly")]
    public Task<ConfidenceLabel> Raw_Ipqs() => _raw.AssessIpqsAsync(Input);

    /// <summary>Raw HTTP, but the SDK's full wire model and normalizer.</summary>
    [Benchmark, BenchmarkCategory("IpqsOnly")]
    public Task<ConfidenceLabel> RawFullModel_Ipqs() => _raw.AssessIpqsFullModelAsync(Input, _normalizer);

    /// <summary>The Refit interface from DI (handlers and pipeline) plus the normalizer: no typed client, no facade.</summary>
    [Benchmark, BenchmarkCategory("IpqsOnly")]
    public async Task<ConfidenceLabel> Refit_Ipqs() => (await RefitIpqsAsync()).Label;

    /// <summary>The typed client alone (transport, full wire model) plus the normalizer: no facade, no DI, no policies.</summary>
    [Benchmark, BenchmarkCategory("IpqsOnly")]
    public async Task<ConfidenceLabel> TypedClient_Ipqs() => _normalizer.Normalize(await _typedIpqs.ValidateAsync("+385915550101")).Label;

    [Benchmark, BenchmarkCategory("IpqsOnly")]
    public async Task<ConfidenceLabel> Sdk_Ipqs() => (await _sdkIpqs.AssessAsync(Input)).Label;

    [Benchmark, BenchmarkCategory("IpqsOnly")]
    public async Task<ConfidenceLabel> SdkNoPolicies_Ipqs() => (await _sdkIpqsNoPolicies.AssessAsync(Input)).Label;

    /// <summary>For <c>--smoke</c>: the SDK's full answer, to show no row runs a degraded path.</summary>
    internal async Task<string> Diagnose()
    {
        var a = await _sdkBoth.AssessAsync(Input);
        return $"sdk both: label {a.Label}, degraded {a.Degraded}, errors {a.Errors.Count}, bind {a.Bind?.Response}, ipqs valid {a.Ipqs?.Valid}";
    }

    private async Task<ConfidenceResult> RefitBindAsync()
    {
        using var response = await _bindApi.ScoreAsync("bench-bind-key", new BindScoringRequest { Msisdn = ["385915550101"] });
        return _normalizer.Normalize(response.Content!.Items[0]);
    }

    private async Task<ConfidenceResult> RefitIpqsAsync()
    {
        using var response = await _ipqsApi.ValidateAsync("bench-ipqs-key", "+385915550101");
        return _normalizer.Normalize(response.Content!);
    }

    private INumberIntelClient Hosted(VendorStrategy strategy, bool policies)
    {
        var (client, services) = BenchmarkSetup.CreateHosted(strategy, resilience: policies, rateLimit: policies);
        _owned.Add(services);
        return client;
    }
}
