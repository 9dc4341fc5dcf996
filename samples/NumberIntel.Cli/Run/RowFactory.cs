using NumberIntel.Cli.Input;
using NumberIntel.Cli.Output;
using NumberIntel.Client;
using NumberIntel.Client.Confidence;

namespace NumberIntel.Cli.Run;

/// <summary>Turns the SDK's assessments into <see cref="ResultRow"/>s, and names the steps that lowered a label.</summary>
internal static class RowFactory
{
    /// <summary>The error code of an input line longer than <see cref="LineReader.MaxLineLength"/>.</summary>
    public const string LineTooLong = "line_too_long";

    public static ResultRow FromAssessment(NumberAssessment assessment, long index, InputItem item)
    {
        var confidence = assessment.Confidence;
        return new ResultRow
        {
            Index = index,
            Input = item.Text,
            Msisdn = assessment.Msisdn,
            Label = assessment.Label,
            LineType = confidence?.LineType ?? LineType.Unknown,
            Carrier = confidence?.Carrier,
            Country = confidence?.CountryCode,
            Disposable = confidence?.IsDisposable ?? false,
            Degraded = assessment.Degraded,
            Errors = [.. assessment.Errors.Select(static e => ResultText.Vendor(e.Vendor) + ":" + ResultText.ErrorKind(e.Kind))],
            Reasons = ReasonCodes(confidence),
            PaidLookups = assessment.PaidLookups,
            CacheHits = assessment.CacheHits,
            Source = assessment,
            Row = item.Row,
        };
    }

    /// <summary>An input line over the length cap: invalid, nothing looked up.</summary>
    public static ResultRow TooLong(long index, InputItem item) => new()
    {
        Index = index,
        Input = item.Text + "…",
        Label = ConfidenceLabel.Invalid,
        Errors = [LineTooLong],
        Reasons = [LineTooLong],
        Row = item.Row,
    };

    /// <summary>The steps that lowered the label (combine only carries another step's decision, so it is left out).</summary>
    public static IEnumerable<ConfidenceStep> LoweringSteps(ConfidenceResult? confidence) =>
        confidence is null
            ? []
            : confidence.Diagnostics.GetAllSteps().Where(static s => s.Applied && s.Name != ConfidenceStepNames.Combine);

    /// <summary>The short code of a step: <c>vendor.field</c> for vendor signals, the stage name otherwise.</summary>
    public static string Code(ConfidenceStep step) =>
        step.Vendor is { } vendor ? ResultText.Vendor(vendor) + "." + step.Name : step.Name;

    private static string[] ReasonCodes(ConfidenceResult? confidence) => [.. LoweringSteps(confidence).Select(Code).Distinct(StringComparer.Ordinal)];
}
