using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NumberIntel.Client.Telemetry;

/// <summary>
/// The process-wide <see cref="ActivitySource"/> and <see cref="Meter"/> (both <see cref="NumberIntelTelemetry.Name"/>) and
/// their instruments. Every helper is cheap when nobody listens: counters skip work without listeners and
/// <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null.
/// </summary>
internal static class NumberIntelInstrumentation
{
    public static readonly ActivitySource Source = new(NumberIntelTelemetry.Name, Version);

    public static readonly Meter Meter = new(NumberIntelTelemetry.Name, Version);

    private static readonly Counter<long> Lookups = Meter.CreateCounter<long>(
        NumberIntelTelemetry.MetricLookups, "{lookup}", "Vendor answers per number, by vendor and outcome.");

    private static readonly Counter<long> PaidLookups = Meter.CreateCounter<long>(
        NumberIntelTelemetry.MetricPaidLookups, "{lookup}", "Paid (billed) vendor lookups.");

    private static readonly Counter<long> CacheHits = Meter.CreateCounter<long>(
        NumberIntelTelemetry.MetricCacheHits, "{lookup}", "Vendor answers served from the assessment cache.");

    private static readonly Counter<long> CacheMisses = Meter.CreateCounter<long>(
        NumberIntelTelemetry.MetricCacheMisses, "{lookup}", "Assessment cache look-ups that found nothing.");

    private static readonly Counter<long> Assessments = Meter.CreateCounter<long>(
        NumberIntelTelemetry.MetricAssessments, "{assessment}", "Assessments returned, by label.");

    private static readonly Counter<long> Degraded = Meter.CreateCounter<long>(
        NumberIntelTelemetry.MetricDegraded, "{failure}", "Vendor failures that degraded an assessment.");

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        NumberIntelTelemetry.MetricRetries, "{retry}", "Retried vendor requests and resubmitted Bind items.");

    private static readonly Counter<long> Throttles = Meter.CreateCounter<long>(
        NumberIntelTelemetry.MetricThrottles, "{throttle}", "Throttling seen: HTTP 429, Bind code 4 items, client-side rate limiter rejections.");

    private static readonly Histogram<double> AssessmentDuration = Meter.CreateHistogram<double>(
        NumberIntelTelemetry.MetricAssessmentDuration, "s", "Duration of an assessment (per distinct number in a bulk run).");

    private static readonly Histogram<double> VendorDuration = Meter.CreateHistogram<double>(
        NumberIntelTelemetry.MetricVendorDuration, "s", "Duration of a vendor request, retries included.");

    private static string? Version => typeof(NumberIntelInstrumentation).Assembly.GetName().Version?.ToString();

    public static string VendorTag(NumberIntelVendor vendor) => vendor == NumberIntelVendor.Bind ? "bind" : "ipqs";

    public static string ErrorKindTag(NumberAssessmentErrorKind kind) => kind switch
    {
        NumberAssessmentErrorKind.Unreachable => "unreachable",
        NumberAssessmentErrorKind.Timeout => "timeout",
        NumberAssessmentErrorKind.Throttled => "throttled",
        NumberAssessmentErrorKind.NoData => "no_data",
        _ => "vendor_error",
    };

    public static string StrategyTag(VendorStrategy strategy) => strategy switch
    {
        VendorStrategy.BindOnly => "bind_only",
        VendorStrategy.IpqsOnly => "ipqs_only",
        VendorStrategy.Cascade => "cascade",
        _ => "both",
    };

    /// <summary>A vendor answered (or failed) for <paramref name="count"/> numbers.</summary>
    public static void Lookup(NumberIntelVendor vendor, string outcome, int count = 1)
    {
        if (Lookups.Enabled)
        {
            Lookups.Add(count, new(NumberIntelTelemetry.TagVendor, VendorTag(vendor)), new(NumberIntelTelemetry.TagOutcome, outcome));
        }
    }

    public static void Paid(NumberIntelVendor vendor)
    {
        if (PaidLookups.Enabled)
        {
            PaidLookups.Add(1, new KeyValuePair<string, object?>(NumberIntelTelemetry.TagVendor, VendorTag(vendor)));
        }
    }

    public static void CacheHit(NumberIntelVendor vendor)
    {
        if (CacheHits.Enabled)
        {
            CacheHits.Add(1, new KeyValuePair<string, object?>(NumberIntelTelemetry.TagVendor, VendorTag(vendor)));
        }
    }

    public static void CacheMiss(NumberIntelVendor vendor)
    {
        if (CacheMisses.Enabled)
        {
            CacheMisses.Add(1, new KeyValuePair<string, object?>(NumberIntelTelemetry.TagVendor, VendorTag(vendor)));
        }
    }

    /// <summary>An assessment was returned; <paramref name="labelTag"/> is its label as a tag (the assessment layer names labels, this layer does not know them).</summary>
    public static void Assessment(string labelTag, bool degraded)
    {
        if (Assessments.Enabled)
        {
            Assessments.Add(1, new(NumberIntelTelemetry.TagLabel, labelTag), new(NumberIntelTelemetry.TagDegraded, degraded));
        }
    }

    public static void VendorDegraded(NumberIntelVendor vendor, NumberAssessmentErrorKind kind)
    {
        if (Degraded.Enabled)
        {
            Degraded.Add(1, new(NumberIntelTelemetry.TagVendor, VendorTag(vendor)), new(NumberIntelTelemetry.TagErrorKind, ErrorKindTag(kind)));
        }
    }

    /// <summary>The resilience pipeline retries a request (<paramref name="throttled"/>: the attempt was answered 429).</summary>
    public static void HttpRetry(NumberIntelVendor vendor, bool throttled)
    {
        if (Retries.Enabled)
        {
            Retries.Add(1, new(NumberIntelTelemetry.TagVendor, VendorTag(vendor)), new(NumberIntelTelemetry.TagRetryKind, "http"));
        }

        if (throttled)
        {
            Throttle(vendor, "http_429");
        }
    }

    /// <summary>Bind items are resubmitted; <paramref name="throttled"/> of them were answered 4.</summary>
    public static void ItemRetries(int count, int throttled)
    {
        if (Retries.Enabled)
        {
            Retries.Add(count, new(NumberIntelTelemetry.TagVendor, "bind"), new(NumberIntelTelemetry.TagRetryKind, "item"));
        }

        if (throttled > 0 && Throttles.Enabled)
        {
            Throttles.Add(throttled, new(NumberIntelTelemetry.TagVendor, "bind"), new(NumberIntelTelemetry.TagThrottleSource, "bind_item"));
        }
    }

    public static void Throttle(NumberIntelVendor vendor, string source)
    {
        if (Throttles.Enabled)
        {
            Throttles.Add(1, new(NumberIntelTelemetry.TagVendor, VendorTag(vendor)), new(NumberIntelTelemetry.TagThrottleSource, source));
        }
    }

    /// <summary>How long an assessment took; <paramref name="labelTag"/> is its label as a tag.</summary>
    public static void AssessmentTime(TimeSpan elapsed, string labelTag)
    {
        if (AssessmentDuration.Enabled)
        {
            AssessmentDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(NumberIntelTelemetry.TagLabel, labelTag));
        }
    }

    public static void VendorTime(NumberIntelVendor vendor, TimeSpan elapsed, string outcome)
    {
        if (VendorDuration.Enabled)
        {
            VendorDuration.Record(
                elapsed.TotalSeconds,
                new(NumberIntelTelemetry.TagVendor, VendorTag(vendor)),
                new(NumberIntelTelemetry.TagOutcome, outcome));
        }
    }
}
