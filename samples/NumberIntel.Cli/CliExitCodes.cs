namespace NumberIntel.Cli;

/// <summary>The exit codes of <c>numberintel</c>.</summary>
public static class CliExitCodes
{
    /// <summary>Every input was assessed and written (degraded results included: see the summary and the <c>degraded</c> field).</summary>
    public const int Success = 0;

    /// <summary>Anything else went wrong (a vendor kept failing with <c>FailureMode=Throw</c>, an I/O error, a bug).</summary>
    public const int Failure = 1;

    /// <summary>The command line or the configuration is wrong (unknown option, missing input, bad region, invalid setting).</summary>
    public const int UsageError = 2;

    /// <summary>A vendor rejected the API key or refused the account (no credits, quota, permissions). Retrying will not help.</summary>
    public const int AuthenticationError = 3;

    /// <summary>Cancelled (Ctrl+C): what was assessed so far has been written and flushed.</summary>
    public const int Cancelled = 130;
}
