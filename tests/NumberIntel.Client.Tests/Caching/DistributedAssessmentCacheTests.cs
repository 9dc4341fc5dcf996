using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Serialization;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Caching;

public sealed class DistributedAssessmentCacheTests
{
    private const string Msisdn = "385915550101";

    private readonly FakeTimeProvider _time = new();
    private readonly MemoryDistributedCache _store;
    private readonly DistributedAssessmentCache _cache;

    public DistributedAssessmentCacheTests()
    {
        _store = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions { Clock = new Clock(_time) }));
        _cache = new DistributedAssessmentCache(_store, new NumberIntelCacheOptions { BindTimeToLive = TimeSpan.FromHours(1), IpqsTimeToLive = TimeSpan.FromHours(2) });
    }

    [Fact]
    public async Task BindAnswer_RoundTripsEveryFieldIncludingUnknownOnes()
    {
        var answer = JsonSerializer.Deserialize(Fixture.Read("Bind/number-scoring-example.json"), BindJsonContext.Default.ListBindScoringResult)![0];
        answer = answer with { AdditionalProperties = new() { ["new_field"] = JsonDocument.Parse("{\"x\":1}").RootElement } };

        await _cache.SetBindAsync(Msisdn, answer);
        var read = await _cache.GetBindAsync(Msisdn);

        Assert.NotNull(read);
        Assert.NotSame(answer, read);
        Assert.Equal(Json(answer), Json(read));
        Assert.Equal(answer.Phone!.Type, read.Phone!.Type);
        Assert.Equal(answer.Scoring!.Credibility, read.Scoring!.Credibility);
        Assert.Equal(answer.Security!.DataBreachesCount, read.Security!.DataBreachesCount);
        Assert.True(read.AdditionalProperties!.ContainsKey("new_field"));
        Assert.NotNull(await _store.GetAsync(AssessmentCacheRules.Key(NumberIntelVendor.Bind, Msisdn)));
    }

    [Fact]
    public async Task IpqsAnswer_RoundTripsAndKeepsVariantsApart()
    {
        var answer = JsonSerializer.Deserialize(Fixture.Read("Ipqs/phone-success-full.json"), IpqsJsonContext.Default.IpqsPhoneResult)!;

        await _cache.SetIpqsAsync(Msisdn, "s1", answer);
        var read = await _cache.GetIpqsAsync(Msisdn, "s1");

        Assert.Equal(JsonSerializer.Serialize(answer, IpqsJsonContext.Default.IpqsPhoneResult), JsonSerializer.Serialize(read!, IpqsJsonContext.Default.IpqsPhoneResult));
        Assert.Equal(answer.FraudScore, read!.FraudScore);
        Assert.Equal(answer.LineTypeKind, read.LineTypeKind);
        Assert.Null(await _cache.GetIpqsAsync(Msisdn, null));
    }

    [Fact]
    public async Task SetAsync_NotCacheable_StoresNothing()
    {
        await _cache.SetBindAsync(Msisdn, new BindScoringResult { Msisdn = Msisdn, Response = BindResponseCode.Timeout });
        await _cache.SetIpqsAsync(Msisdn, null, new IpqsPhoneResult { Success = false, Message = "Invalid phone number." });

        Assert.Null(await _store.GetAsync(AssessmentCacheRules.Key(NumberIntelVendor.Bind, Msisdn)));
        Assert.Null(await _store.GetAsync(AssessmentCacheRules.Key(NumberIntelVendor.Ipqs, Msisdn)));
    }

    [Fact]
    public async Task GetAsync_AfterTheTimeToLive_Misses()
    {
        await _cache.SetBindAsync(Msisdn, new BindScoringResult { Msisdn = Msisdn, Response = BindResponseCode.Success });

        _time.Advance(TimeSpan.FromMinutes(61));

        Assert.Null(await _cache.GetBindAsync(Msisdn));
    }

    [Fact]
    public async Task GetAsync_UnreadableValue_IsAMiss()
    {
        await _store.SetAsync(AssessmentCacheRules.Key(NumberIntelVendor.Bind, Msisdn), Encoding.UTF8.GetBytes("<html>not json"));

        Assert.Null(await _cache.GetBindAsync(Msisdn));
    }

    private static string Json(BindScoringResult value) => JsonSerializer.Serialize(value, BindJsonContext.Default.BindScoringResult);

    private sealed class Clock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
