using Microsoft.Extensions.Logging;

namespace NumberIntel.Client.Telemetry;

/// <summary>
/// Source-generated log messages of the facade and the cache (event ids 4001–4099). Numbers are passed in already
/// redacted (<see cref="Number"/>); keys never reach these methods.
/// </summary>
internal static partial class AssessmentLog
{
    /// <summary>The MSISDN as logs may show it: redacted with <see cref="MsisdnRedactor"/> unless the host opted in.</summary>
    public static string Number(string? msisdn, bool full) => full ? msisdn ?? string.Empty : MsisdnRedactor.Redact(msisdn);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Assessed {Msisdn}: {Label}, degraded {Degraded}, paid {Paid}, from cache {CacheHits}")]
    public static partial void Assessed(ILogger logger, string msisdn, string label, bool degraded, string paid, string cacheHits);

    [LoggerMessage(EventId = 4002, Message = "{Vendor} failed for {Msisdn} ({Kind}{Details}); the assessment is degraded")]
    private static partial void VendorDegraded(ILogger logger, LogLevel level, NumberIntelVendor vendor, string msisdn, NumberAssessmentErrorKind kind, string details);

    /// <summary>Logs a degraded vendor with only the details it has (no empty "status" or "request id" fields).</summary>
    public static void VendorDegraded(ILogger logger, LogLevel level, NumberIntelVendor vendor, string msisdn, NumberAssessmentError error)
    {
        if (logger.IsEnabled(level))
        {
            var details = ErrorDetails(error);
            VendorDegraded(logger, level, vendor, msisdn, error.Kind, details);
        }
    }

    /// <summary>
    /// The present details of <paramref name="error"/>, each led by ", " (", HTTP 503, vendor code 3, request id r-1"),
    /// or an empty string when it has none.
    /// </summary>
    internal static string ErrorDetails(NumberAssessmentError error)
    {
        var details = string.Empty;
        if (error.StatusCode is { } status)
        {
            details += string.Create(System.Globalization.CultureInfo.InvariantCulture, $", HTTP {(int)status}");
        }

        if (!string.IsNullOrEmpty(error.VendorCode))
        {
            details += ", vendor code " + error.VendorCode;
        }

        if (!string.IsNullOrEmpty(error.RequestId))
        {
            details += ", request id " + error.RequestId;
        }

        return details;
    }

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Assessment cache {Operation} failed for {Vendor} {Msisdn} ({ErrorType}); going on without the cache")]
    public static partial void CacheFailed(ILogger logger, string operation, NumberIntelVendor vendor, string msisdn, string errorType, Exception? exception);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Bulk assessment started: vendors {Strategy}, ordered {Ordered}, concurrency {MaxConcurrency} per vendor, Bind batches of up to {BatchSize}")]
    public static partial void RunStarted(ILogger logger, VendorStrategy strategy, bool ordered, int maxConcurrency, int batchSize);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Bulk assessment finished: {Done} assessed, {PaidLookups} paid lookups, {CacheHits} cache hits, {Duplicates} duplicates, {Degraded} degraded in {ElapsedMilliseconds} ms")]
    public static partial void RunFinished(ILogger logger, long done, long paidLookups, long cacheHits, long duplicates, long degraded, double elapsedMilliseconds);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Bind batch of {Count} number(s) failed ({ErrorType}); they are degraded or the run stops, per FailureMode")]
    public static partial void BatchFailed(ILogger logger, int count, string errorType);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Error, Message = "Bulk assessment stopped after {Done} assessment(s): {Vendor} {ErrorType}: {Reason}")]
    public static partial void RunStopped(ILogger logger, long done, NumberIntelVendor? vendor, string errorType, string reason);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Bulk assessment canceled after {Done} assessment(s) in {ElapsedMilliseconds} ms")]
    public static partial void RunCanceled(ILogger logger, long done, double elapsedMilliseconds);
}
