namespace NumberIntel.Cli;

/// <summary>The streams and terminal facts of one run.</summary>
internal sealed record CliStreams(TextReader Stdin, TextWriter Stdout, TextWriter Stderr, CliRunOptions Options);
