using Microsoft.Extensions.Logging;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client.Http;

/// <summary>
/// Source-generated log messages of the transport clients (event ids 1101–1199). Numbers are redacted with
/// <see cref="MsisdnRedactor"/> before they reach a log; API keys are never logged. The public helpers check
/// <see cref="ILogger.IsEnabled"/> before computing anything.
/// </summary>
internal static partial class TransportLog
{
    /// <summary>A request is about to be sent.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="vendor">Vendor display name.</param>
    /// <param name="operation">Operation name.</param>
    /// <param name="batchSize">Numbers in the request.</param>
    /// <param name="firstNumber">The first number (redacted here).</param>
    public static void Sending(ILogger logger, string vendor, string operation, int batchSize, string? firstNumber)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var redacted = MsisdnRedactor.Redact(firstNumber);
            LogSending(logger, vendor, operation, batchSize, redacted);
        }
    }

    /// <summary>A response was read successfully.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="vendor">Vendor display name.</param>
    /// <param name="operation">Operation name.</param>
    /// <param name="statusCode">HTTP status.</param>
    /// <param name="batchSize">Numbers in the request.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="started">The timestamp taken before sending.</param>
    public static void Completed(ILogger logger, string vendor, string operation, int statusCode, int batchSize, TimeProvider timeProvider, long started)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = timeProvider.GetElapsedTime(started).TotalMilliseconds;
            LogCompleted(logger, vendor, operation, statusCode, batchSize, elapsed);
        }
    }

    /// <summary>A response arrived but could not be used.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="vendor">Vendor display name.</param>
    /// <param name="operation">Operation name.</param>
    /// <param name="statusCode">HTTP status.</param>
    /// <param name="failure">The exception raised (only its type is logged).</param>
    /// <param name="batchSize">Numbers in the request.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="started">The timestamp taken before sending.</param>
    public static void Failed(ILogger logger, string vendor, string operation, int statusCode, Exception failure, int batchSize, TimeProvider timeProvider, long started)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var kind = failure.GetType().Name;
            var elapsed = timeProvider.GetElapsedTime(started).TotalMilliseconds;
            LogFailed(logger, vendor, operation, statusCode, kind, batchSize, elapsed);
        }
    }

    /// <summary>No response arrived (connection failure, timeout, cancellation).</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="vendor">Vendor display name.</param>
    /// <param name="operation">Operation name.</param>
    /// <param name="failure">The exception raised (only its type is logged).</param>
    /// <param name="batchSize">Numbers in the request.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="started">The timestamp taken before sending.</param>
    public static void NoResponse(ILogger logger, string vendor, string operation, Exception failure, int batchSize, TimeProvider timeProvider, long started)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var kind = failure.GetType().Name;
            var elapsed = timeProvider.GetElapsedTime(started).TotalMilliseconds;
            LogNoResponse(logger, vendor, operation, kind, batchSize, elapsed);
        }
    }

    /// <summary>Bind left a requested number out of its answer.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="msisdn">The number (redacted here).</param>
    public static void BindItemOmitted(ILogger logger, string msisdn)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            var redacted = MsisdnRedactor.Redact(msisdn);
            LogBindItemOmitted(logger, redacted);
        }
    }

    /// <summary>Bind answered for a number that was not requested.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="msisdn">The number (redacted here).</param>
    public static void BindItemUnexpected(ILogger logger, string msisdn)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var redacted = MsisdnRedactor.Redact(msisdn);
            LogBindItemUnexpected(logger, redacted);
        }
    }

    [LoggerMessage(EventId = 1107, Level = LogLevel.Debug, Message = "Bind answered with {SkippedItems} array item(s) that were not objects; skipped")]
    public static partial void BindItemsSkipped(ILogger logger, int skippedItems);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Debug, Message = "IPQS answered success:false ({Failure}), request id {RequestId}")]
    public static partial void IpqsUnsuccessful(ILogger logger, string failure, string? requestId);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "{Vendor} {Operation}: sending {BatchSize} number(s), first {Msisdn}")]
    private static partial void LogSending(ILogger logger, string vendor, string operation, int batchSize, string msisdn);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "{Vendor} {Operation}: HTTP {StatusCode} for {BatchSize} number(s) in {ElapsedMilliseconds} ms")]
    private static partial void LogCompleted(ILogger logger, string vendor, string operation, int statusCode, int batchSize, double elapsedMilliseconds);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Debug, Message = "{Vendor} {Operation}: failed with HTTP {StatusCode} ({Failure}) for {BatchSize} number(s) in {ElapsedMilliseconds} ms")]
    private static partial void LogFailed(ILogger logger, string vendor, string operation, int statusCode, string failure, int batchSize, double elapsedMilliseconds);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Debug, Message = "{Vendor} {Operation}: no response ({Failure}) for {BatchSize} number(s) after {ElapsedMilliseconds} ms")]
    private static partial void LogNoResponse(ILogger logger, string vendor, string operation, string failure, int batchSize, double elapsedMilliseconds);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Bind returned no result for {Msisdn}; a result with Response = Unknown was synthesized")]
    private static partial void LogBindItemOmitted(ILogger logger, string msisdn);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Debug, Message = "Bind returned a result for {Msisdn}, which was not requested in this batch; ignored")]
    private static partial void LogBindItemUnexpected(ILogger logger, string msisdn);
}
