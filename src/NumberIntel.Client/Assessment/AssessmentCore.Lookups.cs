using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client;

/// <summary>The shared part of each vendor look-up: one cache look-up and one purchase per vendor, MSISDN and variant at a time.</summary>
internal sealed partial class AssessmentCore
{
    private readonly SingleFlight<(BindScoringResult Result, bool FromCache)> _bindFlights = new();
    private readonly SingleFlight<(IpqsPhoneResult Result, bool FromCache)> _ipqsFlights = new();

    /// <summary>The shared part of a Bind look-up: the cache, else Bind (the answer is cached when final).</summary>
    private async Task<(BindScoringResult Result, bool FromCache)> LookUpOrScoreAsync(string msisdn, VendorGateway gateway, CancellationToken cancellationToken)
    {
        if (_cache is not null)
        {
            var cached = await CacheGetAsync(NumberIntelVendor.Bind, msisdn, null, cancellationToken).ConfigureAwait(false) as BindScoringResult;
            if (cached is not null && AssessmentCacheRules.IsCacheable(cached))
            {
                gateway.BindNotNeeded();
                return (cached, true);
            }

            NumberIntelInstrumentation.CacheMiss(NumberIntelVendor.Bind);
        }

        try
        {
            var result = await gateway.ScoreAsync(msisdn, cancellationToken).ConfigureAwait(false);
            if (_cache is not null && AssessmentCacheRules.IsCacheable(result))
            {
                await CacheSetAsync(NumberIntelVendor.Bind, msisdn, null, result, cancellationToken).ConfigureAwait(false);
            }

            return (result, false);
        }
        finally
        {
            await ReleaseLeaseAsync(NumberIntelVendor.Bind, msisdn, null).ConfigureAwait(false);
        }
    }

    /// <summary>The shared part of an IPQS look-up: the cache, else IPQS (the answer is cached when it may be).</summary>
    private async Task<(IpqsPhoneResult Result, bool FromCache)> LookUpOrValidateAsync(
        PhoneNumberParseResult number, AssessmentPlan plan, VendorGateway gateway, CancellationToken cancellationToken)
    {
        var msisdn = number.Msisdn!;
        if (_cache is not null)
        {
            var cached = await CacheGetAsync(NumberIntelVendor.Ipqs, msisdn, plan.IpqsVariant, cancellationToken).ConfigureAwait(false) as IpqsPhoneResult;
            if (cached is not null && AssessmentCacheRules.IsCacheable(cached))
            {
                return (cached, true);
            }

            NumberIntelInstrumentation.CacheMiss(NumberIntelVendor.Ipqs);
        }

        try
        {
            var result = await gateway.ValidateAsync(number.E164!, plan.IpqsRequest, cancellationToken).ConfigureAwait(false);
            if (_cache is not null && AssessmentCacheRules.IsCacheable(result))
            {
                await CacheSetAsync(NumberIntelVendor.Ipqs, msisdn, plan.IpqsVariant, result, cancellationToken).ConfigureAwait(false);
            }

            return (result, false);
        }
        finally
        {
            await ReleaseLeaseAsync(NumberIntelVendor.Ipqs, msisdn, plan.IpqsVariant).ConfigureAwait(false);
        }
    }

    /// <summary>After a purchase that followed a miss: lets other processes waiting on this number go on (<see cref="IAssessmentCacheLeases"/>).</summary>
    private async ValueTask ReleaseLeaseAsync(NumberIntelVendor vendor, string msisdn, string? variant)
    {
        if (_cache is not IAssessmentCacheLeases leases)
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
            CacheFailed("release", vendor, msisdn, e);
        }
    }
}
