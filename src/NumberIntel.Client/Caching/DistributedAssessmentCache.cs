using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Caching.Distributed;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Caching;

/// <summary>
/// An <see cref="IAssessmentCache"/> over <see cref="IDistributedCache"/> (Redis, SQL Server, …), shared by every process
/// that uses the same store — so a number paid for by one worker is free for the others. Enable it with
/// <c>services.AddNumberIntel(…).UseDistributedCache()</c> after registering an <see cref="IDistributedCache"/>.
/// </summary>
/// <remarks>
/// <para>Keys are <see cref="AssessmentCacheRules.Key"/> (e.g. <c>numberintel:v1:bind:385911234567</c>); values are the vendor
/// answer as UTF-8 JSON written with the SDK's source-generated contracts (AOT and trim safe; unknown vendor fields are kept).
/// Entries expire after <see cref="NumberIntelCacheOptions.BindTimeToLive"/> / <see cref="NumberIntelCacheOptions.IpqsTimeToLive"/>.</para>
/// <para>A stored value that is no longer readable (another version, corruption) counts as a miss. Store failures are
/// thrown; <see cref="NumberIntelClient"/> logs them and goes on without the cache.</para>
/// <para>The values are personal data (the MSISDN and what the vendors know about it): protect the store accordingly.</para>
/// </remarks>
internal sealed class DistributedAssessmentCache : IAssessmentCache
{
    private readonly IDistributedCache _cache;
    private readonly DistributedCacheEntryOptions _bindEntry;
    private readonly DistributedCacheEntryOptions _ipqsEntry;

    /// <summary>Creates the cache.</summary>
    /// <param name="cache">The distributed cache to store answers in (not owned).</param>
    /// <param name="options">Time to live per vendor.</param>
    /// <exception cref="ArgumentException">A time to live is not positive.</exception>
    public DistributedAssessmentCache(IDistributedCache cache, NumberIntelCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(options);
        if (options.BindTimeToLive <= TimeSpan.Zero || options.IpqsTimeToLive <= TimeSpan.Zero)
        {
            throw new ArgumentException("NumberIntelCacheOptions.BindTimeToLive and IpqsTimeToLive must be positive.", nameof(options));
        }

        _cache = cache;
        _bindEntry = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.BindTimeToLive };
        _ipqsEntry = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.IpqsTimeToLive };
    }

    /// <inheritdoc />
    public async ValueTask<BindScoringResult?> GetBindAsync(string msisdn, CancellationToken cancellationToken = default)
    {
        var bytes = await _cache.GetAsync(AssessmentCacheRules.Key(NumberIntelVendor.Bind, msisdn), cancellationToken).ConfigureAwait(false);
        return Read(bytes, BindJsonContext.Default.BindScoringResult);
    }

    /// <inheritdoc />
    public async ValueTask SetBindAsync(string msisdn, BindScoringResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!AssessmentCacheRules.IsCacheable(result))
        {
            return;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(result, BindJsonContext.Default.BindScoringResult);
        await _cache.SetAsync(AssessmentCacheRules.Key(NumberIntelVendor.Bind, msisdn), bytes, _bindEntry, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IpqsPhoneResult?> GetIpqsAsync(string msisdn, string? variant, CancellationToken cancellationToken = default)
    {
        var bytes = await _cache.GetAsync(AssessmentCacheRules.Key(NumberIntelVendor.Ipqs, msisdn, variant), cancellationToken).ConfigureAwait(false);
        return Read(bytes, IpqsJsonContext.Default.IpqsPhoneResult);
    }

    /// <inheritdoc />
    public async ValueTask SetIpqsAsync(string msisdn, string? variant, IpqsPhoneResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!AssessmentCacheRules.IsCacheable(result))
        {
            return;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(result, IpqsJsonContext.Default.IpqsPhoneResult);
        await _cache.SetAsync(AssessmentCacheRules.Key(NumberIntelVendor.Ipqs, msisdn, variant), bytes, _ipqsEntry, cancellationToken).ConfigureAwait(false);
    }

    private static T? Read<T>(byte[]? bytes, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (bytes is null || bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, typeInfo);
        }
        catch (JsonException)
        {
            return null; // unreadable: a miss
        }
    }
}
