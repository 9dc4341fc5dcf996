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
