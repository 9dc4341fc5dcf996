using System.Globalization;
using NumberIntel.Client;
using NumberIntel.Client.Confidence;

namespace NumberIntel.Cli.Output;

/// <summary>
/// CSV per RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote, CR or LF (quotes
/// doubled). The JSON Lines fields flattened: errors and diagnostics become one text field each, items separated by
/// <c> | </c>.
/// </summary>
internal sealed class CsvResultWriter : ResultWriter
{
    public static readonly string[] Header =
    [
        "index", "input", "msisdn", "e164", "confidence", "score", "is_disposable", "line_type", "carrier", "country",
        "degraded", "duplicate_of", "errors", "paid_lookups", "cache_hits", "diagnostics",
    ];

    private bool _headerWritten;

    public CsvResultWriter(TextWriter writer)
        : base(writer)
    {
    }

    public override void Write(NumberAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        WriteHeaderOnce();
        var confidence = assessment.Confidence;
        var label = ResultText.EffectiveLabel(assessment);
        WriteRecord(
        [
            assessment.Index.ToString(CultureInfo.InvariantCulture),
            assessment.Input,
            assessment.Msisdn ?? string.Empty,
            assessment.Msisdn is null ? string.Empty : "+" + assessment.Msisdn,
            ResultText.Label(label),
            ConfidenceResult.GetScore(label).ToString("0.00", CultureInfo.InvariantCulture),
            (confidence?.IsDisposable ?? false) ? "true" : "false",
            ResultText.LineType(confidence?.LineType ?? LineType.Unknown),
            confidence?.Carrier ?? string.Empty,
            confidence?.CountryCode ?? string.Empty,
            assessment.Degraded ? "true" : "false",
            assessment.DuplicateOf?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            string.Join(" | ", assessment.Errors.Select(ResultText.Error)),
            string.Join(' ', assessment.PaidLookups.Select(ResultText.Vendor)),
            string.Join(' ', assessment.CacheHits.Select(ResultText.Vendor)),
            confidence is null ? string.Empty : string.Join(" | ", confidence.Diagnostics.GetAllSteps().Select(ResultText.Step)),
        ]);
    }

    public override Task CompleteAsync()
    {
        WriteHeaderOnce(); // an empty run still gets its header
        return base.CompleteAsync();
    }

    /// <summary>Quotes <paramref name="field"/> as RFC 4180 requires.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private void WriteHeaderOnce()
    {
        if (!_headerWritten)
        {
            _headerWritten = true;
            WriteRecord(Header);
        }
    }

    private void WriteRecord(string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                Writer.Write(',');
            }

            Writer.Write(Quote(fields[i]));
        }

        Writer.Write("\r\n");
    }
}
