namespace NumberIntel.Cli.Output;

/// <summary>Parses and defaults <see cref="OutputFormat"/>.</summary>
internal static class OutputFormats
{
    public static OutputFormat? Parse(string? value) => value switch
    {
        null => null,
        "table" => OutputFormat.Table,
        "jsonl" => OutputFormat.JsonLines,
        "csv" => OutputFormat.Csv,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not an output format."),
    };

    /// <summary>
    /// The format to use: the one asked for; else, for an output file, by its extension (<c>.csv</c> → CSV, else JSON
    /// Lines); else a table on a terminal and JSON Lines when standard output is redirected.
    /// </summary>
    public static OutputFormat Resolve(OutputFormat? requested, string? outputPath, bool stdoutIsTerminal)
    {
        if (requested is { } format)
        {
            return format;
        }

        if (IsFile(outputPath))
        {
            return string.Equals(Path.GetExtension(outputPath), ".csv", StringComparison.OrdinalIgnoreCase)
                ? OutputFormat.Csv
                : OutputFormat.JsonLines;
        }

        return stdoutIsTerminal ? OutputFormat.Table : OutputFormat.JsonLines;
    }

    public static bool IsFile(string? outputPath) => outputPath is not null && outputPath != "-";
}
