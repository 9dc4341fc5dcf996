namespace NumberIntel.Samples.SignupApi;

/// <summary>The API's log messages (source-generated).</summary>
internal static partial class SignupLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Sandbox mode: no NumberIntel API key is configured; answers come from the local emulator at {Address} (nothing is billed). Set NumberIntel:Bind:ApiKey and/or NumberIntel:Ipqs:ApiKey to use the real APIs.")]
    public static partial void SandboxMode(ILogger logger, Uri address);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Phone verification failed ({ExceptionType}); the signup is answered 503.")]
    public static partial void VerificationFailed(ILogger logger, string exceptionType);
}
