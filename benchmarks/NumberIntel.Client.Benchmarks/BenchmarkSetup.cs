using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Benchmarks;

/// <summary>Builds a facade over <see cref="InMemoryVendorHandler"/>, without DI (so without the Polly pipeline and rate limiter).</summary>
internal static class BenchmarkSetup
{
    public static (NumberIntelClient Client, InMemoryVendorHandler Handler, HttpClient Http) Create(bool cache, VendorStrategy strategy = VendorStrategy.Both)
    {
        var handler = new InMemoryVendorHandler();
        var http = new HttpClient(handler);
        var options = new NumberIntelOptions
        {
            Bind = { ApiKey = "bench-bind-key", BaseAddress = new Uri("https://bind.invalid/") },
            Ipqs = { ApiKey = "bench-ipqs-key", BaseAddress = new Uri("https://ipqs.invalid/api/") },
            Vendors = strategy,
            MaxConcurrency = 4,
        };
        options.Cache.Enabled = cache;
        var client = new NumberIntelClient(
            new BindClient(http, options.Bind),
            new IpqsClient(http, options.Ipqs),
            new ConfidenceNormalizer(options.Confidence),
            options,
            cache ? new MemoryAssessmentCache(options.Cache) : null);
        return (client, handler, http);
    }

    /// <summary>
    /// The facade as an application gets it: <c>AddNumberIntel</c> (options validation, typed clients, Polly pipeline,
    /// token-bucket rate limiter, logging) with <see cref="InMemoryVendorHandler"/> as the primary handler of both named clients.
    /// Cache off. The rate limiter, when on, is set far above the benchmark's rate so it never waits (its cost is the lease).
    /// </summary>
    public static (INumberIntelClient Client, ServiceProvider Services) CreateHosted(VendorStrategy strategy, bool resilience = true, bool rateLimit = true)
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(o =>
        {
            o.Bind.ApiKey = "bench-bind-key";
            o.Bind.BaseAddress = new Uri("https://bind.invalid/");
            o.Ipqs.ApiKey = "bench-ipqs-key";
            o.Ipqs.BaseAddress = new Uri("https://ipqs.invalid/api/");
            o.Vendors = strategy;
            o.Cache.Enabled = false;
            foreach (var vendor in new NumberIntelVendorOptions[] { o.Bind, o.Ipqs })
            {
                vendor.Resilience.Enabled = resilience;
                vendor.RateLimit.Enabled = rateLimit;
                vendor.RateLimit.PermitsPerSecond = 1_000_000;
            }
        });
        foreach (var name in new[] { NumberIntelHttpClientNames.Bind, NumberIntelHttpClientNames.Ipqs })
        {
            services.AddHttpClient(name)
                .ConfigurePrimaryHttpMessageHandler(static () => new InMemoryVendorHandler())
                .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        }

        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<INumberIntelClient>(), provider);
    }

    /// <summary>
    /// <paramref name="count"/> inputs as a CRM export has them: distinct Croatian mobiles in several spellings, with one
    /// input in ten a repeat of an earlier number and one in fifty garbage. Generated lazily: nothing is held.
    /// </summary>
    public static IEnumerable<string> Inputs(int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i % 50 == 49)
            {
                yield return "n/a";
            }
            else if (i % 10 == 9)
            {
                yield return "+38591" + (1_000_000 + i - 5).ToString(System.Globalization.CultureInfo.InvariantCulture); // a repeat
            }
            else
            {
                var n = (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                yield return (i % 3) switch
                {
                    0 => "+38591" + n,
                    1 => "00385 91 " + n,
                    _ => "385-91-" + n,
                };
            }
        }
    }
}
