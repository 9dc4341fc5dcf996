namespace NumberIntel.Client.PhoneNumbers;

/// <summary>The outcome of parsing what a person typed into an MSISDN, offline and free.</summary>
public sealed record PhoneNumberParseResult
{
    /// <summary>The text as given.</summary>
    public required string Input { get; init; }

    /// <summary>Whether the input is a possible number (<see cref="Msisdn"/> is then set).</summary>
    public bool IsPossible => Error == PhoneNumberParseError.None;

    /// <summary>Digits only, country calling code first (e.g. <c>385912345678</c>), or null when not possible.</summary>
    public string? Msisdn { get; init; }

    /// <summary>The E.164 form (<c>+385912345678</c>), or null when not possible.</summary>
    public string? E164 => Msisdn is null ? null : "+" + Msisdn;

    /// <summary>The ITU country calling code (e.g. <c>385</c>), when one was recognised.</summary>
    public int? CountryCallingCode { get; init; }

    /// <summary>The national (significant) number: the digits after the country calling code.</summary>
    public string? NationalNumber { get; init; }

    /// <summary>
    /// The ISO 3166-1 alpha-2 region of the calling code (for shared codes such as <c>1</c> or <c>7</c>, the main region:
    /// <c>US</c>, <c>RU</c>), or null.
    /// </summary>
    public string? RegionCode { get; init; }

    /// <summary>Why the input is not possible; <see cref="PhoneNumberParseError.None"/> when it is.</summary>
    public PhoneNumberParseError Error { get; init; }
}
