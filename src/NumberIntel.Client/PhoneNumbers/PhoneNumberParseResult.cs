using System.Text;
using NumberIntel.Client.Confidence;

namespace NumberIntel.Client.PhoneNumbers;

/// <summary>The outcome of parsing and validating what a person typed, offline and free (libphonenumber's metadata).</summary>
/// <remarks>
/// Phone numbers are personal data: <see cref="ToString"/> shows the MSISDN redacted (<c>385912****78</c>) and leaves
/// out <see cref="Input"/> and <see cref="NationalNumber"/>, so that a logged result does not leak the number.
/// </remarks>
public sealed record PhoneNumberParseResult
{
    /// <summary>The text as given (empty for a null input).</summary>
    public required string Input { get; init; }

    /// <summary>
    /// Whether the input is a possible number: a known country calling code and a length that country's numbers can
    /// have (<see cref="Msisdn"/> is then set). A possible number need not be valid (<see cref="IsValid"/>).
    /// </summary>
    public bool IsPossible => Msisdn is not null;

    /// <summary>
    /// Whether the number is valid: possible, and in a range the country's numbering plan allocates (libphonenumber's
    /// <c>isValidNumber</c>). Valid does not mean assigned to a subscriber or in service; only a vendor can tell that.
    /// When false but <see cref="IsPossible"/>, <see cref="Error"/> is <see cref="PhoneNumberParseError.NotAllocated"/>.
    /// </summary>
    public bool IsValid { get; init; }

    /// <summary>
    /// The line type the numbering plan gives the number's range (offline, from libphonenumber's number type):
    /// <see cref="LineType.Mobile"/>, <see cref="LineType.FixedLine"/>, <see cref="LineType.FixedLineOrMobile"/> (plans
    /// such as NANP that do not tell them apart), <see cref="LineType.TollFree"/>, <see cref="LineType.PremiumRate"/>,
    /// <see cref="LineType.SharedCost"/>, <see cref="LineType.Voip"/>, <see cref="LineType.PersonalNumber"/>,
    /// <see cref="LineType.Pager"/>, <see cref="LineType.Uan"/>, <see cref="LineType.Voicemail"/>; otherwise (and for
    /// numbers that are not valid) <see cref="LineType.Unknown"/>. Ported numbers keep their range's type: a vendor may
    /// know better.
    /// </summary>
    public LineType LineType { get; init; }

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
    /// The ISO 3166-1 alpha-2 region of the number, or null when no calling code was recognised. For a valid number it is
    /// libphonenumber's region of the number, so shared codes are told apart (<c>+1 416…</c> → <c>CA</c>, <c>+1 876…</c>
    /// → <c>JM</c>, <c>+44 7781…</c> → <c>GG</c>, <c>+7 7…</c> → <c>KZ</c>); non-geographic numbers (<c>+800</c>,
    /// <c>+882</c>, …) give <c>001</c>. For a number that is not valid, and on errors after the calling code was
    /// recognised, it is the main region of the calling code (<c>+1</c> → <c>US</c>, <c>+44</c> → <c>GB</c>).
    /// </summary>
    public string? RegionCode { get; init; }

    /// <summary>
    /// The extension digits that followed the number (<c>ext. 12</c>, <c>x12</c>, <c>#12</c>, <c>;ext=12</c>), or null.
    /// Extensions are not part of the MSISDN.
    /// </summary>
    public string? Extension { get; init; }

    /// <summary>
    /// Why the number is not valid: <see cref="PhoneNumberParseError.None"/> for a valid number,
    /// <see cref="PhoneNumberParseError.NotAllocated"/> for a possible number outside the allocated ranges, otherwise why
    /// it is not even possible (too short, too long, unknown calling code, …).
    /// </summary>
    public PhoneNumberParseError Error { get; init; }

    /// <summary>
    /// Whether the number passes the offline check under <paramref name="mode"/>: valid
    /// (<see cref="OfflineValidationMode.Valid"/>) or at least possible (<see cref="OfflineValidationMode.Possible"/>).
    /// The one rule for "worth a paid lookup": numbers that do not pass are <c>invalid</c> and never sent to a vendor.
    /// </summary>
    /// <param name="mode">The offline validation mode (<c>NumberIntel:OfflineValidation</c>).</param>
    /// <returns>Whether the number may be looked up.</returns>
    public bool PassesOfflineValidation(OfflineValidationMode mode) =>
        mode == OfflineValidationMode.Possible ? IsPossible : IsValid;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Error = ").Append(Error)
            .Append(", IsValid = ").Append(IsValid)
            .Append(", LineType = ").Append(LineType)
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
