namespace NumberIntel.Cli;

/// <summary>A usage or configuration error found while starting a run (exit code <see cref="CliExitCodes.UsageError"/>); the message names the option or setting.</summary>
/// <param name="message">What to fix.</param>
/// <param name="isConfiguration">True when a configuration setting is wrong (printed as "configuration error"), false for the command line.</param>
internal sealed class CliUsageException(string message, bool isConfiguration = false) : Exception(message)
{
    public bool IsConfiguration { get; } = isConfiguration;
}
