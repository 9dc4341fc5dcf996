namespace NumberIntel.Cli.Output;

/// <summary>The output formats of <c>assess</c>.</summary>
internal enum OutputFormat
{
    /// <summary>A readable table (Spectre.Console).</summary>
    Table,

    /// <summary>JSON Lines: one JSON object per input.</summary>
    JsonLines,

    /// <summary>CSV (RFC 4180) with a header row.</summary>
    Csv,
}
