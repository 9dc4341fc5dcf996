namespace NumberIntel.Cli;

/// <summary>A usage or configuration error found while starting a run (exit code <see cref="CliExitCodes.UsageError"/>); the message names the option or setting.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
