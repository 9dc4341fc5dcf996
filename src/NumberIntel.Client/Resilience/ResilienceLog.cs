using Microsoft.Extensions.Logging;

namespace NumberIntel.Client.Resilience;

/// <summary>Source-generated log messages of the resilience layer. They carry the vendor and the reason; never a key or a full MSISDN.</summary>
internal static partial class ResilienceLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "{Vendor} call failed ({Reason}); retry {Attempt} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, NumberIntelVendor vendor, string reason, int attempt, double delayMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "{Vendor} circuit opened after repeated failures ({Reason}); calls are refused for {BreakMs} ms")]
    public static partial void CircuitOpened(ILogger logger, NumberIntelVendor vendor, string reason, double breakMs);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "{Vendor} circuit closed: calls flow again")]
    public static partial void CircuitClosed(ILogger logger, NumberIntelVendor vendor);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "{Vendor} attempt timed out after {TimeoutMs} ms")]
    public static partial void AttemptTimedOut(ILogger logger, NumberIntelVendor vendor, double timeoutMs);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "{Vendor} answered {Count} item(s) with throttled/timeout codes; resubmitting only those (attempt {Attempt} of {MaxAttempts}) in {DelayMs} ms")]
    public static partial void ResubmittingItems(ILogger logger, NumberIntelVendor vendor, int count, int attempt, int maxAttempts, double delayMs);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "{Vendor} still answered {Count} item(s) with throttled/timeout codes after {MaxAttempts} attempts; giving up on them")]
    public static partial void ItemsGaveUp(ILogger logger, NumberIntelVendor vendor, int count, int maxAttempts);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "{Vendor} client-side rate limiter refused {Permits} permit(s): its queue is full")]
    public static partial void RateLimiterRejected(ILogger logger, NumberIntelVendor vendor, int permits);
}
