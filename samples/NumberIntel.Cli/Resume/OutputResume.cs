using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using NumberIntel.Cli.Output;
using NumberIntel.Cli.Run;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Cli.Resume;

/// <summary>
/// <c>--resume</c>: reads what an interrupted run's output already holds, so that the run continues after it. Every
/// complete record counts (JSON Lines: a line ending in LF; CSV: a record ending in a line break with every column);
/// a torn last record — the process died mid-write — is cut off, and will be written again. The numbers of the records
/// are put in the <see cref="RunRecord"/>, so that nothing already written is bought again.
/// </summary>
internal static class OutputResume
{
    /// <summary>What the output holds: the records kept and the input text of the last one.</summary>
    public sealed record State(long Written, bool HeaderPresent, string? LastInput);

    public static async Task<State> ReadAsync(FileStream output, OutputFormat format, OutputShape shape, int? phoneColumn, string? region, RunRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(shape);
        if (format == OutputFormat.Table)
        {
            throw new CliUsageException("--resume needs --format jsonl or csv: a table cannot be continued.");
        }

        if (output.Length == 0)
        {
            return new State(0, false, null);
        }

        var state = format == OutputFormat.JsonLines
            ? await ReadJsonLinesAsync(output, region, record, cancellationToken).ConfigureAwait(false)
            : await ReadCsvAsync(output, shape, phoneColumn, region, record, cancellationToken).ConfigureAwait(false);
        output.Seek(0, SeekOrigin.End);
        return state;
    }

    private static async Task<State> ReadJsonLinesAsync(FileStream output, string? region, RunRecord record, CancellationToken cancellationToken)
    {
        output.SetLength(await CompleteLength(output, cancellationToken).ConfigureAwait(false)); // a torn last line goes
        output.Seek(0, SeekOrigin.Begin);
        using var reader = new StreamReader(output, new UTF8Encoding(false), false, 1 << 16, leaveOpen: true);
        long written = 0;
        string? last = null;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            ResultRow row;
            try
            {
                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                if (r.GetProperty("index").GetInt64() != written)
                {
                    throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--resume: line {written + 1} of the output has index {r.GetProperty("index").GetInt64()}; the output is not this run's (use another --output, or drop --resume)."));
                }

                row = new ResultRow
                {
                    Index = written,
                    Input = r.GetProperty("input").GetString() ?? string.Empty,
                    Msisdn = r.GetProperty("msisdn").GetString(),
                    Label = ResultText.ParseLabel(r.GetProperty("confidence").GetString()),
                    LineType = ResultText.ParseLineType(r.GetProperty("line_type").GetString()),
                    Carrier = r.GetProperty("carrier").GetString(),
                    Country = r.GetProperty("country").GetString(),
                    Disposable = r.GetProperty("is_disposable").GetBoolean(),
                    Degraded = r.GetProperty("degraded").GetBoolean(),
                    Errors = Strings(r.GetProperty("errors")),
                    Reasons = Strings(r.GetProperty("reasons")),
                };
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--resume: line {written + 1} of the output is not a numberintel JSON Lines record ({e.Message}); use another --output, or drop --resume."));
            }

            Load(row, region, record);
            last = row.Input;
            written++;
        }

        return new State(written, false, last);
    }

    private static async Task<State> ReadCsvAsync(FileStream output, OutputShape shape, int? phoneColumn, string? region, RunRecord record, CancellationToken cancellationToken)
    {
        var header = CsvResultWriter.HeaderFor(shape);
        output.Seek(0, SeekOrigin.Begin);
        var options = CsvReaderOptions.Default with { HasHeader = false, Separator = shape.Delimiter, SkipEmptyLines = false };
        var keep = 0L;
        long written = 0;
        string? last = null;
        var endsWithNewline = await EndsWithNewline(output, cancellationToken).ConfigureAwait(false);
        output.Seek(0, SeekOrigin.Begin);
        await using (var reader = CsvReader.Create(output, options, true))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return new State(0, false, null);
            }

            var names = Fields(reader);
            if (!names.SequenceEqual(header, StringComparer.Ordinal))
            {
                if (!endsWithNewline && reader.FieldCount <= header.Count && !await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    output.SetLength(0); // only a torn header: start over
                    return new State(0, false, null);
                }

                throw new CliUsageException("--resume: the output's CSV header is not this run's (another --column, --explain or input?); use another --output, or drop --resume.");
            }

            var pendingStart = -1L;
            ResultRow? pending = null;
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (pending is not null)
                {
                    Load(pending, region, record); // a record followed by another is complete
                    last = pending.Input;
                    written++;
                }

                pendingStart = reader.ByteOffset;
                pending = reader.FieldCount == header.Count ? CsvRow(reader, header, shape, phoneColumn, written) : null;
                if (pending is null)
                {
                    break; // a short record can only be the torn last one
                }
            }

            if (pendingStart < 0 && !endsWithNewline)
            {
                output.SetLength(0); // a header without its line end: write it again
                return new State(0, false, null);
            }

            if (pendingStart >= 0)
            {
                if (pending is not null && endsWithNewline)
                {
                    Load(pending, region, record);
                    last = pending.Input;
                    written++;
                }
                else
                {
                    keep = pendingStart;
                }
            }
        }

        if (keep > 0)
        {
            output.SetLength(keep);
        }

        return new State(written, true, last);
    }

    private static ResultRow CsvRow(CsvReader reader, IReadOnlyList<string> header, OutputShape shape, int? phoneColumn, long index)
    {
        string Cell(string name) => CsvCells.Restore(reader.GetString(LastIndexOf(header, name)));
        var crm = shape.CrmHeader is not null;
        var e164 = Cell("e164");
        return new ResultRow
        {
            Index = index,
            Input = crm ? CsvCells.Restore(reader.GetString(phoneColumn ?? 0)) : Cell("input"),
            Msisdn = e164.Length > 1 ? e164[1..] : null,
            Label = ResultText.ParseLabel(Cell("confidence")),
            LineType = ResultText.ParseLineType(Cell("line_type")),
            Carrier = NullIfEmpty(Cell("carrier")),
            Country = NullIfEmpty(Cell("country")),
            Disposable = Cell("is_disposable") == "true",
            Degraded = Cell("degraded") == "true",
            Errors = crm ? [] : Split(Cell("errors")),
            Reasons = Split(Cell("reasons")),
        };
    }

    private static void Load(ResultRow row, string? region, RunRecord record)
    {
        if (row.Errors.Contains(RowFactory.LineTooLong))
        {
            return;
        }

        var number = PhoneNumberParser.Parse(row.Input, region);
        if (number is { IsPossible: true, Msisdn: { } msisdn })
        {
            record.Load(RunRecord.KeyOf(msisdn), row); // kept for the first line of each number only
        }
    }

    private static int LastIndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = header.Count - 1; i >= 0; i--)
        {
            if (header[i] == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException("No column " + name + ".");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string[] Split(string value) => value.Length == 0 ? [] : value.Split(' ');

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(static e => e.GetString() ?? string.Empty)];

    private static string[] Fields(CsvReader reader)
    {
        var fields = new string[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.GetString(i);
        }

        return fields;
    }

    private static async Task<bool> EndsWithNewline(FileStream output, CancellationToken cancellationToken)
    {
        var last = new byte[1];
        output.Seek(-1, SeekOrigin.End);
        return await output.ReadAsync(last, cancellationToken).ConfigureAwait(false) == 1 && last[0] == (byte)'\n';
    }

    /// <summary>The length of the file up to and including its last LF: what complete JSON lines it holds.</summary>
    private static async Task<long> CompleteLength(FileStream output, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        var end = output.Length;
        while (end > 0)
        {
            var start = Math.Max(0, end - buffer.Length);
            output.Seek(start, SeekOrigin.Begin);
            var count = (int)(end - start);
            await output.ReadExactlyAsync(buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
            var newline = buffer.AsSpan(0, count).LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                return start + newline + 1;
            }

            end = start;
        }

        return 0;
    }
}
