using Microsoft.Extensions.Caching.Memory;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Caching;

/// <summary>
/// An in-process <see cref="IAssessmentCache"/> over <see cref="IMemoryCache"/>: the default cache of <c>AddNumberIntel</c>.
/// Answers live for <see cref="NumberIntelCacheOptions.BindTimeToLive"/> / <see cref="NumberIntelCacheOptions.IpqsTimeToLive"/>
/// and each counts 1 towards the size limit.
/// </summary>
/// <remarks>
/// <para>Built from options alone, it owns a private <see cref="MemoryCache"/> whose size limit is
/// <see cref="NumberIntelCacheOptions.MemoryCacheSizeLimit"/> answers; when it is full, new answers are not stored until the
/// memory cache has compacted (it evicts the least recently used 5 %). Each answer costs roughly 1–3 KB (the vendor record
/// with its strings), so the default 100,000 answers is in the order of 100–300 MB at most.</para>
/// <para>Built over an existing <see cref="IMemoryCache"/> (shared with the host), it does not own or dispose it; entries are
/// given <c>Size = 1</c>, so a size-limited shared cache counts them.</para>
/// <para>Values are the SDK's immutable records, shared by every reader: no copy or serialization per hit.</para>
/// </remarks>
internal sealed class MemoryAssessmentCache : IAssessmentCache, IDisposable
{
    private readonly IMemoryCache _cache;
    private readonly bool _owned;
    private readonly TimeSpan _bindTimeToLive;
    private readonly TimeSpan _ipqsTimeToLive;

    /// <summary>Creates a cache with its own size-limited <see cref="MemoryCache"/>.</summary>
    /// <param name="options">Time to live per vendor and <see cref="NumberIntelCacheOptions.MemoryCacheSizeLimit"/>.</param>
    /// <param name="timeProvider">The clock entries expire on; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException">A time to live is not positive or the size limit is below 1.</exception>
    public MemoryAssessmentCache(NumberIntelCacheOptions options, TimeProvider? timeProvider = null)
        : this(CreateCache(options, timeProvider), options, owned: true)
    {
    }

    /// <summary>Creates a cache over <paramref name="memoryCache"/>, which the caller keeps owning.</summary>
    /// <param name="memoryCache">The memory cache to store answers in.</param>
    /// <param name="options">Time to live per vendor (the size limit is the memory cache's own).</param>
    /// <exception cref="ArgumentException">A time to live is not positive.</exception>
    public MemoryAssessmentCache(IMemoryCache memoryCache, NumberIntelCacheOptions options)
        : this(memoryCache ?? throw new ArgumentNullException(nameof(memoryCache)), options, owned: false)
    {
    }

    private MemoryAssessmentCache(IMemoryCache cache, NumberIntelCacheOptions options, bool owned)
    {
        ArgumentNullException.ThrowIfNull(options);
        _cache = cache;
        _owned = owned;
        _bindTimeToLive = options.BindTimeToLive > TimeSpan.Zero
            ? options.BindTimeToLive
            : throw new ArgumentException("NumberIntelCacheOptions.BindTimeToLive must be positive.", nameof(options));
        _ipqsTimeToLive = options.IpqsTimeToLive > TimeSpan.Zero
            ? options.IpqsTimeToLive
            : throw new ArgumentException("NumberIntelCacheOptions.IpqsTimeToLive must be positive.", nameof(options));
    }

    /// <summary>The number of answers held, when the cache owns its <see cref="MemoryCache"/>; otherwise null.</summary>
    public long? Count => _owned && _cache is MemoryCache memory ? memory.Count : null;

    /// <inheritdoc />
    public ValueTask<BindScoringResult?> GetBindAsync(string msisdn, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_cache.Get<BindScoringResult>(AssessmentCacheRules.Key(NumberIntelVendor.Bind, msisdn)));
    }

    /// <inheritdoc />
    public ValueTask SetBindAsync(string msisdn, BindScoringResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        cancellationToken.ThrowIfCancellationRequested();
        if (AssessmentCacheRules.IsCacheable(result))
        {
            Set(AssessmentCacheRules.Key(NumberIntelVendor.Bind, msisdn), result, _bindTimeToLive);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IpqsPhoneResult?> GetIpqsAsync(string msisdn, string? variant, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_cache.Get<IpqsPhoneResult>(AssessmentCacheRules.Key(NumberIntelVendor.Ipqs, msisdn, variant)));
    }

    /// <inheritdoc />
    public ValueTask SetIpqsAsync(string msisdn, string? variant, IpqsPhoneResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        cancellationToken.ThrowIfCancellationRequested();
        if (AssessmentCacheRules.IsCacheable(result))
        {
            Set(AssessmentCacheRules.Key(NumberIntelVendor.Ipqs, msisdn, variant), result, _ipqsTimeToLive);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Disposes the private <see cref="MemoryCache"/>, if this cache created it.</summary>
    public void Dispose()
    {
        if (_owned)
        {
            _cache.Dispose();
        }
    }

    private static MemoryCache CreateCache(NumberIntelCacheOptions options, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MemoryCacheSizeLimit < 1)
        {
            throw new ArgumentException("NumberIntelCacheOptions.MemoryCacheSizeLimit must be at least 1.", nameof(options));
        }

        return new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = options.MemoryCacheSizeLimit,
            Clock = timeProvider is null || timeProvider == TimeProvider.System ? null : new TimeProviderClock(timeProvider),
        });
    }

    private void Set(string key, object value, TimeSpan timeToLive)
    {
        using var entry = _cache.CreateEntry(key);
        entry.Value = value;
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = timeToLive;
    }
}
