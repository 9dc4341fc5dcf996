using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client.Assessment;

/// <summary>
/// One vendor's part of an assessment: the cache, else one purchase per vendor, MSISDN and variant at a time (shared by
/// concurrent callers), then the answer judged — usable, paid, from cache, or a failure that degrades or is thrown.
/// Thread-safe.
/// </summary>
internal sealed class VendorLookups(VendorAnswerCache? cache, AssessmentInstrumentation instrumentation)
{
    private readonly SingleFlight<(BindScoringResult Result, bool FromCache)> _bindFlights = new();
    private readonly SingleFlight<(IpqsPhoneResult Result, bool FromCache)> _ipqsFlights = new();

    /// <summary>Bind's part: its answer, whether it carries data, whether it was paid or came from the cache, or the failure.</summary>
    public async Task<VendorPart<BindScoringResult>> BindPartAsync(string msisdn, AssessmentPlan plan, ResolveRoute route, CancellationToken cancellationToken)
    {
        // Concurrent assessments of the same MSISDN (this call, other calls, other bulk runs) share one look-up and one purchase.
        (BindScoringResult Result, bool FromCache) answer;
        bool shared;
        try
        {
            (answer, shared) = await _bindFlights.RunAsync(
                msisdn,
                (Lookups: this, Msisdn: msisdn, Route: route),
                static (s, token) => s.Lookups.LookUpOrScoreAsync(s.Msisdn, s.Route, token),
                route.BindDecision is { } decision ? decision.BindNotNeeded : null,
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (VendorFailures.TryClassify(e, cancellationToken, out var kind))
        {
            NumberIntelInstrumentation.Lookup(NumberIntelVendor.Bind, "failed");
            if (plan.FailureMode == FailureMode.Throw)
            {
                throw;
            }

            var error = VendorFailures.ToError(NumberIntelVendor.Bind, kind, e);
            return new(null, false, false, false, instrumentation.Degraded(NumberIntelVendor.Bind, msisdn, error, route.DegradedLogLevel));
        }

        if (answer.FromCache || shared)
        {
            NumberIntelInstrumentation.CacheHit(NumberIntelVendor.Bind);
        }

        // An answer another concurrent caller paid for counts as a cache hit here: it was not paid for again.
        return FromBind(msisdn, answer.Result, fromCache: answer.FromCache || shared, plan, route);
    }

    /// <summary>IPQS's part, like <see cref="BindPartAsync"/>.</summary>
    public async Task<VendorPart<IpqsPhoneResult>> IpqsPartAsync(PhoneNumberParseResult number, AssessmentPlan plan, ResolveRoute route, CancellationToken cancellationToken)
    {
        var msisdn = number.Msisdn!;
        (IpqsPhoneResult Result, bool FromCache) answer;
        var shared = false;
        try
        {
            if (plan.CacheIpqs)
            {
                // Same MSISDN and same answer-changing settings: one look-up and one purchase for all concurrent callers.
                (answer, shared) = await _ipqsFlights.RunAsync(
                    AssessmentCacheRules.Key(NumberIntelVendor.Ipqs, msisdn, plan.IpqsVariant),
                    (Lookups: this, Number: number, Plan: plan, Gateway: route.Gateway),
                    static (s, token) => s.Lookups.LookUpOrValidateAsync(s.Number, s.Plan, s.Gateway, token),
                    null,
                    cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Per-transaction parameters: the answer is about this call alone, never shared or cached.
                answer = (await route.Gateway.ValidateAsync(number.E164!, plan.IpqsRequest, cancellationToken).ConfigureAwait(false), false);
            }
        }
        catch (Exception e) when (VendorFailures.TryClassify(e, cancellationToken, out var kind))
        {
            NumberIntelInstrumentation.Lookup(NumberIntelVendor.Ipqs, "failed");
            if (plan.FailureMode == FailureMode.Throw)
            {
                throw;
            }

            var error = VendorFailures.ToError(NumberIntelVendor.Ipqs, kind, e);
            return new(null, false, false, false, instrumentation.Degraded(NumberIntelVendor.Ipqs, msisdn, error, route.DegradedLogLevel));
        }

        if (answer.FromCache || shared)
        {
            NumberIntelInstrumentation.CacheHit(NumberIntelVendor.Ipqs);
            return new(answer.Result, true, true, false, null);
        }

        NumberIntelInstrumentation.Lookup(NumberIntelVendor.Ipqs, "answered");
        NumberIntelInstrumentation.Paid(NumberIntelVendor.Ipqs);
        return new(answer.Result, true, false, true, null);
    }

    private VendorPart<BindScoringResult> FromBind(string msisdn, BindScoringResult result, bool fromCache, AssessmentPlan plan, ResolveRoute route)
    {
        // Billed per BindResponseCodes.IsBilled: codes 4, 7 and omitted items are not (the vendor did not answer for the number).
        var paid = !fromCache && result.Response.IsBilled();
        if (paid)
        {
            NumberIntelInstrumentation.Paid(NumberIntelVendor.Bind);
        }

        if (result.Response.CarriesData())
        {
            if (!fromCache)
            {
                NumberIntelInstrumentation.Lookup(NumberIntelVendor.Bind, "answered");
            }

            return new(result, true, fromCache, paid, null);
        }

        // Code 1 (final, paid, cached) and 4/7/omitted (after the client's item retries): no data on the number.
        if (!fromCache)
        {
            NumberIntelInstrumentation.Lookup(NumberIntelVendor.Bind, "no_data");
        }

        if (plan.FailureMode == FailureMode.Throw)
        {
            throw VendorFailures.BindNoDataException(result);
        }

        var error = instrumentation.Degraded(NumberIntelVendor.Bind, msisdn, VendorFailures.BindNoData(result), route.DegradedLogLevel);
        return new(result, false, fromCache, paid, error);
    }

    /// <summary>The shared part of a Bind look-up: the cache, else Bind (the answer is cached when final).</summary>
    private async Task<(BindScoringResult Result, bool FromCache)> LookUpOrScoreAsync(string msisdn, ResolveRoute route, CancellationToken cancellationToken)
    {
        if (cache is not null)
        {
            if (await cache.GetBindAsync(msisdn, cancellationToken).ConfigureAwait(false) is { } cached)
            {
                route.BindDecision?.BindNotNeeded();
                return (cached, true);
            }

            NumberIntelInstrumentation.CacheMiss(NumberIntelVendor.Bind);
        }

        try
        {
            var result = await route.Gateway.ScoreAsync(msisdn, cancellationToken).ConfigureAwait(false);
            if (cache is not null)
            {
                await cache.SetBindAsync(msisdn, result, cancellationToken).ConfigureAwait(false);
            }

            return (result, false);
        }
        finally
        {
            if (cache is not null)
            {
                await cache.ReleaseLeaseAsync(NumberIntelVendor.Bind, msisdn, null).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The shared part of an IPQS look-up: the cache, else IPQS (the answer is cached when it may be).</summary>
    private async Task<(IpqsPhoneResult Result, bool FromCache)> LookUpOrValidateAsync(
        PhoneNumberParseResult number, AssessmentPlan plan, VendorGateway gateway, CancellationToken cancellationToken)
    {
        var msisdn = number.Msisdn!;
        if (cache is not null)
        {
            if (await cache.GetIpqsAsync(msisdn, plan.IpqsVariant, cancellationToken).ConfigureAwait(false) is { } cached)
            {
                return (cached, true);
            }

            NumberIntelInstrumentation.CacheMiss(NumberIntelVendor.Ipqs);
        }

        try
        {
            var result = await gateway.ValidateAsync(number.E164!, plan.IpqsRequest, cancellationToken).ConfigureAwait(false);
            if (cache is not null)
            {
                await cache.SetIpqsAsync(msisdn, plan.IpqsVariant, result, cancellationToken).ConfigureAwait(false);
            }

            return (result, false);
        }
        finally
        {
            if (cache is not null)
            {
                await cache.ReleaseLeaseAsync(NumberIntelVendor.Ipqs, msisdn, plan.IpqsVariant).ConfigureAwait(false);
            }
        }
    }
}
