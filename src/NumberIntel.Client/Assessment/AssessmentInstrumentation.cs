using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client.Assessment;

/// <summary>
/// The telemetry of assessments, one instance per client, shared by the single and the bulk path: the <c>assess</c>
/// activity and its metrics, the debug log of each assessment, and the one instrumented call of each vendor
/// (<see cref="BindCallAsync{TState, TResult}"/> for a Bind request of any size, <see cref="ValidateAsync"/> for IPQS).
/// Numbers are shown redacted unless <see cref="LogFullNumbers"/>. Thread-safe.
/// </summary>
internal sealed class AssessmentInstrumentation(ILogger logger, TimeProvider timeProvider, bool logFullNumbers)
{
    public ILogger Logger { get; } = logger;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public bool LogFullNumbers { get; } = logFullNumbers;

    /// <summary>A label as metrics and traces tag it: <c>verified</c>, <c>likely</c>, <c>uncertain</c>, <c>low</c>, <c>invalid</c>.</summary>
    public static string LabelTag(ConfidenceLabel label) => label switch
    {
        ConfidenceLabel.Verified => "verified",
        ConfidenceLabel.Likely => "likely",
        ConfidenceLabel.Uncertain => "uncertain",
        ConfidenceLabel.Low => "low",
        _ => "invalid",
    };

    /// <summary>Counts a returned assessment by label and degradation.</summary>
    public static void Returned(NumberAssessment assessment) =>
        NumberIntelInstrumentation.Assessment(LabelTag(assessment.Label), assessment.Degraded);

    /// <summary>The MSISDN as logs and traces may show it.</summary>
    public string Shown(string? msisdn) => AssessmentLog.Number(msisdn, LogFullNumbers);

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
        NumberIntelInstrumentation.AssessmentTime(TimeProvider.GetElapsedTime(started), LabelTag(label));
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(NumberIntelTelemetry.TagMsisdn, Shown(msisdn));
            activity.SetTag(NumberIntelTelemetry.TagLabel, LabelTag(label));
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
            var label = LabelTag(assessment.Label);
            var paid = VendorsText(assessment.PaidLookups);
            var cacheHits = VendorsText(assessment.CacheHits);
            AssessmentLog.Assessed(Logger, msisdn, label, assessment.Degraded, paid, cacheHits);
        }
    }

    /// <summary>Records a vendor failure that degrades an assessment, and logs it at <paramref name="level"/>.</summary>
    public NumberAssessmentError Degraded(NumberIntelVendor vendor, string msisdn, NumberAssessmentError error, LogLevel level)
    {
        NumberIntelInstrumentation.VendorDegraded(vendor, error.Kind);
        if (Logger.IsEnabled(level))
        {
            var shown = Shown(msisdn);
            AssessmentLog.VendorDegraded(Logger, level, vendor, shown, error);
        }

        return error;
    }

    /// <summary>Logs a cache operation that failed (the assessment goes on without the cache).</summary>
    public void CacheFailed(string operation, NumberIntelVendor vendor, string msisdn, Exception e)
    {
        // A store's message may quote the key, which holds the MSISDN: the exception itself is logged only when full numbers may be.
        if (Logger.IsEnabled(LogLevel.Warning))
        {
            var shown = Shown(msisdn);
            var type = e.GetType().Name;
            AssessmentLog.CacheFailed(Logger, operation, vendor, shown, type, LogFullNumbers ? e : null);
        }
    }

    /// <summary>
    /// One Bind request — of one number (<c>AssessAsync</c>) or a batch (a bulk run) — with its activity, duration and
    /// outcome recorded: <c>answered</c> when every item got a final code, <c>no_data</c> otherwise, <c>failed</c> on an exception.
    /// </summary>
    /// <param name="state">What <paramref name="call"/> needs (the client, the numbers).</param>
    /// <param name="batchSize">How many numbers are sent.</param>
    /// <param name="msisdn">The number, when one is sent alone (shown on the activity); otherwise null.</param>
    /// <param name="call">Sends the request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<TResult> BindCallAsync<TState, TResult>(
        TState state,
        int batchSize,
        string? msisdn,
        Func<TState, CancellationToken, Task<TResult>> call,
        CancellationToken cancellationToken)
        where TResult : class
    {
        var started = TimeProvider.GetTimestamp();
        using var activity = StartVendorActivity(NumberIntelVendor.Bind, batchSize, msisdn);
        try
        {
            var result = await call(state, cancellationToken).ConfigureAwait(false);
            EndVendorCall(activity, NumberIntelVendor.Bind, started, AllFinal(result) ? "answered" : "no_data");
            return result;
        }
        catch (Exception e)
        {
            EndVendorCall(activity, NumberIntelVendor.Bind, started, "failed", e);
            throw;
        }
    }

    /// <summary>One IPQS request with its activity, duration and outcome recorded (shared by single and bulk assessments).</summary>
    public async Task<IpqsPhoneResult> ValidateAsync(IIpqsClient ipqs, string e164, IpqsPhoneRequest? request, CancellationToken cancellationToken)
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

    private static bool AllFinal(object result)
    {
        switch (result)
        {
            case BindScoringResult one:
                return one.Response.IsFinal();
            case IReadOnlyList<BindScoringResult> many:
                foreach (var item in many)
                {
                    if (!item.Response.IsFinal())
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private static string VendorsText(IReadOnlyList<NumberIntelVendor>? vendors) => vendors switch
    {
        null or { Count: 0 } => "none",
        { Count: 1 } => NumberIntelInstrumentation.VendorTag(vendors[0]),
        _ => "bind,ipqs",
    };

    private Activity? StartVendorActivity(NumberIntelVendor vendor, int batchSize, string? msisdn)
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

    private void EndVendorCall(Activity? activity, NumberIntelVendor vendor, long started, string outcome, Exception? failure = null)
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
}
