using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NumberIntel.Client.Tests.Resilience;

/// <summary>
/// Issue 15 goal 3: a bulk run configured with the vendors' rates uses their allocation. Two in-memory vendors enforce
/// exactly the configured rate (a continuous token bucket of one second's worth, answering 429 beyond it) and record
/// when each unit (Bind: MSISDN, IPQS: request) arrived; the run must use at least 0.9 of each allocation after the first
/// second (the exact figure is printed to the test output), with at most 1 % of requests throttled by the vendor.
/// </summary>
public sealed class AllocationUseTests(ITestOutputHelper output)
{
    private const double PerSecond = 200;
    private const int Numbers = 700; // ≈ 3.5 s at the allocation

    [Fact]
    public async Task AssessManyAsync_ConfiguredWithTheVendorsRates_UsesTheAllocation()
    {
        var bind = new AllocationVendor(PerSecond);
        var ipqs = new AllocationVendor(PerSecond);
        var services = new ServiceCollection();
        services.AddNumberIntel(o =>
        {
            o.Bind.ApiKey = "bind-key";
            o.Bind.BaseAddress = new Uri("https://bind.test/");
            o.Bind.MaxBatchSize = 20;
            o.Bind.RateLimit.PermitsPerSecond = PerSecond;
            o.Ipqs.ApiKey = "ipqs-key";
            o.Ipqs.BaseAddress = new Uri("https://ipqs.test/api/");
            o.Ipqs.RateLimit.PermitsPerSecond = PerSecond;
            o.Cache.Enabled = false;
        });
        services.AddHttpClient(NumberIntelHttpClientNames.Bind).ConfigurePrimaryHttpMessageHandler(() => new StubHandler(bind.BindAsync));
        services.AddHttpClient(NumberIntelHttpClientNames.Ipqs).ConfigurePrimaryHttpMessageHandler(() => new StubHandler(ipqs.IpqsAsync));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<INumberIntelClient>();
        var inputs = Enumerable.Range(0, Numbers).Select(i => "+3859120" + i.ToString("D5", CultureInfo.InvariantCulture)).ToArray();

        var results = await client.AssessManyAsync(inputs).ToListAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));

        var bindUse = bind.UseAfterFirstSecond();
        var ipqsUse = ipqs.UseAfterFirstSecond();
        output.WriteLine($"Bind: {bindUse:0.000} of {PerSecond}/s, throttled {bind.Throttled}/{bind.Requests}; IPQS: {ipqsUse:0.000} of {PerSecond}/s, throttled {ipqs.Throttled}/{ipqs.Requests}");
        Assert.Equal(Numbers, results.Count);
        Assert.True(bindUse >= 0.9, $"Bind used {bindUse:0.000} of its allocation");
        Assert.True(ipqsUse >= 0.9, $"IPQS used {ipqsUse:0.000} of its allocation");
        Assert.InRange(bind.Throttled, 0, bind.Requests / 100);
        Assert.InRange(ipqs.Throttled, 0, ipqs.Requests / 100);
    }

    /// <summary>A vendor that enforces its allocation and records when each unit arrived.</summary>
    private sealed class AllocationVendor(double rate)
    {
        private readonly object _lock = new();
        private readonly double _perSecond = rate;
        private readonly List<(long At, int Units)> _arrivals = [];
        private double _tokens = rate;
        private long _last = Stopwatch.GetTimestamp();

        public int Requests { get; private set; }

        public int Throttled { get; private set; }

        public async Task<HttpResponseMessage> BindAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            var msisdns = body.RootElement.GetProperty("msisdn").EnumerateArray().Select(m => m.GetString()!).ToArray();
            if (!Admit(msisdns.Length))
            {
                return StubHandler.JsonResponse("{}", HttpStatusCode.TooManyRequests);
            }

            var items = msisdns.Select(m => "{\"msisdn\":\"" + m + "\",\"response\":0,\"phone\":{\"type\":\"mobile\"},\"scoring\":{\"credibility\":\"high\"}}");
            return StubHandler.JsonResponse("[" + string.Join(",", items) + "]");
        }

        public Task<HttpResponseMessage> IpqsAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Admit(1)
                ? StubHandler.JsonResponse("""{"success":true,"valid":true,"active":true,"line_type":"Wireless","fraud_score":0,"VOIP":false,"recent_abuse":false}""")
                : StubHandler.JsonResponse("""{"success":false,"message":"Too many requests."}""", HttpStatusCode.TooManyRequests));

        /// <summary>
        /// The share of the allocation used after the run's first second: the units that arrived after it, per second up to
        /// the last arrival, over the rate. A pause of the process shorter than the bucket costs nothing (the tokens wait
        /// in the bucket and go in a burst); a limiter that loses tokens, or a run that leaves the limiter idle, shows here.
        /// </summary>
        public double UseAfterFirstSecond()
        {
            lock (_lock)
            {
                var first = _arrivals[0].At;
                var from = _arrivals.FindIndex(a => Stopwatch.GetElapsedTime(first, a.At) > TimeSpan.FromSeconds(1));
                Assert.True(from > 0, "the run lasted more than a second at the allocation");
                var units = _arrivals.Skip(from).Sum(a => a.Units);
                var seconds = Stopwatch.GetElapsedTime(first, _arrivals[^1].At).TotalSeconds - 1;
                return units / seconds / _perSecond;
            }
        }

        private bool Admit(int units)
        {
            lock (_lock)
            {
                Requests++;
                var now = Stopwatch.GetTimestamp();
                _tokens = Math.Min(_perSecond, _tokens + (Stopwatch.GetElapsedTime(_last, now).TotalSeconds * _perSecond));
                _last = now;
                if (_tokens + 1e-6 < units)
                {
                    Throttled++;
                    return false;
                }

                _tokens -= units;
                _arrivals.Add((now, units));
                return true;
            }
        }
    }
}
