using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Http;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Resilience;
using Polly;
using Refit;

namespace NumberIntel.Client.Benchmarks;

/// <summary>
/// <c>--alloc-layers</c>: bytes per call of the Refit interfaces over chains built up one NumberIntel handler at a time
/// over <see cref="InMemoryVendorHandler"/> (no IHttpClientFactory): Refit alone, + body handler, + exception handler,
/// + resilience pipeline (defaults, no limiter); then the typed clients resolved from <c>AddNumberIntel</c> (what the facade
/// calls). Each row includes the normalizer, like the <c>Refit_*</c> rows.
/// </summary>
internal static class AllocationLayers
{
    private const int Warmup = 2_000;
    private const int Calls = 20_000;

    public static async Task RunAsync()
    {
        var normalizer = new ConfidenceNormalizer();
        foreach (var (name, layers) in new (string, int)[] { ("refit only", 0), ("+ body handler", 1), ("+ exception handler", 2), ("+ resilience pipeline", 3) })
        {
            var bindApi = RestService.ForGenerated<IBindApi>(Client(NumberIntelVendor.Bind, layers, "https://bind.invalid/"), BindClient.RefitSettings);
            var ipqsApi = RestService.ForGenerated<IIpqsApi>(Client(NumberIntelVendor.Ipqs, layers, "https://ipqs.invalid/api/"), IpqsClient.RefitSettings);
            var request = new BindScoringRequest { Msisdn = ["385915550101"] };
            var bind = await Measure(async () =>
            {
                using var response = await bindApi.ScoreAsync("bench-bind-key", request);
                _ = normalizer.Normalize(response.Content!.Items[0]).Label;
            });
            var ipqs = await Measure(async () =>
            {
                using var response = await ipqsApi.ValidateAsync("bench-ipqs-key", "+385915550101");
                _ = normalizer.Normalize(response.Content!).Label;
            });
            Console.WriteLine($"{name,-24} Bind {bind,7:F0} B/call   IPQS {ipqs,7:F0} B/call");
        }

        // The typed clients as AddNumberIntel builds them (DI chain, pipeline, limiter): what the facade calls.
        var (_, services) = BenchmarkSetup.CreateHosted(VendorStrategy.Both);
        using (services)
        {
            var bindClient = services.GetRequiredService<IBindClient>();
            var ipqsClient = services.GetRequiredService<IIpqsClient>();
            var bind = await Measure(async () => _ = normalizer.Normalize(await bindClient.ScoreAsync("385915550101")).Label);
            var ipqs = await Measure(async () => _ = normalizer.Normalize(await ipqsClient.ValidateAsync("+385915550101")).Label);
            Console.WriteLine($"{"typed clients from DI",-24} Bind {bind,7:F0} B/call   IPQS {ipqs,7:F0} B/call");
        }
    }

    private static HttpClient Client(NumberIntelVendor vendor, int layers, string baseAddress)
    {
        HttpMessageHandler handler = new InMemoryVendorHandler();
        if (layers >= 1)
        {
            handler = new ResponseBodyHandler(vendor, NumberIntelVendorOptions.DefaultMaxResponseBytes) { InnerHandler = handler };
        }

        if (layers >= 3)
        {
            var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
            VendorResiliencePipeline.Configure(builder, vendor, new BindOptions(), null, TimeProvider.System, NullLogger.Instance);
            handler = new ResilienceHandler(builder.Build()) { InnerHandler = handler };
        }

        if (layers >= 2)
        {
            handler = new VendorExceptionHandler(vendor) { InnerHandler = handler };
        }

        return new HttpClient(handler) { BaseAddress = new Uri(baseAddress), Timeout = Timeout.InfiniteTimeSpan };
    }

    private static async Task<double> Measure(Func<Task> call)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await call();
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Calls; i++)
        {
            await call();
        }

        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)Calls;
    }
}
