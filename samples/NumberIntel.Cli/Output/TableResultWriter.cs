using System.Globalization;
using NumberIntel.Client;
using NumberIntel.Client.Confidence;
using Spectre.Console;

namespace NumberIntel.Cli.Output;

/// <summary>
/// A readable table. Rows are rendered in blocks of <see cref="RowsPerTable"/> so that memory stays bounded on bulk
/// runs; with <c>explain</c> (numbers given on the command line), each number's reasons follow the table.
/// </summary>
internal sealed class TableResultWriter : ResultWriter
{
    public const int RowsPerTable = 50;

    private readonly IAnsiConsole _console;
    private readonly bool _explain;
    private readonly List<NumberAssessment> _pending = new(RowsPerTable);

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

    public override void Write(NumberAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        _pending.Add(assessment);
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
        table.AddColumn("Confidence");
        table.AddColumn(new TableColumn("Score").RightAligned());
        table.AddColumn("Disposable");
        table.AddColumn("Line type");
        table.AddColumn("Carrier");
        table.AddColumn("Country");
        table.AddColumn("Notes");
        foreach (var a in _pending)
        {
            var label = ResultText.EffectiveLabel(a);
            var notes = a.Degraded
                ? "degraded: " + string.Join("; ", a.Errors.Select(ResultText.Error))
                : a.CacheHits.Count > 0 ? "cached" : string.Empty;
            table.AddRow(
                new Text(a.Index.ToString(CultureInfo.InvariantCulture)),
                new Text(a.Input),
                new Text(a.Msisdn is null ? "-" : "+" + a.Msisdn),
                new Markup($"[{LabelColor(label)}]{ResultText.Label(label)}[/]"),
                new Text(ConfidenceResult.GetScore(label).ToString("0.00", CultureInfo.InvariantCulture)),
                new Text(a.Confidence?.IsDisposable == true ? "yes" : "no"),
                new Text(ResultText.LineType(a.Confidence?.LineType ?? LineType.Unknown)),
                new Text(a.Confidence?.Carrier ?? "-"),
                new Text(a.Confidence?.CountryCode ?? "-"),
                new Text(notes));
        }

        _console.Write(table);
        if (_explain)
        {
            foreach (var a in _pending)
            {
                if (a.Confidence is { } confidence)
                {
                    _console.Write(new Text($"#{a.Index.ToString(CultureInfo.InvariantCulture)} {a.Input}: {confidence.Explain()}\n"));
                }
            }
        }

        _pending.Clear();
    }
}
