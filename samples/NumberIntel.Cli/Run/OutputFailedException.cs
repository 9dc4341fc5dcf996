namespace NumberIntel.Cli.Run;

/// <summary>Writing the output failed (a closed pipe, a full disk): the run stopped at once.</summary>
internal sealed class OutputFailedException(IOException inner) : IOException(inner.Message, inner);
