using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Caching;

public sealed class MemoryAssessmentCacheTests
{
    private const string Msisdn = "385912345678";

    private static BindScoringResult Bind(BindResponseCode code) => new() { Msisdn = Msisdn, Response = code };

    private static IpqsPhoneResult Ipqs(bool? success) => new() { Success = success, Valid = true, FraudScore = 3 };

    [Fact]
    public async Task GetBindAsync_AfterSet_ReturnsTheSameAnswer()
    {
        using var cache = new MemoryAssessmentCache(new NumberIntelCacheOptions());
        var answer = Bind(BindResponseCode.Success);

        await cache.SetBindAsync(Msisdn, answer);

        Assert.Same(answer, await cache.GetBindAsync(Msisdn));
        Assert.Null(await cache.GetBindAsync("385912345679"));
        Assert.Null(await cache.GetIpqsAsync(Msisdn, null)); // vendors are kept apart
    }

    [Theory]
    [InlineData(BindResponseCode.Throttled)]
    [InlineData(BindResponseCode.Timeout)]
    [InlineData(BindResponseCode.Unknown)]
    [InlineData(BindResponseCode.OutOfBalance)]
    public async Task SetBindAsync_NonFinalCode_IsNotStored(BindResponseCode code)
    {
        using var cache = new MemoryAssessmentCache(new NumberIntelCacheOptions());

        await cache.SetBindAsync(Msisdn, Bind(code));

        Assert.Null(await cache.GetBindAsync(Msisdn));
        Assert.Equal(0, cache.Count);
    }

    [Theory]
    [InlineData(BindResponseCode.GeneralError)]
    [InlineData(BindResponseCode.InvalidNumber)]
    [InlineData(BindResponseCode.NotResolved)]
    public async Task SetBindAsync_FinalCode_IsStored(BindResponseCode code)
    {
        using var cache = new MemoryAssessmentCache(new NumberIntelCacheOptions());

        await cache.SetBindAsync(Msisdn, Bind(code));

        Assert.Equal(code, (await cache.GetBindAsync(Msisdn))!.Response);
    }

    [Fact]
    public async Task SetIpqsAsync_ErrorBody_IsNotStored()
    {
        using var cache = new MemoryAssessmentCache(new NumberIntelCacheOptions());

        await cache.SetIpqsAsync(Msisdn, null, Ipqs(false));

        Assert.Null(await cache.GetIpqsAsync(Msisdn, null));
    }

    [Fact]
    public async Task GetIpqsAsync_OtherVariant_Misses()
    {
        using var cache = new MemoryAssessmentCache(new NumberIntelCacheOptions());
        var answer = Ipqs(true);

        await cache.SetIpqsAsync(Msisdn, "s1", answer);

        Assert.Same(answer, await cache.GetIpqsAsync(Msisdn, "s1"));
        Assert.Null(await cache.GetIpqsAsync(Msisdn, null));
        Assert.Null(await cache.GetIpqsAsync(Msisdn, "s2"));
    }

    [Fact]
    public async Task GetAsync_AfterTheVendorsTimeToLive_Misses()
    {
        var time = new FakeTimeProvider();
        using var cache = new MemoryAssessmentCache(
            new NumberIntelCacheOptions { BindTimeToLive = TimeSpan.FromHours(1), IpqsTimeToLive = TimeSpan.FromHours(3) }, time);
        await cache.SetBindAsync(Msisdn, Bind(BindResponseCode.Success));
        await cache.SetIpqsAsync(Msisdn, null, Ipqs(true));

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(await cache.GetBindAsync(Msisdn));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await cache.GetBindAsync(Msisdn));
        Assert.NotNull(await cache.GetIpqsAsync(Msisdn, null));
        time.Advance(TimeSpan.FromHours(2));
        Assert.Null(await cache.GetIpqsAsync(Msisdn, null));
    }

    [Fact]
    public async Task SetAsync_BeyondTheSizeLimit_DoesNotGrow()
    {
        using var cache = new MemoryAssessmentCache(new NumberIntelCacheOptions { MemoryCacheSizeLimit = 3 });

        for (var i = 0; i < 10; i++)
        {
            await cache.SetBindAsync("38591234567" + i, Bind(BindResponseCode.Success));
        }

        Assert.InRange(cache.Count!.Value, 1, 3);
    }

    [Fact]
    public async Task SharedMemoryCache_WithSizeLimit_CountsEachAnswerAsOne()
    {
        using var shared = new MemoryCache(new MemoryCacheOptions { SizeLimit = 10 });
        using var cache = new MemoryAssessmentCache(shared, new NumberIntelCacheOptions());

        await cache.SetBindAsync(Msisdn, Bind(BindResponseCode.Success));

        Assert.NotNull(await cache.GetBindAsync(Msisdn));
        Assert.Null(cache.Count);
        Assert.Equal(1, shared.GetCurrentStatistics()?.CurrentEstimatedSize ?? 1);
    }

    [Fact]
    public void Constructor_BadSettings_Throw()
    {
        Assert.Throws<ArgumentException>(() => new MemoryAssessmentCache(new NumberIntelCacheOptions { MemoryCacheSizeLimit = 0 }));
        Assert.Throws<ArgumentException>(() => new MemoryAssessmentCache(new NumberIntelCacheOptions { IpqsTimeToLive = TimeSpan.Zero }));
    }
}
