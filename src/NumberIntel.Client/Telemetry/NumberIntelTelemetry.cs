namespace NumberIntel.Client.Telemetry;

/// <summary>
/// Names of NumberIntel.Client's OpenTelemetry-compatible signals: one <see cref="System.Diagnostics.ActivitySource"/> and one
/// <see cref="System.Diagnostics.Metrics.Meter"/>, both named <see cref="Name"/>.
/// </summary>
/// <remarks>
/// <para>Namespace <c>NumberIntel.Client.Telemetry</c>. Subscribe with <c>tracing.AddSource(NumberIntelTelemetry.Name)</c> and
/// <c>metrics.AddMeter(NumberIntelTelemetry.Name)</c>; in an ASP.NET Core app, trace the requests as well
/// (<c>AddAspNetCoreInstrumentation()</c> or the <c>Microsoft.AspNetCore</c> source), or the parent-based sampler drops
/// the SDK's spans under the unsampled request activity.</para>
/// <para>Activities: <see cref="AssessActivity"/> per assessment (per distinct number in a bulk run), <see cref="AssessManyActivity"/>
/// per bulk run, <see cref="BindActivity"/> per Bind request (one batch) and <see cref="IpqsActivity"/> per IPQS request. Their tags
/// are named <c>numberintel.*</c>: vendor, outcome, label, degraded, error_kind, msisdn, strategy, batch_size, cache_hits,
/// paid, retry_kind, throttle_source. Numbers are redacted in one form (<c>385911****67</c>) unless
/// <see cref="NumberIntelOptions.LogFullNumbers"/> is set; API keys never appear.</para>
/// <para>Instruments are the <c>Metric…</c> constants; every counter is tagged with the vendor where it applies.</para>
/// </remarks>
public static class NumberIntelTelemetry
{
    /// <summary>The name of the activity source and of the meter: <c>NumberIntel.Client</c>.</summary>
    public const string Name = "NumberIntel.Client";

    /// <summary>Activity of one assessment: <c>NumberIntel.Assess</c>.</summary>
    public const string AssessActivity = "NumberIntel.Assess";

    /// <summary>Activity of one bulk run: <c>NumberIntel.AssessMany</c>.</summary>
    public const string AssessManyActivity = "NumberIntel.AssessMany";

    /// <summary>Activity of one Bind request (a batch): <c>NumberIntel.Bind.Score</c>.</summary>
    public const string BindActivity = "NumberIntel.Bind.Score";

    /// <summary>Activity of one IPQS request: <c>NumberIntel.Ipqs.Validate</c>.</summary>
    public const string IpqsActivity = "NumberIntel.Ipqs.Validate";

    /// <summary>Counter of vendor answers per number, tagged <c>numberintel.vendor</c> and <c>numberintel.outcome</c>
    /// (<c>answered</c>, <c>no_data</c>, <c>failed</c>): <c>numberintel.vendor.lookups</c>.</summary>
    public const string MetricLookups = "numberintel.vendor.lookups";

    /// <summary>Counter of paid (billed) vendor lookups, tagged <c>numberintel.vendor</c>: <c>numberintel.vendor.paid_lookups</c>.</summary>
    public const string MetricPaidLookups = "numberintel.vendor.paid_lookups";

    /// <summary>Counter of vendor answers served from the cache, tagged <c>numberintel.vendor</c>: <c>numberintel.cache.hits</c>.</summary>
    public const string MetricCacheHits = "numberintel.cache.hits";

    /// <summary>Counter of cache look-ups that found nothing, tagged <c>numberintel.vendor</c>: <c>numberintel.cache.misses</c>.</summary>
    public const string MetricCacheMisses = "numberintel.cache.misses";

    /// <summary>Counter of assessments returned, tagged <c>numberintel.label</c> and <c>numberintel.degraded</c>: <c>numberintel.assessments</c>.</summary>
    public const string MetricAssessments = "numberintel.assessments";

    /// <summary>Counter of vendor failures that degraded an assessment, tagged <c>numberintel.vendor</c> and <c>numberintel.error_kind</c>: <c>numberintel.degraded</c>.</summary>
    public const string MetricDegraded = "numberintel.degraded";

    /// <summary>Counter of retries, tagged <c>numberintel.vendor</c> and <c>numberintel.retry_kind</c> (<c>http</c>: a whole request; <c>item</c>: a Bind item resubmitted): <c>numberintel.retries</c>.</summary>
    public const string MetricRetries = "numberintel.retries";

    /// <summary>Counter of throttling, tagged <c>numberintel.vendor</c> and <c>numberintel.throttle_source</c>
    /// (<c>http_429</c>, <c>bind_item</c>, <c>rate_limiter</c>): <c>numberintel.throttles</c>.</summary>
    public const string MetricThrottles = "numberintel.throttles";

    /// <summary>Histogram of assessment durations in seconds (per distinct number in a bulk run), tagged <c>numberintel.label</c>: <c>numberintel.assessment.duration</c>.</summary>
    public const string MetricAssessmentDuration = "numberintel.assessment.duration";

    /// <summary>Histogram of vendor request durations in seconds, tagged <c>numberintel.vendor</c> and <c>numberintel.outcome</c>: <c>numberintel.vendor.duration</c>.</summary>
    public const string MetricVendorDuration = "numberintel.vendor.duration";

    /// <summary>Tag: the vendor, <c>bind</c> or <c>ipqs</c>.</summary>
    internal const string TagVendor = "numberintel.vendor";

    /// <summary>Tag: the outcome of a vendor call (<c>answered</c>, <c>no_data</c>, <c>failed</c>, <c>cache_hit</c>).</summary>
    internal const string TagOutcome = "numberintel.outcome";

    /// <summary>Tag: the confidence label (<c>verified</c> … <c>invalid</c>).</summary>
    internal const string TagLabel = "numberintel.label";

    /// <summary>Tag: whether the assessment is degraded.</summary>
    internal const string TagDegraded = "numberintel.degraded";

    /// <summary>Tag: the <see cref="NumberAssessmentErrorKind"/> of a failure, in snake case.</summary>
    internal const string TagErrorKind = "numberintel.error_kind";

    /// <summary>Tag: the MSISDN, redacted unless <see cref="NumberIntelOptions.LogFullNumbers"/>.</summary>
    internal const string TagMsisdn = "numberintel.msisdn";

    /// <summary>Tag: the vendor strategy of an assessment.</summary>
    internal const string TagStrategy = "numberintel.strategy";

    /// <summary>Tag: the numbers in a vendor request (Bind batch size).</summary>
    internal const string TagBatchSize = "numberintel.batch_size";

    /// <summary>Tag: which vendors answered from the cache.</summary>
    internal const string TagCacheHits = "numberintel.cache_hits";

    /// <summary>Tag: which vendors were paid.</summary>
    internal const string TagPaid = "numberintel.paid";

    /// <summary>Tag: the kind of retry (<c>http</c>, <c>item</c>).</summary>
    internal const string TagRetryKind = "numberintel.retry_kind";

    /// <summary>Tag: where throttling came from (<c>http_429</c>, <c>bind_item</c>, <c>rate_limiter</c>).</summary>
    internal const string TagThrottleSource = "numberintel.throttle_source";

    /// <summary>
    /// Redacts a phone number the way the SDK's logs, traces and messages show it, in one form for every vendor and
    /// country: digits only, up to six leading digits and the last two, four stars between, at least four digits hidden
    /// (<c>385911****67</c>, <c>491515****08</c>, <c>18005****34</c>). Use it to log numbers in your own code alike.
    /// </summary>
    /// <param name="number">A number in any format; null or empty gives an empty string.</param>
    /// <returns>The redacted number.</returns>
    public static string RedactNumber(string? number) => MsisdnRedactor.Redact(number);
}
