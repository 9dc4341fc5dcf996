using NumberIntel.Client;
using NumberIntel.Client.Confidence;

namespace NumberIntel.Cli.Output;

/// <summary>The stable, lower-case texts the output formats use for enums (independent of enum member names).</summary>
internal static class ResultText
{
    public static string Label(ConfidenceLabel label) => label switch
    {
        ConfidenceLabel.Verified => "verified",
        ConfidenceLabel.Likely => "likely",
        ConfidenceLabel.Uncertain => "uncertain",
        ConfidenceLabel.Low => "low",
        _ => "invalid",
    };

    /// <summary>The label written as <paramref name="text"/> (<see cref="Label"/> reversed); invalid for anything else.</summary>
    public static ConfidenceLabel ParseLabel(string? text) =>
        Enum.GetValues<ConfidenceLabel>().FirstOrDefault(l => Label(l) == text, ConfidenceLabel.Invalid);

    /// <summary>The line type written as <paramref name="text"/> (<see cref="LineType(Client.Confidence.LineType)"/> reversed); unknown for anything else.</summary>
    public static LineType ParseLineType(string? text) =>
        Enum.GetValues<LineType>().FirstOrDefault(t => LineType(t) == text, Client.Confidence.LineType.Unknown);

    public static string LineType(LineType lineType) => lineType switch
    {
        Client.Confidence.LineType.Mobile => "mobile",
        Client.Confidence.LineType.FixedLine => "fixed_line",
        Client.Confidence.LineType.FixedLineOrMobile => "fixed_line_or_mobile",
        Client.Confidence.LineType.TollFree => "toll_free",
        Client.Confidence.LineType.PremiumRate => "premium_rate",
        Client.Confidence.LineType.SharedCost => "shared_cost",
        Client.Confidence.LineType.Voip => "voip",
        Client.Confidence.LineType.PersonalNumber => "personal_number",
        Client.Confidence.LineType.Pager => "pager",
        Client.Confidence.LineType.Uan => "uan",
        Client.Confidence.LineType.Voicemail => "voicemail",
        Client.Confidence.LineType.Satellite => "satellite",
        Client.Confidence.LineType.Emergency => "emergency",
        _ => "unknown",
    };

    public static string Vendor(NumberIntelVendor vendor) => vendor switch
    {
        NumberIntelVendor.Bind => "bind",
        NumberIntelVendor.Ipqs => "ipqs",
        _ => "vendor",
    };

    public static string ErrorKind(NumberAssessmentErrorKind kind) => kind switch
    {
        NumberAssessmentErrorKind.Unreachable => "unreachable",
        NumberAssessmentErrorKind.Timeout => "timeout",
        NumberAssessmentErrorKind.Throttled => "throttled",
        NumberAssessmentErrorKind.VendorError => "vendor_error",
        NumberAssessmentErrorKind.NoData => "no_data",
        _ => "error",
    };

    /// <summary>The label actually reported: the confidence's, or invalid when none was computed.</summary>
    public static ConfidenceLabel EffectiveLabel(NumberAssessment assessment) => assessment.Confidence?.Label ?? ConfidenceLabel.Invalid;

    /// <summary>One diagnostics step on one line: <c>[bind] scoring.credibility "high" -> no effect: reason</c>.</summary>
    public static string Step(ConfidenceStep step)
    {
        var vendor = step.Vendor is { } v ? "[" + Vendor(v) + "] " : string.Empty;
        var observed = step.Observed is null ? "nothing" : "\"" + step.Observed + "\"";
        var decision = step.Decision is { } d
            ? "at most " + Label(d) + (step.Applied ? " (lowered)" : string.Empty)
            : "no effect";
        return $"{vendor}{step.Name}: saw {observed} -> {decision}: {step.Reason}";
    }

    /// <summary>One error on one line: <c>bind throttled: message</c>.</summary>
    public static string Error(NumberAssessmentError error) => $"{Vendor(error.Vendor)} {ErrorKind(error.Kind)}: {error.Message}";
}
