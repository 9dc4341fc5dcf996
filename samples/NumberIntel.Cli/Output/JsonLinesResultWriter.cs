using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NumberIntel.Client;

namespace NumberIntel.Cli.Output;

/// <summary>
/// JSON Lines: one object per assessment, written with a <see cref="Utf8JsonWriter"/> (no reflection). Fields:
/// <c>index, input, msisdn, e164, confidence, score, is_disposable, line_type, carrier, country, degraded, duplicate_of,
/// errors, paid_lookups, cache_hits, diagnostics</c>.
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
    private char[] _chars = new char[1024];

    public JsonLinesResultWriter(TextWriter writer)
        : base(writer)
    {
        _json = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    public override void Write(NumberAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        WriteObject(_json, assessment);
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

    private static void WriteObject(Utf8JsonWriter json, NumberAssessment a)
    {
        var confidence = a.Confidence;
        var label = ResultText.EffectiveLabel(a);
        json.WriteStartObject();
        json.WriteNumber("index", a.Index);
        json.WriteString("input", a.Input);
        WriteStringOrNull(json, "msisdn", a.Msisdn);
        WriteStringOrNull(json, "e164", a.Msisdn is null ? null : "+" + a.Msisdn);
        json.WriteString("confidence", ResultText.Label(label));
        json.WriteNumber("score", Client.Confidence.ConfidenceResult.GetScore(label));
        json.WriteBoolean("is_disposable", confidence?.IsDisposable ?? false);
        json.WriteString("line_type", ResultText.LineType(confidence?.LineType ?? Client.Confidence.LineType.Unknown));
        WriteStringOrNull(json, "carrier", confidence?.Carrier);
        WriteStringOrNull(json, "country", confidence?.CountryCode);
        json.WriteBoolean("degraded", a.Degraded);
        if (a.DuplicateOf is { } original)
        {
            json.WriteNumber("duplicate_of", original);
        }
        else
        {
            json.WriteNull("duplicate_of");
        }

        json.WriteStartArray("errors");
        foreach (var error in a.Errors)
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

        json.WriteStartArray("paid_lookups");
        foreach (var vendor in a.PaidLookups)
        {
            json.WriteStringValue(ResultText.Vendor(vendor));
        }

        json.WriteEndArray();
        json.WriteStartArray("cache_hits");
        foreach (var vendor in a.CacheHits)
        {
            json.WriteStringValue(ResultText.Vendor(vendor));
        }

        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        if (confidence is not null)
        {
            foreach (var step in confidence.Diagnostics.GetAllSteps())
            {
                json.WriteStartObject();
                WriteStringOrNull(json, "vendor", step.Vendor is { } v ? ResultText.Vendor(v) : null);
                json.WriteString("step", step.Name);
                WriteStringOrNull(json, "observed", step.Observed);
                WriteStringOrNull(json, "decision", step.Decision is { } d ? ResultText.Label(d) : null);
                json.WriteBoolean("applied", step.Applied);
                json.WriteString("reason", step.Reason);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
