using System.Globalization;

namespace NumberIntel.Client.Confidence;

/// <summary>Constant texts for diagnostics, so that the pipeline formats nothing on its hot path.</summary>
internal static class ConfidenceText
{
    private static readonly string[] SmallNumbers = CreateSmallNumbers();

    public static string Label(ConfidenceLabel label) => label switch
    {
        ConfidenceLabel.Invalid => "invalid",
        ConfidenceLabel.Low => "low",
        ConfidenceLabel.Uncertain => "uncertain",
        ConfidenceLabel.Likely => "likely",
        ConfidenceLabel.Verified => "verified",
        _ => "unknown",
    };

    public static string Vendor(NumberIntelVendor vendor) => vendor switch
    {
        NumberIntelVendor.Bind => "bind",
        NumberIntelVendor.Ipqs => "ipqs",
        _ => "vendor",
    };

    public static string Source(ConfidenceSource source) => source switch
    {
        ConfidenceSource.Format => "format",
        ConfidenceSource.Bind => "bind",
        ConfidenceSource.Ipqs => "ipqs",
        ConfidenceSource.Combined => "combined",
        _ => "none",
    };

    /// <summary>The snake-case wire name of a line type (as <see cref="Confidence.LineType"/> serializes).</summary>
    public static string LineType(LineType lineType) => lineType switch
    {
        Confidence.LineType.Mobile => "mobile",
        Confidence.LineType.FixedLine => "fixed_line",
        Confidence.LineType.FixedLineOrMobile => "fixed_line_or_mobile",
        Confidence.LineType.TollFree => "toll_free",
        Confidence.LineType.PremiumRate => "premium_rate",
        Confidence.LineType.SharedCost => "shared_cost",
        Confidence.LineType.Voip => "voip",
        Confidence.LineType.PersonalNumber => "personal_number",
        Confidence.LineType.Pager => "pager",
        Confidence.LineType.Uan => "uan",
        Confidence.LineType.Voicemail => "voicemail",
        Confidence.LineType.Satellite => "satellite",
        Confidence.LineType.Emergency => "emergency",
        _ => "unknown",
    };

    public static string? Boolean(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    /// <summary>The invariant text of <paramref name="value"/>; cached for 0–100 (scores, codes).</summary>
    public static string Number(int value) =>
        (uint)value < (uint)SmallNumbers.Length ? SmallNumbers[value] : value.ToString(CultureInfo.InvariantCulture);

    private static string[] CreateSmallNumbers()
    {
        var numbers = new string[101];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return numbers;
    }
}
