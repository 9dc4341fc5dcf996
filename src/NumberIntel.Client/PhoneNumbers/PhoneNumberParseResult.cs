using System.Text;

namespace NumberIntel.Client.PhoneNumbers;

/// <summary>The outcome of parsing what a person typed into an MSISDN, offline and free.</summary>
/// <remarks>
/// Phone numbers are personal data: <see cref="ToString"/> shows the MSISDN redacted (<c>385912****78</c>) and leaves
/// out <see cref="Input"/> and <see cref="NationalNumber"/>, so that a logged result does not leak the number.
/// </remarks>
public sealed record PhoneNumberParseResult
{
    /// <summary>The text as given (empty for a null input).</summary>
    public required string Input { get; init; }

    /// <summary>Whether the input is a possible number (<see cref="Msisdn"/> is then set).</summary>
    public bool IsPossible => Error == PhoneNumberParseError.None;

    /// <summary>Digits only, country calling code first (e.g. <c>385912345678</c>), or null when not possible.</summary>
    public string? Msisdn { get; init; }

    /// <summary>The E.164 form (<c>+385912345678</c>), or null when not possible.</summary>
    public string? E164 => Msisdn is null ? null : "+" + Msisdn;

    /// <summary>
    /// The ITU country calling code (e.g. <c>385</c>), when one was recognised; also set on some errors
    /// (<see cref="PhoneNumberParseError.TooShort"/>, <see cref="PhoneNumberParseError.NotPossibleForCountry"/>…) to say
    /// which country's rules the input failed.
    /// </summary>
    public int? CountryCallingCode { get; init; }

    /// <summary>The national (significant) number: the digits after the country calling code, or null when not possible.</summary>
    public string? NationalNumber { get; init; }

    /// <summary>
    /// The ISO 3166-1 alpha-2 region of the number, or null when no calling code was recognised. For shared codes it is
    /// refined where the number says so: NANP by area code (<c>+1 416…</c> → <c>CA</c>, <c>+1 876…</c> → <c>JM</c>, other
    /// area codes → <c>US</c>) and code 7 by its first digit (<c>+7 7…</c> → <c>KZ</c>, else <c>RU</c>); other shared codes
    /// give their main region (<c>+44</c> → <c>GB</c>, also for Jersey, Guernsey and the Isle of Man). Non-geographic codes
    /// (800, 808, 870, 878, 881, 882, 883, 888, 979) give <see cref="CountryCallingCodes.NonGeographicRegion"/> (<c>001</c>).
    /// On errors it is the main region of the recognised code.
    /// </summary>
    public string? RegionCode { get; init; }

    /// <summary>
    /// The extension digits that followed the number (<c>ext. 12</c>, <c>x12</c>, <c>#12</c>, <c>;ext=12</c>), or null.
    /// Extensions are not part of the MSISDN.
    /// </summary>
    public string? Extension { get; init; }

    /// <summary>Why the input is not possible; <see cref="PhoneNumberParseError.None"/> when it is.</summary>
    public PhoneNumberParseError Error { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Error = ").Append(Error)
            .Append(", CountryCallingCode = ").Append(CountryCallingCode)
            .Append(", RegionCode = ").Append(RegionCode)
            .Append(", Msisdn = ").Append(Redact(Msisdn))
            .Append(", HasExtension = ").Append(Extension is not null);
        return true;
    }

    /// <summary>Keeps the last 2 digits and the start, masking the 4 digits before the last 2: <c>385912****78</c>.</summary>
    private static string? Redact(string? msisdn)
    {
        if (msisdn is null)
        {
            return null;
        }

        int tail = Math.Min(2, msisdn.Length);
        int masked = Math.Min(4, msisdn.Length - tail);
        int head = msisdn.Length - tail - masked;
        return string.Concat(msisdn.AsSpan(0, head), new string('*', masked), msisdn.AsSpan(head + masked));
    }
}
