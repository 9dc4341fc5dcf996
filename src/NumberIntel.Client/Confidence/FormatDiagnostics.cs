using System.Text.Json.Serialization;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Confidence;

/// <summary>What the offline format check found (the <c>format</c> object of the vendor documentation's diagnostics).</summary>
public sealed record FormatDiagnostics
{
    /// <summary>Whether the input yielded digits to judge (false for empty input or letters and symbols).</summary>
    public bool Parsed { get; init; }

    /// <summary>Whether the input is a possible number (a known calling code and a possible length).</summary>
    public bool IsPossible { get; init; }

    /// <summary>
    /// Whether the number is valid offline: in a range the numbering plan allocates (libphonenumber's
    /// <c>isValidNumber</c>). Whether it is assigned and in service only a vendor can tell (IPQS <c>valid</c>, Bind
    /// <c>response</c>: their own steps). <see langword="null"/> only on results built by hand.
    /// </summary>
    public bool? IsValid { get; init; }

    /// <summary>The offline line type of the number's range (<see cref="LineType.Unknown"/> when not valid).</summary>
    public LineType LineType { get; init; }

    /// <summary>
    /// Why the number is not valid: <see cref="PhoneNumberParseError.None"/> when it is,
    /// <see cref="PhoneNumberParseError.NotAllocated"/> when possible but unallocated. Serialized by name.
    /// </summary>
    [JsonConverter(typeof(JsonStringEnumConverter<PhoneNumberParseError>))]
    public PhoneNumberParseError Error { get; init; }

    /// <summary>The diagnostics of a parse result.</summary>
    internal static FormatDiagnostics Of(PhoneNumberParseResult number) => number.Error switch
    {
        PhoneNumberParseError.None when number.LineType == LineType.Mobile => ValidMobile,
        PhoneNumberParseError.None when number.LineType == LineType.FixedLine => ValidFixedLine,
        _ => new FormatDiagnostics
        {
            Parsed = number.Error is not (PhoneNumberParseError.Empty or PhoneNumberParseError.InvalidCharacters),
            IsPossible = number.IsPossible,
            IsValid = number.IsValid,
            LineType = number.LineType,
            Error = number.Error,
        },
    };

    private static readonly FormatDiagnostics ValidMobile = new() { Parsed = true, IsPossible = true, IsValid = true, LineType = LineType.Mobile };

    private static readonly FormatDiagnostics ValidFixedLine = ValidMobile with { LineType = LineType.FixedLine };
}
