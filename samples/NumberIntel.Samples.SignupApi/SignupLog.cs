using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;

namespace NumberIntel.Samples.SignupApi;

/// <summary>The API's log messages (source-generated).</summary>
internal static partial class SignupLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Sandbox mode: no NumberIntel API key is configured; answers come from the local emulator at {Address} (nothing is billed). Set NumberIntel:Bind:ApiKey and/or NumberIntel:Ipqs:ApiKey to use the real APIs.")]
    public static partial void SandboxMode(ILogger logger, Uri address);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Phone verification failed ({ExceptionType}); the signup is answered 503.")]
    public static partial void VerificationFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Bind callback received with {Count} result(s).")]
    public static partial void BindCallbackReceived(ILogger logger, int count);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Bind callback result: {Msisdn} response {Response}, confidence {Confidence}.")]
    public static partial void BindCallbackResult(ILogger logger, string msisdn, BindResponseCode response, ConfidenceLabel confidence);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Bind callback rejected: its body is not number-scoring JSON ({Reason}); answered 400.")]
    public static partial void BindCallbackMalformed(ILogger logger, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Bind callback rejected: the path token does not match BindCallback:Token; answered 404.")]
    public static partial void BindCallbackWrongToken(ILogger logger);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Bind callback rejected: callbacks are off (BindCallback:Token is not set); answered 404.")]
    public static partial void BindCallbackDisabled(ILogger logger);
}
