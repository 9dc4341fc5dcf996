using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Cli.Input;

/// <summary>
/// A CRM export as it is (<c>--input leads.csv --column phone</c>): a CSV file with many columns, read with CsvHelper
/// (quotes, embedded delimiters and line breaks, a byte-order mark), streamed record by record. The delimiter (<c>,</c>,
/// <c>;</c>, tab or <c>|</c>) is detected; the column is a header name or a 1-based index; the header is detected (a
/// column given by name needs one; for an index, a first record whose cell there is not a phone number but has letters
/// is the header). Every record keeps all its fields for the output.
/// </summary>
internal sealed class CsvInput : IAsyncDisposable
{
    /// <summary>The largest record accepted, in bytes: a lead is a few hundred bytes; past this the file is not a CRM export.</summary>
    public const int MaxRecordBytes = 1 << 20;

    private readonly CsvReader _reader;
    private string[]? _firstRecord;

    private CsvInput(CsvReader reader, IReadOnlyList<string> header, bool hasHeader, int column, char separator, string[]? firstRecord)
    {
        _reader = reader;
        Header = header;
        HasHeader = hasHeader;
        Column = column;
        Separator = separator;
        _firstRecord = firstRecord;
    }

    /// <summary>The column names (<c>column1</c>, … when the file has no header).</summary>
    public IReadOnlyList<string> Header { get; }

    public bool HasHeader { get; }

    /// <summary>The 0-based index of the phone column.</summary>
    public int Column { get; }

    public char Separator { get; }

    /// <summary>Opens <paramref name="stream"/> and finds <paramref name="column"/>; <see cref="CliUsageException"/> when it is not there.</summary>
    public static async Task<CsvInput> OpenAsync(TextReader stream, string column, CancellationToken cancellationToken)
    {
        var options = CsvReaderOptions.Default with { HasHeader = false, MaxRecordSize = MaxRecordBytes };
        var reader = CsvReader.Create(stream, options, false);
        try
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new CliUsageException("--input: the CSV file is empty (no header, no records).");
            }

            var first = Fields(reader);
            int index;
            bool hasHeader;
            if (int.TryParse(column, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                if (position < 1 || position > first.Length)
                {
                    throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--column {column}: the file has {first.Length} column(s); give a header name or a 1-based index from 1 to {first.Length}."));
                }

                index = position - 1;
                hasHeader = LooksLikeHeader(first[index]);
            }
            else
            {
                index = Find(first, column);
                if (index < 0)
                {
                    var names = string.Join(", ", first.Select(static n => "'" + n + "'"));
                    throw new CliUsageException($"--column '{column}': no such column in the header ({names}); give a header name or a 1-based index.");
                }

                hasHeader = true;
            }

            var header = hasHeader
                ? first
                : [.. Enumerable.Range(1, first.Length).Select(static i => "column" + i.ToString(CultureInfo.InvariantCulture))];
            return new CsvInput(reader, header, hasHeader, index, reader.Separator, hasHeader ? null : first);
        }
        catch
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The data records, one <see cref="InputItem"/> each (the phone cell, the whole record).</summary>
    public async IAsyncEnumerable<InputItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_firstRecord is { } first)
        {
            _firstRecord = null;
            yield return Item(first);
        }

        while (await _reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return Item(Fields(_reader));
        }
    }

    public ValueTask DisposeAsync() => _reader.DisposeAsync();

    /// <summary>The index of <paramref name="name"/> in <paramref name="header"/>: exact first, then ignoring case and surrounding spaces.</summary>
    public static int Find(IReadOnlyList<string> header, string name)
    {
        ArgumentNullException.ThrowIfNull(header);
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool LooksLikeHeader(string cell) =>
        !PhoneNumberParser.Parse(cell).IsPossible && cell.Any(char.IsLetter);

    private static string[] Fields(CsvReader reader)
    {
        var fields = new string[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.GetString(i);
        }

        return fields;
    }

    private InputItem Item(string[] fields)
    {
        var text = Column < fields.Length ? fields[Column] : string.Empty;
        return text.Length > LineReader.MaxLineLength
            ? new InputItem(text[..LineReader.KeptPrefixLength], true, fields)
            : new InputItem(text, false, fields);
    }
}
