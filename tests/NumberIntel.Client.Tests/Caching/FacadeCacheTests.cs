using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Testing;
using NumberIntel.Client.Tests.Assessment;

namespace NumberIntel.Client.Tests.Caching;

/// <summary>The facade's use of the cache, over the emulator.</summary>
public sealed class FacadeCacheTests
{
    [Fact]
    public async Task AssessAsync_VendorFailures_AreNeverCached()
    {
        var cache = new RecordingCache();
        await using var h = await FacadeHarness.StartAsync(builder: b => b.UseAssessmentCache(_ => cache));
        h.Emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Timeout).ForNumber(MagicNumbers.HrVerifiedMobile).Always());
        h.Emulator.Faults.Add(EmulatorFault.ServerError(503).OnVendor(NumberIntelVendor.Ipqs).ForNumber(MagicNumbers.HrVerifiedMobile).Always());
        h.Emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Throttled).ForNumber(MagicNumbers.HrLowVoip).Always());
        h.Emulator.Faults.Add(EmulatorFault.IpqsError("Invalid phone number.").ForNumber(MagicNumbers.HrLowVoip).Always());
        h.Emulator.Faults.Add(EmulatorFault.DropConnection().ForNumber(MagicNumbers.HrLikelyTollFree).Always());

        var results = await h.Client.AssessManyAsync([MagicNumbers.HrVerifiedMobile, MagicNumbers.HrLowVoip, MagicNumbers.HrLikelyTollFree]).ToListAsync();

        Assert.All(results, r => Assert.Equal(2, r.Errors.Count));
        Assert.Empty(cache.Writes);
        Assert.Equal(6, cache.Reads.Count); // each vendor was looked up before it was asked
    }

    [Fact]
    public async Task AssessAsync_Answers_AreCachedPerVendorAndMarkedAsHits()
    {
        var cache = new RecordingCache();
        await using var h = await FacadeHarness.StartAsync(builder: b => b.UseAssessmentCache(_ => cache));

        var first = await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);
        var second = await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);

        Assert.Equal(["bind:385915550101", "ipqs:385915550101:"], cache.Writes.Order());
        Assert.Empty(first.CacheHits);
        Assert.Equal([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs], second.CacheHits);
        Assert.Empty(second.PaidLookups);
        Assert.Equal(first.Label, second.Label);
        Assert.Equal(1, h.Emulator.Bind.Requests);
    }

    [Fact]
    public async Task AssessAsync_CacheThatThrows_DoesNotFailTheAssessment()
    {
        var cache = new RecordingCache { Throw = true };
        await using var h = await FacadeHarness.StartAsync(builder: b => b.UseAssessmentCache(_ => cache));

        var a = await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);

        Assert.Equal(ConfidenceLabel.Verified, a.Label);
        Assert.False(a.Degraded);
        Assert.Equal(2, a.PaidLookups.Count);
        Assert.NotEmpty(cache.Writes); // it was tried
    }

    [Fact]
    public async Task AssessAsync_CacheDisabled_PaysAgain()
    {
        await using var h = await FacadeHarness.StartAsync(o => o.Cache.Enabled = false);

        await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);
        await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);

        Assert.Equal(2, h.Emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
    }

    [Fact]
    public async Task UseDistributedCache_StoresAnswersInTheRegisteredDistributedCache()
    {
        await using var h = await FacadeHarness.StartAsync(
            services: s => s.AddDistributedMemoryCache(),
            builder: b => b.UseDistributedCache());
        var store = h.Services.GetRequiredService<IDistributedCache>();

        await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);
        var second = await h.Client.AssessAsync("00385 91 555 0101");

        Assert.IsType<DistributedAssessmentCache>(h.Services.GetRequiredService<IAssessmentCache>());
        Assert.NotNull(await store.GetAsync("numberintel:v1:bind:385915550101"));
        Assert.NotNull(await store.GetAsync("numberintel:v1:ipqs:385915550101"));
        Assert.Equal([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs], second.CacheHits);
        Assert.Equal(1, h.Emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
    }

    [Fact]
    public async Task AssessAsync_DifferentIpqsStrictness_DoesNotShareTheIpqsAnswer()
    {
        await using var h = await FacadeHarness.StartAsync();

        await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile, new AssessOptions { IpqsRequest = new IpqsPhoneRequest { Strictness = 1 } });
        var other = await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile, new AssessOptions { IpqsRequest = new IpqsPhoneRequest { Strictness = 2 } });
        var same = await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile, new AssessOptions { IpqsRequest = new IpqsPhoneRequest { Strictness = 2 } });

        Assert.Equal([NumberIntelVendor.Bind], other.CacheHits);
        Assert.Equal([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs], same.CacheHits);
        Assert.Equal(2, h.Emulator.Ipqs.BilledCount(MagicNumbers.HrVerifiedMobile));
    }

    [Fact]
    public async Task AssessAsync_IpqsTransactionParameters_AreNeverCached()
    {
        await using var h = await FacadeHarness.StartAsync();
        var options = new AssessOptions
        {
            IpqsRequest = new IpqsPhoneRequest { TransactionParameters = new Dictionary<string, string> { ["billing_first_name"] = "Ana" } },
        };

        await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile, options);
        var second = await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile, options);

        Assert.Equal([NumberIntelVendor.Bind], second.CacheHits);
        Assert.Equal(2, h.Emulator.Ipqs.BilledCount(MagicNumbers.HrVerifiedMobile));
    }

    /// <summary>A memory-backed cache that records every call and can be told to fail.</summary>
    private sealed class RecordingCache : IAssessmentCache
    {
        private readonly ConcurrentDictionary<string, object> _store = new();

        public bool Throw { get; init; }

        public ConcurrentQueue<string> Reads { get; } = new();

        public ConcurrentQueue<string> Writes { get; } = new();

        public ValueTask<BindScoringResult?> GetBindAsync(string msisdn, CancellationToken cancellationToken = default)
        {
            Reads.Enqueue("bind:" + msisdn);
            Fail();
            return ValueTask.FromResult(_store.TryGetValue("bind:" + msisdn, out var v) ? (BindScoringResult?)v : null);
        }

        public ValueTask SetBindAsync(string msisdn, BindScoringResult result, CancellationToken cancellationToken = default)
        {
            Writes.Enqueue("bind:" + msisdn);
            Fail();
            _store["bind:" + msisdn] = result;
            return ValueTask.CompletedTask;
        }

        public ValueTask<IpqsPhoneResult?> GetIpqsAsync(string msisdn, string? variant, CancellationToken cancellationToken = default)
        {
            Reads.Enqueue("ipqs:" + msisdn + ":" + variant);
            Fail();
            return ValueTask.FromResult(_store.TryGetValue("ipqs:" + msisdn + ":" + variant, out var v) ? (IpqsPhoneResult?)v : null);
        }

        public ValueTask SetIpqsAsync(string msisdn, string? variant, IpqsPhoneResult result, CancellationToken cancellationToken = default)
        {
            Writes.Enqueue("ipqs:" + msisdn + ":" + variant);
            Fail();
            _store["ipqs:" + msisdn + ":" + variant] = result;
            return ValueTask.CompletedTask;
        }

        private void Fail()
        {
            if (Throw)
            {
                throw new InvalidOperationException("cache store is down");
            }
        }
    }
}
