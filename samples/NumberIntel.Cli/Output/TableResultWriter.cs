using System.Globalization;
using NumberIntel.Cli.Run;
using NumberIntel.Client.Confidence;
using Spectre.Console;

namespace NumberIntel.Cli.Output;

/// <summary>
/// A table for people: one row per number (input, E.164, label in its colour, score, line type, carrier, country,
/// disposable, degraded/errors), and under it only the steps that lowered a label (<c>--explain</c>: every step).
/// Rows are rendered in blocks of <see cref="RowsPerTable"/> so that memory stays bounded on bulk runs. Every text from
/// the input or a vendor goes through <see cref="TerminalText.Safe"/>: no escape sequence reaches the terminal.
/// </summary>
internal sealed class TableResultWriter : ResultWriter
{
    public const int RowsPerTable = 50;

    private readonly IAnsiConsole _console;
    private readonly bool _explain;
    private readonly List<ResultRow> _pending = new(RowsPerTable);

    public TableResultWriter(TextWriter writer, IAnsiConsole console, bool explain)
        : base(writer)
    {
        _console = console;
        _explain = explain;
    }

    public static string LabelColor(ConfidenceLabel label) => label switch
    {
        ConfidenceLabel.Verified => "green",
        ConfidenceLabel.Likely => "chartreuse3",
        ConfidenceLabel.Uncertain => "yellow",
        ConfidenceLabel.Low => "darkorange",
        _ => "red",
    };

    public override void Write(ResultRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _pending.Add(row);
        if (_pending.Count >= RowsPerTable)
        {
            RenderPending();
        }
    }

    public override Task CompleteAsync()
    {
        RenderPending();
        return base.CompleteAsync();
    }

    private static Text Cell(string? value) => new(TerminalText.Safe(string.IsNullOrEmpty(value) ? "-" : value));

    private static string Notes(ResultRow row)
    {
        if (row.Errors.Count > 0)
        {
            return (row.Degraded ? "degraded: " : string.Empty) + string.Join(", ", row.Errors);
        }

        if (row.DuplicateOf is { } first)
        {
            return "same number as #" + first.ToString(CultureInfo.InvariantCulture);
        }

        return row.CacheHits.Count > 0 ? "cached" : string.Empty;
    }

    private void RenderPending()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Input");
        table.AddColumn("E.164");
        table.AddColumn("Label");
        table.AddColumn(new TableColumn("Score").RightAligned());
        table.AddColumn("Line type");
        table.AddColumn("Carrier");
        table.AddColumn("Country");
        table.AddColumn("Disposable");
        table.AddColumn("Degraded / errors");
        foreach (var r in _pending)
        {
            table.AddRow(
                new Text(r.Index.ToString(CultureInfo.InvariantCulture)),
                Cell(r.Input),
                Cell(r.E164),
                new Markup($"[{LabelColor(r.Label)}]{ResultText.Label(r.Label)}[/]"),
                new Text(r.Score.ToString("0.00", CultureInfo.InvariantCulture)),
                Cell(ResultText.LineType(r.LineType)),
                Cell(r.Carrier),
                Cell(r.Country),
                new Text(r.Disposable ? "yes" : "no"),
                Cell(Notes(r)));
        }

        _console.Write(table);
        foreach (var r in _pending)
        {
            WriteWhy(r);
        }

        _pending.Clear();
    }

    /// <summary>Under the table: why a label is what it is — the lowering steps (all steps with --explain) and error messages.</summary>
    private void WriteWhy(ResultRow row)
    {
        var lines = new List<string>();
        if (row.Source is { } source)
        {
            lines.AddRange(source.Errors.Select(ResultText.Error));
            var steps = _explain ? source.Confidence?.Diagnostics.GetAllSteps() ?? [] : RowFactory.LoweringSteps(source.Confidence);
            lines.AddRange(steps.Select(ResultText.Step));
        }
        else if (row.DuplicateOf is { } first && row.Reasons.Count > 0)
        {
            lines.Add("as #" + first.ToString(CultureInfo.InvariantCulture) + ": " + string.Join(", ", row.Reasons));
        }
        else if (row.Errors.Contains(RowFactory.LineTooLong))
        {
            lines.Add($"line longer than {Input.LineReader.MaxLineLength.ToString(CultureInfo.InvariantCulture)} characters: not a phone number, nothing looked up");
        }

        if (lines.Count == 0)
        {
            return;
        }

        var label = ResultText.Label(row.Label);
        var head = $"#{row.Index.ToString(CultureInfo.InvariantCulture)} {row.Input}: {label} ({row.Score.ToString("0.00", CultureInfo.InvariantCulture)})";
        _console.Write(new Text(TerminalText.Safe(head) + "\n"));
        foreach (var line in lines)
        {
            _console.Write(new Text("    " + TerminalText.Safe(line) + "\n"));
        }
    }
}
