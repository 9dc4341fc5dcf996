using System.Globalization;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Confidence;

/// <summary>The offline steps: <c>format</c> and <c>offline_line_type</c>, and the regions they read.</summary>
public sealed partial class ConfidenceNormalizer
{
    private FormatDiagnostics? FormatStep(ref Pipeline pipeline, PhoneNumberParseResult number)
    {
        var error = number.Error;
        if (number.IsValid)
        {
            pipeline.Record(ConfidenceStepNames.Format, null, "valid", null, "a valid number (in an allocated range)");
        }
        else if (number.PassesOfflineValidation(OfflineValidation))
        {
            pipeline.Record(
                ConfidenceStepNames.Format, null, ParseErrorText(error), null, "possible but not in an allocated range; let through (OfflineValidation = Possible)");
        }
        else
        {
            pipeline.Record(
                ConfidenceStepNames.Format,
                null,
                ParseErrorText(error),
                ConfidenceLabel.Invalid,
                number.IsPossible ? "possible length but not in an allocated range: cannot exist" : "not a possible number");
        }

        return pipeline.Recording ? FormatDiagnostics.Of(number) : null;
    }

    /// <summary>
    /// Records the offline line type. When no vendor answered it serves as the line type, and caps the label at likely:
    /// the numbering plan says what the range is for, not that the line exists.
    /// </summary>
    private static LineType OfflineLineTypeStep(ref Pipeline pipeline, PhoneNumberParseResult number, bool vendorAnswered)
    {
        var lineType = number.LineType;
        var observed = number.IsPossible ? ConfidenceText.LineType(lineType) : null;
        if (vendorAnswered)
        {
            pipeline.Record(ConfidenceStepNames.OfflineLineType, null, observed, null, "recorded only: the vendor's line type is used");
        }
        else if (!number.IsPossible)
        {
            pipeline.Record(ConfidenceStepNames.OfflineLineType, null, null, null, "no number to type");
        }
        else
        {
            pipeline.Record(
                ConfidenceStepNames.OfflineLineType,
                null,
                observed,
                ConfidenceLabel.Likely,
                lineType == LineType.Unknown
                    ? "no vendor answered and the numbering plan gives no line type"
                    : "no vendor answered: the numbering plan's line type serves, unconfirmed");
        }

        return lineType;
    }

    /// <summary>The region of an MSISDN (libphonenumber: shared codes told apart by the number); null for non-geographic codes.</summary>
    private static string? RegionOf(ReadOnlySpan<char> digits) =>
        digits.IsEmpty ? null : Alpha2(PhoneNumberMetadata.RegionOfMsisdn(digits));

    private static string? RegionOfCallingCode(string? callingCode) =>
        int.TryParse(callingCode, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? RegionOfCallingCode(code) : null;

    private static string? RegionOfCallingCode(int callingCode) =>
        callingCode > 0 ? Alpha2(PhoneNumberMetadata.MainRegionOf(callingCode)) : null;

    private static string ParseErrorText(PhoneNumberParseError error) => error switch
    {
        PhoneNumberParseError.Empty => "empty",
        PhoneNumberParseError.InvalidCharacters => "invalid_characters",
        PhoneNumberParseError.TooShort => "too_short",
        PhoneNumberParseError.TooLong => "too_long",
        PhoneNumberParseError.UnknownCountryCallingCode => "unknown_country_calling_code",
        PhoneNumberParseError.MissingRegion => "missing_region",
        PhoneNumberParseError.NotPossibleForCountry => "not_possible_for_country",
        PhoneNumberParseError.NotAllocated => "not_allocated",
        PhoneNumberParseError.None => "valid",
        _ => "not_possible",
    };
}
