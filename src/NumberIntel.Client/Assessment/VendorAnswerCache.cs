using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Assessment;

/// <summary>
/// The facade's typed access to an <see cref="IAssessmentCache"/>: every read, write and lease release per vendor,
/// with the cache rules applied (<see cref="AssessmentCacheRules"/>) and a failing store logged and skipped (a read that
/// fails is a miss). Thread-safe.
/// </summary>
internal sealed class VendorAnswerCache(IAssessmentCache cache, AssessmentInstrumentation instrumentation)
{
    /// <summary>A cached final Bind answer, or null (none, not final, or the read failed).</summary>
    public async ValueTask<BindScoringResult?> GetBindAsync(string msisdn, CancellationToken cancellationToken)
    {
        try
        {
            var cached = await cache.GetBindAsync(msisdn, cancellationToken).ConfigureAwait(false);
            return cached is not null && AssessmentCacheRules.IsCacheable(cached) ? cached : null;
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            instrumentation.CacheFailed("read", NumberIntelVendor.Bind, msisdn, e);
            return null;
        }
    }

    /// <summary>A cached usable IPQS answer for the request variant, or null.</summary>
    public async ValueTask<IpqsPhoneResult?> GetIpqsAsync(string msisdn, string? variant, CancellationToken cancellationToken)
    {
        try
        {
            var cached = await cache.GetIpqsAsync(msisdn, variant, cancellationToken).ConfigureAwait(false);
            return cached is not null && AssessmentCacheRules.IsCacheable(cached) ? cached : null;
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            instrumentation.CacheFailed("read", NumberIntelVendor.Ipqs, msisdn, e);
            return null;
        }
    }

    /// <summary>Stores a Bind answer when it may be cached.</summary>
    public async ValueTask SetBindAsync(string msisdn, BindScoringResult result, CancellationToken cancellationToken)
    {
        if (!AssessmentCacheRules.IsCacheable(result))
        {
            return;
        }

        try
        {
            await cache.SetBindAsync(msisdn, result, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            instrumentation.CacheFailed("write", NumberIntelVendor.Bind, msisdn, e);
        }
    }

    /// <summary>Stores an IPQS answer when it may be cached.</summary>
    public async ValueTask SetIpqsAsync(string msisdn, string? variant, IpqsPhoneResult result, CancellationToken cancellationToken)
    {
        if (!AssessmentCacheRules.IsCacheable(result))
        {
            return;
        }

        try
        {
            await cache.SetIpqsAsync(msisdn, variant, result, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            instrumentation.CacheFailed("write", NumberIntelVendor.Ipqs, msisdn, e);
        }
    }

    /// <summary>After a purchase that followed a miss: lets other processes waiting on this number go on (<see cref="IAssessmentCacheLeases"/>).</summary>
    public async ValueTask ReleaseLeaseAsync(NumberIntelVendor vendor, string msisdn, string? variant)
    {
        if (cache is not IAssessmentCacheLeases leases)
        {
            return;
        }

        try
        {
            // Not the caller's token: a cancelled purchase must still give its lease back (implementations bound the call).
            await leases.ReleaseAsync(vendor, msisdn, variant, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            instrumentation.CacheFailed("release", vendor, msisdn, e);
        }
    }
}
