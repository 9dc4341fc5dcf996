namespace NumberIntel.Cli;

/// <summary>The exit codes of <c>numberintel</c>.</summary>
public static class CliExitCodes
{
    /// <summary>Every input was assessed and written (degraded results included: see the summary and the <c>degraded</c> field).</summary>
    public const int Success = 0;

    /// <summary>Anything else went wrong (a vendor kept failing with <c>FailureMode=Throw</c>, an I/O error, a bug).</summary>
    public const int Failure = 1;

    /// <summary>
    /// The command line or the configuration is wrong (unknown option, missing input, bad region, invalid setting — the
    /// message names it), or <c>--output</c> is the input file (by file identity: links included).
    /// </summary>
    public const int UsageError = 2;

    /// <summary>A vendor rejected the API key or refused the account (no credits, quota, permissions). Retrying will not help.</summary>
    public const int AuthenticationError = 3;

    /// <summary>Interrupted (SIGINT, Ctrl+C): no new lookups were sent, every answer bought was written and flushed; <c>--resume</c> continues.</summary>
    public const int Cancelled = 130;

    /// <summary>
    /// The reader of the output went away (a closed pipe, as <c>| head</c> does; the code a program killed by SIGPIPE
    /// reports): the run stopped at once, no more lookups were sent.
    /// </summary>
    public const int OutputClosed = 141;

    /// <summary>Terminated (SIGTERM, as <c>docker stop</c> and job schedulers send): as <see cref="Cancelled"/>.</summary>
    public const int Terminated = 143;
}
