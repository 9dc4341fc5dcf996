using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client;

/// <summary>
/// The per-number work shared by single and bulk assessments: cache look-ups, vendor calls per strategy, failure
/// handling, the verdict, telemetry. Stateless per call and thread-safe.
/// </summary>
internal sealed partial class AssessmentCore
{
    private readonly ConfidenceNormalizer _normalizer;
    private readonly IAssessmentCache? _cache;

    public AssessmentCore(ConfidenceNormalizer normalizer, IAssessmentCache? cache, ILogger logger, TimeProvider timeProvider, bool logFullNumbers)
    {
        _normalizer = normalizer;
        _cache = cache;
        Logger = logger;
        TimeProvider = timeProvider;
        LogFullNumbers = logFullNumbers;
    }

    public ILogger Logger { get; }

    public TimeProvider TimeProvider { get; }

    public bool LogFullNumbers { get; }

    /// <summary>The MSISDN as logs and traces may show it.</summary>
    public string Shown(string? msisdn) => AssessmentLog.Number(msisdn, LogFullNumbers);

    /// <summary>Asks the vendors (or the cache) about a possible number, per <paramref name="plan"/>.</summary>
    /// <exception cref="NumberIntelAuthenticationException">A key was rejected (always thrown).</exception>
    /// <exception cref="NumberIntelAccountException">An account cannot pay (always thrown).</exception>
    /// <exception cref="NumberIntelException">A vendor failed and <see cref="FailureMode.Throw"/> is in effect.</exception>
    public async Task<VendorOutcome> ResolveAsync(PhoneNumberParseResult number, AssessmentPlan plan, VendorGateway gateway, CancellationToken cancellationToken)
    {
        var msisdn = number.Msisdn!;
        VendorPart<BindScoringResult> bind = default;
        VendorPart<IpqsPhoneResult> ipqs = default;
        switch (plan.Shape)
        {
            case PlanShape.Bind:
                bind = await BindPartAsync(msisdn, plan, gateway, cancellationToken).ConfigureAwait(false);
                break;
            case PlanShape.Ipqs:
                gateway.BindNotNeeded();
                ipqs = await IpqsPartAsync(number, plan, gateway, cancellationToken).ConfigureAwait(false);
                break;
            case PlanShape.Both:
                (bind, ipqs) = await BothAsync(number, plan, gateway, cancellationToken).ConfigureAwait(false);
                break;
            default:
                if (plan.CascadeFirst == NumberIntelVendor.Bind)
                {
                    bind = await BindPartAsync(msisdn, plan, gateway, cancellationToken).ConfigureAwait(false);
                    if (NeedsSecond(number, bind.Usable ? _normalizer.Normalize(number, bind.Answer!) : null, bind.Error))
                    {
                        ipqs = await IpqsPartAsync(number, plan, gateway, cancellationToken).ConfigureAwait(false);
                    }
                }
                else
                {
                    ipqs = await IpqsPartAsync(number, plan, gateway, cancellationToken).ConfigureAwait(false);
                    if (NeedsSecond(number, ipqs.Usable ? _normalizer.Normalize(number, ipqs.Answer!) : null, ipqs.Error))
                    {
                        bind = await BindPartAsync(msisdn, plan, gateway, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        gateway.BindNotNeeded();
                    }
                }

                break;
        }

        return Compose(number, bind, ipqs);
    }

    /// <summary>The assessment of one input from its parse and (for possible numbers) the vendors' outcome.</summary>
    public NumberAssessment Build(string input, long index, PhoneNumberParseResult number, VendorOutcome? outcome, long? duplicateOf)
    {
        if (outcome is null)
        {
            return new NumberAssessment
            {
                Input = input,
                Index = index,
                Number = number,
                Msisdn = number.Msisdn,
                Confidence = _normalizer.Normalize(number),
            };
        }

        var duplicate = duplicateOf is not null;
        return new NumberAssessment
        {
            Input = input,
            Index = index,
            Number = number,
            Msisdn = number.Msisdn,
            Confidence = outcome.Confidence,
            Bind = outcome.Bind,
            Ipqs = outcome.Ipqs,
            Degraded = outcome.Errors.Count > 0,
            Errors = outcome.Errors,
            CacheHits = duplicate ? VendorOutcome.None : outcome.CacheHits,
            PaidLookups = duplicate ? VendorOutcome.None : outcome.Paid,
            DuplicateOf = duplicateOf,
        };
    }

    /// <summary>Starts the activity of one assessment (null when nobody listens).</summary>
    public static Activity? StartAssessActivity(ActivityContext parent, VendorStrategy strategy)
    {
        var activity = parent == default
            ? NumberIntelInstrumentation.Source.StartActivity(NumberIntelTelemetry.AssessActivity, ActivityKind.Internal)
            : NumberIntelInstrumentation.Source.StartActivity(NumberIntelTelemetry.AssessActivity, ActivityKind.Internal, parent);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(NumberIntelTelemetry.TagStrategy, NumberIntelInstrumentation.StrategyTag(strategy));
        }

        return activity;
    }

    /// <summary>Tags the assessment's activity and records its duration.</summary>
    public void EndAssessment(Activity? activity, string? msisdn, ConfidenceLabel label, VendorOutcome? outcome, long started)
    {
        NumberIntelInstrumentation.AssessmentTime(TimeProvider.GetElapsedTime(started), label);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(NumberIntelTelemetry.TagMsisdn, Shown(msisdn));
            activity.SetTag(NumberIntelTelemetry.TagLabel, NumberIntelInstrumentation.LabelTag(label));
            activity.SetTag(NumberIntelTelemetry.TagDegraded, outcome?.Errors.Count > 0);
            activity.SetTag(NumberIntelTelemetry.TagPaid, VendorsText(outcome?.Paid));
            activity.SetTag(NumberIntelTelemetry.TagCacheHits, VendorsText(outcome?.CacheHits));
        }
    }

    /// <summary>Logs an assessment at debug level.</summary>
    public void LogAssessed(NumberAssessment assessment)
    {
        if (Logger.IsEnabled(LogLevel.Debug))
        {
            var msisdn = Shown(assessment.Msisdn ?? assessment.Input);
            var label = NumberIntelInstrumentation.LabelTag(assessment.Label);
            var paid = VendorsText(assessment.PaidLookups);
            var cacheHits = VendorsText(assessment.CacheHits);
            AssessmentLog.Assessed(Logger, msisdn, label, assessment.Degraded, paid, cacheHits);
        }
    }

    /// <summary>Starts the activity of one vendor request.</summary>
    public Activity? StartVendorActivity(NumberIntelVendor vendor, int batchSize, string? msisdn)
    {
        var activity = NumberIntelInstrumentation.Source.StartActivity(
            vendor == NumberIntelVendor.Bind ? NumberIntelTelemetry.BindActivity : NumberIntelTelemetry.IpqsActivity,
            ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(NumberIntelTelemetry.TagVendor, NumberIntelInstrumentation.VendorTag(vendor));
            activity.SetTag(NumberIntelTelemetry.TagBatchSize, batchSize);
            if (msisdn is not null)
            {
                activity.SetTag(NumberIntelTelemetry.TagMsisdn, Shown(msisdn));
            }
        }

        return activity;
    }

    /// <summary>One IPQS request with its activity, duration and outcome recorded (shared by single and bulk assessments).</summary>
    public async Task<IpqsPhoneResult> ValidateInstrumentedAsync(IIpqsClient ipqs, string e164, IpqsPhoneRequest? request, CancellationToken cancellationToken)
    {
        var started = TimeProvider.GetTimestamp();
        using var activity = StartVendorActivity(NumberIntelVendor.Ipqs, 1, e164);
        try
        {
            var result = await ipqs.ValidateAsync(e164, request, cancellationToken).ConfigureAwait(false);
            EndVendorCall(activity, NumberIntelVendor.Ipqs, started, "answered");
            return result;
        }
        catch (Exception e)
        {
            EndVendorCall(activity, NumberIntelVendor.Ipqs, started, "failed", e);
            throw;
        }
    }

    /// <summary>Ends a vendor request's activity and records its duration.</summary>
    public void EndVendorCall(Activity? activity, NumberIntelVendor vendor, long started, string outcome, Exception? failure = null)
    {
        NumberIntelInstrumentation.VendorTime(vendor, TimeProvider.GetElapsedTime(started), outcome);
        if (activity is not null)
        {
            activity.SetTag(NumberIntelTelemetry.TagOutcome, outcome);
            if (failure is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
            }
        }
    }

    private static string VendorsText(IReadOnlyList<NumberIntelVendor>? vendors) => vendors switch
    {
        null or { Count: 0 } => "none",
        { Count: 1 } => NumberIntelInstrumentation.VendorTag(vendors[0]),
        _ => "bind,ipqs",
    };

    /// <summary>The cascade rule: ask the second vendor when the first failed or its label is uncertain or likely.</summary>
    private bool NeedsSecond(PhoneNumberParseResult number, ConfidenceResult? first, NumberAssessmentError? error)
    {
        if (error is not null)
        {
            return true;
        }

        var label = (first ?? _normalizer.Normalize(number)).Label;
        return label is ConfidenceLabel.Uncertain or ConfidenceLabel.Likely;
    }

    private async Task<(VendorPart<BindScoringResult>, VendorPart<IpqsPhoneResult>)> BothAsync(
        PhoneNumberParseResult number, AssessmentPlan plan, VendorGateway gateway, CancellationToken cancellationToken)
    {
        if (!gateway.CancelSiblingOnFatal)
        {
            var bindTask = BindPartAsync(number.Msisdn!, plan, gateway, cancellationToken);
            var ipqsTask = IpqsPartAsync(number, plan, gateway, cancellationToken);
            await WhenBothAsync(bindTask, ipqsTask).ConfigureAwait(false);
            return (bindTask.Result, ipqsTask.Result);
        }

        // One assessment: a fatal error of one vendor (bad key, no credit) cancels the other's call. The error that
        // cancelled the sibling is the one thrown: whatever the sibling then throws (its cancellation, surfaced by the
        // transport in whatever form) is collateral.
        using var siblings = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var firstFailure = new StrongBox<Exception?>();
        var bind = CancelOnFailure(BindPartAsync(number.Msisdn!, plan, gateway, siblings.Token), siblings, firstFailure);
        var ipqs = CancelOnFailure(IpqsPartAsync(number, plan, gateway, siblings.Token), siblings, firstFailure);
        try
        {
            await WhenBothAsync(bind, ipqs).ConfigureAwait(false);
        }
        catch (Exception) when (Volatile.Read(ref firstFailure.Value) is { } first && !cancellationToken.IsCancellationRequested)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        return (bind.Result, ipqs.Result);
    }

    private static async Task<T> CancelOnFailure<T>(Task<T> part, CancellationTokenSource siblings, StrongBox<Exception?> firstFailure)
    {
        try
        {
            return await part.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Only the part that fails first cancels: a part that fails *because* of that cancellation may be running
            // inside one of its callbacks (a sibling's wait resumes inline), and awaiting the cancellation in progress
            // from there would wait for itself for ever.
            if (!siblings.IsCancellationRequested)
            {
                Interlocked.CompareExchange(ref firstFailure.Value, e, null);
                await siblings.CancelAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>Awaits both parts; when one failed, throws the failure that is not a mere cancellation, if any.</summary>
    private static async Task WhenBothAsync(Task first, Task second)
    {
        try
        {
            await Task.WhenAll(first, second).ConfigureAwait(false);
        }
        catch (Exception)
        {
            var cause = first.Exception?.InnerException is { } a and not OperationCanceledException ? a
                : second.Exception?.InnerException is { } b and not OperationCanceledException ? b
                : null;
            if (cause is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
            }

            throw;
        }
    }

    private async Task<VendorPart<BindScoringResult>> BindPartAsync(string msisdn, AssessmentPlan plan, VendorGateway gateway, CancellationToken cancellationToken)
    {
        // Concurrent assessments of the same MSISDN (this call, other calls, other bulk runs) share one look-up and one purchase.
        (BindScoringResult Result, bool FromCache) answer;
        bool shared;
        try
        {
            (answer, shared) = await _bindFlights.RunAsync(
                msisdn,
                token => LookUpOrScoreAsync(msisdn, gateway, token),
                gateway.BindNotNeeded,
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (VendorFailures.TryClassify(e, cancellationToken, out var kind))
        {
            NumberIntelInstrumentation.Lookup(NumberIntelVendor.Bind, "failed");
            if (plan.FailureMode == FailureMode.Throw)
            {
                throw;
            }

            return new(null, false, false, false, Degrade(NumberIntelVendor.Bind, msisdn, VendorFailures.ToError(NumberIntelVendor.Bind, kind, e), gateway));
        }

        if (answer.FromCache || shared)
        {
            NumberIntelInstrumentation.CacheHit(NumberIntelVendor.Bind);
        }

        // An answer another concurrent caller paid for counts as a cache hit here: it was not paid for again.
        return FromBind(msisdn, answer.Result, fromCache: answer.FromCache || shared, plan, gateway);
    }

    private VendorPart<BindScoringResult> FromBind(string msisdn, BindScoringResult result, bool fromCache, AssessmentPlan plan, VendorGateway gateway)
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

        return new(result, false, fromCache, paid, Degrade(NumberIntelVendor.Bind, msisdn, VendorFailures.BindNoData(result), gateway));
    }

    private async Task<VendorPart<IpqsPhoneResult>> IpqsPartAsync(PhoneNumberParseResult number, AssessmentPlan plan, VendorGateway gateway, CancellationToken cancellationToken)
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
                    token => LookUpOrValidateAsync(number, plan, gateway, token),
                    null,
                    cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Per-transaction parameters: the answer is about this call alone, never shared or cached.
                answer = (await gateway.ValidateAsync(number.E164!, plan.IpqsRequest, cancellationToken).ConfigureAwait(false), false);
            }
        }
        catch (Exception e) when (VendorFailures.TryClassify(e, cancellationToken, out var kind))
        {
            NumberIntelInstrumentation.Lookup(NumberIntelVendor.Ipqs, "failed");
            if (plan.FailureMode == FailureMode.Throw)
            {
                throw;
            }

            return new(null, false, false, false, Degrade(NumberIntelVendor.Ipqs, msisdn, VendorFailures.ToError(NumberIntelVendor.Ipqs, kind, e), gateway));
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

    private NumberAssessmentError Degrade(NumberIntelVendor vendor, string msisdn, NumberAssessmentError error, VendorGateway gateway)
    {
        NumberIntelInstrumentation.VendorDegraded(vendor, error.Kind);
        var level = gateway.DegradedLogLevel;
        if (Logger.IsEnabled(level))
        {
            var shown = Shown(msisdn);
            AssessmentLog.VendorDegraded(Logger, level, vendor, shown, error);
        }

        return error;
    }

    private VendorOutcome Compose(PhoneNumberParseResult number, VendorPart<BindScoringResult> bind, VendorPart<IpqsPhoneResult> ipqs)
    {
        // A vendor that failed or had no data is left out: the label comes from what is left (none left: the offline line type, at most likely).
        var confidence = _normalizer.Normalize(number, bind.Usable ? bind.Answer : null, ipqs.Usable ? ipqs.Answer : null);
        IReadOnlyList<NumberAssessmentError> errors = (bind.Error, ipqs.Error) switch
        {
            (null, null) => [],
            ({ } b, null) => [b],
            (null, { } i) => [i],
            ({ } b, { } i) => [b, i],
        };
        return new VendorOutcome
        {
            Confidence = confidence,
            Bind = bind.Answer,
            Ipqs = ipqs.Answer,
            Errors = errors,
            CacheHits = VendorOutcome.Vendors(bind.FromCache, ipqs.FromCache),
            Paid = VendorOutcome.Vendors(bind.Paid, ipqs.Paid),
        };
    }

    private async ValueTask<object?> CacheGetAsync(NumberIntelVendor vendor, string msisdn, string? variant, CancellationToken cancellationToken)
    {
        try
        {
            return vendor == NumberIntelVendor.Bind
                ? await _cache!.GetBindAsync(msisdn, cancellationToken).ConfigureAwait(false)
                : await _cache!.GetIpqsAsync(msisdn, variant, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            CacheFailed("read", vendor, msisdn, e);
            return null;
        }
    }

    private async ValueTask CacheSetAsync(NumberIntelVendor vendor, string msisdn, string? variant, object answer, CancellationToken cancellationToken)
    {
        try
        {
            if (answer is BindScoringResult bind)
            {
                await _cache!.SetBindAsync(msisdn, bind, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _cache!.SetIpqsAsync(msisdn, variant, (IpqsPhoneResult)answer, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            CacheFailed("write", vendor, msisdn, e);
        }
    }

    private void CacheFailed(string operation, NumberIntelVendor vendor, string msisdn, Exception e)
    {
        // A store's message may quote the key, which holds the MSISDN: the exception itself is logged only when full numbers may be.
        if (Logger.IsEnabled(LogLevel.Warning))
        {
            var shown = Shown(msisdn);
            var type = e.GetType().Name;
            AssessmentLog.CacheFailed(Logger, operation, vendor, shown, type, LogFullNumbers ? e : null);
        }
    }
}
