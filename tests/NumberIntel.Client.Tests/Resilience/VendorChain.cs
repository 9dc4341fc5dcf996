using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Http;
using NumberIntel.Client.Resilience;
using Polly;

namespace NumberIntel.Client.Tests.Resilience;

/// <summary>The handler chain AddNumberIntel puts on a vendor's named client, over an in-memory vendor, for pipeline tests.</summary>
internal static class VendorChain
{
    public static HttpClient Client(
        HttpMessageHandler vendor,
        NumberIntelResilienceOptions options,
        TimeProvider time,
        RateLimiter? limiter = null,
        TimeSpan? maxQueueTime = null,
        ILogger? logger = null,
        long maxResponseBytes = NumberIntelVendorOptions.DefaultMaxResponseBytes)
    {
        var vendorOptions = new BindOptions { Resilience = options };
        vendorOptions.RateLimit.MaxQueueTime = maxQueueTime ?? TimeSpan.FromSeconds(30);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        VendorResiliencePipeline.Configure(builder, NumberIntelVendor.Bind, vendorOptions, limiter, time, logger ?? NullLogger.Instance);
        var pipeline = builder.Build();
        var chain = new VendorExceptionHandler(NumberIntelVendor.Bind)
        {
            InnerHandler = new ResilienceHandler(pipeline)
            {
                InnerHandler = new ResponseBodyHandler(NumberIntelVendor.Bind, maxResponseBytes) { InnerHandler = vendor },
            },
        };
        return new HttpClient(chain) { BaseAddress = new Uri("https://bind.example/"), Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>A client of the Bind API over <see cref="Client"/>.</summary>
    public static BindClient Bind(HttpClient http, TimeProvider time, int maxItemAttempts = 1) =>
        new(
            Refit.RestService.ForGenerated<IBindApi>(http, BindClient.RefitSettings),
            new BindOptions { ApiKey = "k", Resilience = new NumberIntelResilienceOptions { MaxItemAttempts = maxItemAttempts, UseJitter = false } },
            null,
            time);
}
