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
    /// Whether the number is valid (assigned): only a vendor can tell (IPQS <c>valid</c>; Bind <c>response</c> 0 → true,
    /// 5 → false). <see langword="null"/> when no vendor verdict is known.
    /// </summary>
    public bool? IsValid { get; init; }

    /// <summary>Why the input is not possible; <see cref="PhoneNumberParseError.None"/> when it is. Serialized by name.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<PhoneNumberParseError>))]
    public PhoneNumberParseError Error { get; init; }
}
