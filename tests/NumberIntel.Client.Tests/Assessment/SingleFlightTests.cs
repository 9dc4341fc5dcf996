using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Tests.Assessment;

/// <summary>Concurrent assessments of one number share one purchase per vendor (single flight), with or without a cache.</summary>
public sealed class SingleFlightTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly string[] Formats = ["+385 91 234 5678", "+385912345678", "00385 91 234 5678", "385-91-234-5678"];

    private static NumberIntelOptions Keys() => new()
    {
        Bind = { ApiKey = "bind-key" },
        Ipqs = { ApiKey = "ipqs-key" },
        Vendors = VendorStrategy.Both,
        Cache = { Enabled = false },
    };

    [Fact]
    public async Task AssessAsync_48ConcurrentCallsInSeveralFormats_BuyTheNumberOncePerVendor()
    {
        using var vendors = new GatedVendors();
        var client = new NumberIntelClient(vendors.Bind, vendors.Ipqs, new ConfidenceNormalizer(), Keys());

        var calls = Enumerable.Range(0, 48).Select(i => client.AssessAsync(Formats[i % Formats.Length])).ToArray();
        await vendors.BothAsked.WaitAsync(Patience);
        vendors.Open();
        var results = await Task.WhenAll(calls).WaitAsync(Patience);

        Assert.Single(vendors.Bind.Calls);
        Assert.Single(vendors.Ipqs.Calls);
        Assert.All(results, r => Assert.Equal(ConfidenceLabel.Verified, r.Label));
        Assert.All(results, r => Assert.Equal("385912345678", r.Msisdn));
        Assert.Single(results, r => r.PaidLookups.Count == 2);
        Assert.Equal(47, results.Count(r => r.CacheHits.Count == 2 && r.PaidLookups.Count == 0));
    }

    [Fact]
    public async Task AssessAsyncAndAssessManyAsync_SameNumberAtOnce_BuyItOncePerVendor()
    {
        using var vendors = new GatedVendors();
        var client = new NumberIntelClient(vendors.Bind, vendors.Ipqs, new ConfidenceNormalizer(), Keys());

        var single = client.AssessAsync("+385 91 234 5678");
        var bulk = Task.Run(async () =>
        {
            var list = new List<NumberAssessment>();
            await foreach (var a in client.AssessManyAsync(["385912345678", "+1 202 555 0143"]))
            {
                list.Add(a);
            }

            return list;
        });
        await vendors.BothAsked.WaitAsync(Patience);
        await vendors.WaitForCallsAsync(bind: 2, ipqs: 2).WaitAsync(Patience); // the bulk run's other number
        vendors.Open();
        var one = await single.WaitAsync(Patience);
        var many = await bulk.WaitAsync(Patience);

        Assert.Equal(ConfidenceLabel.Verified, one.Label);
        Assert.Equal(2, many.Count);
        Assert.Equal(1, vendors.Bind.Calls.SelectMany(c => c).Count(m => m == "385912345678"));
        Assert.Equal(1, vendors.Ipqs.Calls.Count(p => p == "+385912345678"));
    }

    [Fact]
    public async Task AssessAsync_OneCallerCancelled_OthersStillGetTheSharedPurchase()
    {
        using var vendors = new GatedVendors();
        var client = new NumberIntelClient(vendors.Bind, vendors.Ipqs, new ConfidenceNormalizer(), Keys());
        using var impatient = new CancellationTokenSource();

        var first = client.AssessAsync(Formats[0], impatient.Token);
        var others = Enumerable.Range(1, 5).Select(i => client.AssessAsync(Formats[i % Formats.Length])).ToArray();
        await vendors.BothAsked.WaitAsync(Patience);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(Patience));
        vendors.Open();
        var results = await Task.WhenAll(others).WaitAsync(Patience);

        Assert.False(vendors.BindToken.IsCancellationRequested);
        Assert.False(vendors.IpqsToken.IsCancellationRequested);
        Assert.All(results, r => Assert.False(r.Degraded));
        Assert.Single(vendors.Bind.Calls);
        Assert.Single(vendors.Ipqs.Calls);
    }

    [Fact]
    public async Task AssessAsync_EveryCallerCancelled_CancelsTheSharedPurchase()
    {
        using var vendors = new GatedVendors();
        var client = new NumberIntelClient(vendors.Bind, vendors.Ipqs, new ConfidenceNormalizer(), Keys());
        using var cts = new CancellationTokenSource();

        var calls = Enumerable.Range(0, 3).Select(i => client.AssessAsync(Formats[i], cts.Token)).ToArray();
        await vendors.BothAsked.WaitAsync(Patience);
        await cts.CancelAsync();

        foreach (var call in calls)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Patience));
        }

        Assert.True(vendors.BindToken.IsCancellationRequested);
        Assert.True(vendors.IpqsToken.IsCancellationRequested);
    }

    [Fact]
    public async Task AssessAsync_JoinedABulkRunThatIsCancelled_BuysOnItsOwn()
    {
        using var vendors = new GatedVendors();
        var client = new NumberIntelClient(vendors.Bind, vendors.Ipqs, new ConfidenceNormalizer(), Keys());
        using var run = new CancellationTokenSource();

        var bulk = Task.Run(async () =>
        {
            await foreach (var _ in client.AssessManyAsync(["385912345678"], null, run.Token))
            {
            }
        });
        await vendors.BothAsked.WaitAsync(Patience); // the bulk run owns both purchases
        var joined = client.AssessAsync("+385 91 234 5678");
        await run.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bulk.WaitAsync(Patience));
        await vendors.WaitForCallsAsync(bind: 2, ipqs: 2).WaitAsync(Patience); // the joiner starts its own
        vendors.Open();
        var a = await joined.WaitAsync(Patience);

        Assert.False(a.Degraded);
        Assert.Equal(2, a.PaidLookups.Count);
    }

    [Fact]
    public async Task AssessAsync_AfterASharedPurchaseEnded_AsksAgainWithoutACache()
    {
        var bind = new FakeBindClient();
        var ipqs = new FakeIpqsClient();
        var client = new NumberIntelClient(bind, ipqs, new ConfidenceNormalizer(), Keys());

        await client.AssessAsync(Formats[0]);
        var second = await client.AssessAsync(Formats[1]);

        Assert.Equal(2, bind.Calls.Count);
        Assert.Equal(2, second.PaidLookups.Count);
    }

    /// <summary>Both vendors answer only when <see cref="Open"/> is called; they record the token of their first call.</summary>
    private sealed class GatedVendors : IDisposable
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _bindAsked = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _ipqsAsked = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly SemaphoreSlim _called = new(0);

        public GatedVendors()
        {
            Bind.Handler = async (msisdns, token) =>
            {
                if (_bindAsked.TrySetResult())
                {
                    BindToken = token;
                }

                _called.Release();
                await _gate.Task.WaitAsync(token);
                return [.. msisdns.Select(FakeBindClient.Mobile)];
            };
            Ipqs.Handler = async (phone, token) =>
            {
                if (_ipqsAsked.TrySetResult())
                {
                    IpqsToken = token;
                }

                _called.Release();
                await _gate.Task.WaitAsync(token);
                return FakeIpqsClient.Wireless(phone);
            };
        }

        public FakeBindClient Bind { get; } = new();

        public FakeIpqsClient Ipqs { get; } = new();

        public CancellationToken BindToken { get; private set; }

        public CancellationToken IpqsToken { get; private set; }

        public Task BothAsked => Task.WhenAll(_bindAsked.Task, _ipqsAsked.Task);

        public void Open() => _gate.TrySetResult();

        public async Task WaitForCallsAsync(int bind, int ipqs)
        {
            while (Bind.Calls.SelectMany(c => c).Count() < bind || Ipqs.Calls.Count < ipqs)
            {
                if (!await _called.WaitAsync(TimeSpan.FromSeconds(30)))
                {
                    throw new TimeoutException($"{bind} Bind and {ipqs} IPQS calls did not arrive within 30 s.");
                }
            }
        }

        public void Dispose() => _called.Dispose();
    }
}
