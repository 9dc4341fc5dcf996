using System.Globalization;
using NumberIntel.Cli.Run;

namespace NumberIntel.Cli.Output;

/// <summary>
/// CSV per RFC 4180: a header row, CRLF line ends, every cell neutralized against CSV injection (<see cref="CsvCells"/>).
/// One-number-per-line input gets <see cref="Header"/>; a CRM export keeps every original column in order and gets
/// <see cref="CrmColumns"/> appended. Lists (errors, reasons, vendors) are space-separated codes; <c>--explain</c> adds a
/// <c>diagnostics</c> column with every step, separated by <c> | </c>.
/// </summary>
internal sealed class CsvResultWriter : ResultWriter
{
    public static readonly string[] Header =
    [
        "index", "input", "msisdn", "e164", "confidence", "score", "is_disposable", "line_type", "carrier", "country",
        "degraded", "duplicate_of", "errors", "paid_lookups", "cache_hits", "reasons",
    ];

    /// <summary>The SDK's columns appended to a CRM export's own.</summary>
    public static readonly string[] CrmColumns =
    [
        "confidence", "score", "e164", "line_type", "carrier", "country", "is_disposable", "degraded", "reasons",
    ];

    public const string DiagnosticsColumn = "diagnostics";

    private readonly OutputShape _shape;
    private bool _headerWritten;

    public CsvResultWriter(TextWriter writer, OutputShape shape)
        : base(writer)
    {
        _shape = shape;
        _headerWritten = shape.HeaderWritten;
    }

    public override void Write(ResultRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        WriteHeaderOnce();
        var c = CultureInfo.InvariantCulture;
        List<string> fields;
        if (_shape.CrmHeader is { } header)
        {
            fields = new List<string>(header.Count + CrmColumns.Length + 1);
            for (var i = 0; i < header.Count; i++)
            {
                fields.Add(row.Row is { } original && i < original.Count ? original[i] : string.Empty);
            }

            fields.AddRange(
            [
                ResultText.Label(row.Label),
                row.Score.ToString("0.00", c),
                row.E164 ?? string.Empty,
                ResultText.LineType(row.LineType),
                row.Carrier ?? string.Empty,
                row.Country ?? string.Empty,
                Bool(row.Disposable),
                Bool(row.Degraded),
                string.Join(' ', row.Reasons),
            ]);
        }
        else
        {
            fields =
            [
                row.Index.ToString(c),
                row.Input,
                row.Msisdn ?? string.Empty,
                row.E164 ?? string.Empty,
                ResultText.Label(row.Label),
                row.Score.ToString("0.00", c),
                Bool(row.Disposable),
                ResultText.LineType(row.LineType),
                row.Carrier ?? string.Empty,
                row.Country ?? string.Empty,
                Bool(row.Degraded),
                row.DuplicateOf?.ToString(c) ?? string.Empty,
                string.Join(' ', row.Errors),
                string.Join(' ', row.PaidLookups.Select(ResultText.Vendor)),
                string.Join(' ', row.CacheHits.Select(ResultText.Vendor)),
                string.Join(' ', row.Reasons),
            ];
        }

        if (_shape.Explain)
        {
            var steps = row.Source?.Confidence?.Diagnostics.GetAllSteps().Select(ResultText.Step) ?? [];
            var errors = row.Source?.Errors.Select(ResultText.Error) ?? [];
            fields.Add(string.Join(" | ", errors.Concat(steps)));
        }

        WriteRecord(fields);
    }

    public override Task CompleteAsync()
    {
        WriteHeaderOnce(); // an empty run still gets its header
        return base.CompleteAsync();
    }

    /// <summary>The header row's names for <paramref name="shape"/>.</summary>
    public static IReadOnlyList<string> HeaderFor(OutputShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        IEnumerable<string> names = shape.CrmHeader is { } header ? header.Concat(CrmColumns) : Header;
        return shape.Explain ? [.. names, DiagnosticsColumn] : [.. names];
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private void WriteHeaderOnce()
    {
        if (!_headerWritten)
        {
            _headerWritten = true;
            WriteRecord(HeaderFor(_shape));
        }
    }

    private void WriteRecord(IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                Writer.Write(_shape.Delimiter);
            }

            Writer.Write(CsvCells.Field(fields[i], _shape.Delimiter));
        }

        Writer.Write("\r\n");
    }
}
