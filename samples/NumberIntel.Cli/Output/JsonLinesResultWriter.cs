using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NumberIntel.Cli.Run;

namespace NumberIntel.Cli.Output;

/// <summary>
/// JSON Lines: one object per input, written with a <see cref="Utf8JsonWriter"/> (no reflection). Fields:
/// <c>index, input, msisdn, e164, confidence, score, is_disposable, line_type, carrier, country, degraded, duplicate_of,
/// errors, paid_lookups, cache_hits, reasons</c>; a CRM export's record as <c>row</c> (an object by column name);
/// with <c>--explain</c>, <c>diagnostics</c> (every step) and <c>error_details</c> for the first input of each number.
/// </summary>
internal sealed class JsonLinesResultWriter : ResultWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Phone numbers start with '+', which the default encoder escapes (\u002B); JSON Lines is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;
    private readonly OutputShape _shape;
    private readonly string[]? _rowNames;
    private char[] _chars = new char[1024];

    public JsonLinesResultWriter(TextWriter writer, OutputShape shape)
        : base(writer)
    {
        _shape = shape;
        _json = new Utf8JsonWriter(_buffer, WriterOptions);
        _rowNames = shape.CrmHeader is { } header ? UniqueNames(header) : null;
    }

    public override void Write(ResultRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        WriteObject(row);
        _json.Flush();

        var bytes = _buffer.WrittenSpan;
        var needed = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < needed)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }

        var count = Encoding.UTF8.GetChars(bytes, _chars);
        Writer.Write(_chars, 0, count);
        Writer.Write('\n');
    }

    public override async Task CompleteAsync()
    {
        await base.CompleteAsync();
        await _json.DisposeAsync();
    }

    /// <summary>Column names as JSON property names: a repeated or empty name gets its position (<c>email_2</c>, <c>column3</c>).</summary>
    public static string[] UniqueNames(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new string[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var name = string.IsNullOrWhiteSpace(header[i]) ? "column" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : header[i];
            var unique = name;
            for (var n = 2; !seen.Add(unique); n++)
            {
                unique = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            names[i] = unique;
        }

        return names;
    }

    private void WriteObject(ResultRow r)
    {
        var json = _json;
        json.WriteStartObject();
        json.WriteNumber("index", r.Index);
        json.WriteString("input", r.Input);
        WriteStringOrNull("msisdn", r.Msisdn);
        WriteStringOrNull("e164", r.E164);
        json.WriteString("confidence", ResultText.Label(r.Label));
        json.WriteNumber("score", r.Score);
        json.WriteBoolean("is_disposable", r.Disposable);
        json.WriteString("line_type", ResultText.LineType(r.LineType));
        WriteStringOrNull("carrier", r.Carrier);
        WriteStringOrNull("country", r.Country);
        json.WriteBoolean("degraded", r.Degraded);
        if (r.DuplicateOf is { } original)
        {
            json.WriteNumber("duplicate_of", original);
        }
        else
        {
            json.WriteNull("duplicate_of");
        }

        WriteStrings("errors", r.Errors);
        WriteStrings("paid_lookups", r.PaidLookups.Select(ResultText.Vendor));
        WriteStrings("cache_hits", r.CacheHits.Select(ResultText.Vendor));
        WriteStrings("reasons", r.Reasons);
        if (_rowNames is { } names)
        {
            json.WriteStartObject("row");
            for (var i = 0; i < names.Length; i++)
            {
                json.WriteString(names[i], r.Row is { } row && i < row.Count ? row[i] : string.Empty);
            }

            json.WriteEndObject();
        }

        if (_shape.Explain && r.Source is { } source)
        {
            WriteDiagnostics(source);
        }

        json.WriteEndObject();
    }

    private void WriteDiagnostics(Client.NumberAssessment source)
    {
        var json = _json;
        json.WriteStartArray("error_details");
        foreach (var error in source.Errors)
        {
            json.WriteStartObject();
            json.WriteString("vendor", ResultText.Vendor(error.Vendor));
            json.WriteString("kind", ResultText.ErrorKind(error.Kind));
            json.WriteString("message", error.Message);
            if (error.StatusCode is { } status)
            {
                json.WriteNumber("status", (int)status);
            }

            if (error.VendorCode is { } code)
            {
                json.WriteString("vendor_code", code);
            }

            if (error.RequestId is { } requestId)
            {
                json.WriteString("request_id", requestId);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        if (source.Confidence is { } confidence)
        {
            foreach (var step in confidence.Diagnostics.GetAllSteps())
            {
                json.WriteStartObject();
                WriteStringOrNull("vendor", step.Vendor is { } v ? ResultText.Vendor(v) : null);
                json.WriteString("step", step.Name);
                WriteStringOrNull("observed", step.Observed);
                WriteStringOrNull("decision", step.Decision is { } d ? ResultText.Label(d) : null);
                json.WriteBoolean("applied", step.Applied);
                json.WriteString("reason", step.Reason);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    private void WriteStrings(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }

    private void WriteStringOrNull(string name, string? value)
    {
        if (value is null)
        {
            _json.WriteNull(name);
        }
        else
        {
            _json.WriteString(name, value);
        }
    }
}
