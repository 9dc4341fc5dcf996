using System.Globalization;
using NumberIntel.Client.Confidence;
using PhoneNumbers;

namespace NumberIntel.Client.PhoneNumbers;

/// <summary>
/// Offline parsing and validation of what people type (<c>+385 91 234 5678</c>, <c>00385912345678</c>,
/// <c>(+1) 786.555.5555</c>) on Google's libphonenumber metadata (libphonenumber-csharp). No network, no cost: it runs
/// before any paid call.
/// </summary>
/// <remarks>
/// <para><b>Accepted text.</b> Digits (any Unicode decimal digits, e.g. full-width <c>０-９</c> or Arabic-Indic, are
/// read as ASCII digits), one leading <c>+</c> (or full-width <c>＋</c>), and separators that are ignored: white space of
/// any kind (including non-breaking and narrow spaces, tabs), <c>- . / ( ) [ ]</c>, Unicode dashes and the minus sign,
/// quotes, and invisible format characters (zero-width spaces, byte-order mark, direction marks). A leading
/// <c>tel:</c> is accepted; its parameters after <c>;</c> are ignored. A <c>(0)</c> trunk hint after the country
/// calling code (<c>+44 (0)20 7946 0000</c>) is dropped, except where the 0 belongs to the number (Italy).
/// Letters make the input <see cref="PhoneNumberParseError.InvalidCharacters"/>, so vanity numbers such as
/// <c>1-800-FLOWERS</c> are rejected, not translated.</para>
/// <para><b>Extensions</b> are stripped, not rejected: a trailing <c>ext</c>, <c>ext.</c>, <c>extn</c>,
/// <c>extension</c>, <c>x</c>, <c>#</c> or <c>;ext=</c> followed by 1 to 10 digits ends the number; the digits are
/// returned in <see cref="PhoneNumberParseResult.Extension"/> and are not part of the MSISDN. Anything else after the
/// marker is <see cref="PhoneNumberParseError.InvalidCharacters"/>.</para>
/// <para><b>International or national.</b> With a leading <c>+</c> or <c>00</c> the digits are read as country calling
/// code + national number, whatever the default region. A default region also enables its own international prefix
/// (<c>011</c> in NANP regions, <c>0011</c> in Australia, …) and its national (trunk) prefix (<c>0</c>, <c>8</c> in
/// Russia, <c>1</c> in NANP). Without any of these and with a default region, the digits are read as a national number
/// of that region first and, when that reading is not a valid number, as an MSISDN (country calling code first, as CRM
/// exports have them); the valid reading wins, and when neither is valid the national one is reported. Without a
/// default region, digits are always read as an MSISDN, and a single leading 0 (a national number) gives
/// <see cref="PhoneNumberParseError.MissingRegion"/>. An unknown default region is treated as none.</para>
/// <para><b>Validation</b> is libphonenumber's: <see cref="PhoneNumberParseResult.IsPossible"/> (a known calling code
/// and a length the country's numbers can have) and <see cref="PhoneNumberParseResult.IsValid"/> (the number is in a
/// range the country's numbering plan allocates, which also gives the offline
/// <see cref="PhoneNumberParseResult.LineType"/>). The metadata is loaded once per process, on first use.</para>
/// <para>All members are thread-safe and never throw for any input text. A parse costs about as much as libphonenumber's
/// own parse + validity + type (a few microseconds), and allocates the result and libphonenumber's working strings.</para>
/// </remarks>
public static class PhoneNumberParser
{
    /// <summary>The longest MSISDN E.164 allows: 15 digits, country calling code included.</summary>
    internal const int MaxMsisdnLength = 15;

    /// <summary>libphonenumber refuses (throws on) national numbers longer than this; the E.164 limit is checked after its parse.</summary>
    private const int MaxNationalLength = 17;

    /// <summary>Parses <paramref name="input"/>.</summary>
    /// <param name="input">What the person typed.</param>
    /// <param name="defaultRegion">ISO 3166-1 alpha-2 region used to place a national-format number (no <c>+</c>/<c>00</c>), or null.</param>
    /// <returns>The MSISDN, its validity and line type, or the reason the input is not a possible number. Never throws for any input.</returns>
    public static PhoneNumberParseResult Parse(string? input, string? defaultRegion = null)
    {
        var text = input ?? string.Empty;
        var reading = Read(text, defaultRegion, out var extension);
        return reading.ToResult(
            text, extension.Equals(default(Range)) ? null : PhoneNumberScanner.AsciiDigits(text.AsSpan()[extension]));
    }

    /// <summary>
    /// Parses <paramref name="input"/> into <paramref name="destination"/>: for bulk cleaning and de-duplication. Same
    /// rules as <see cref="Parse(string?, string?)"/>; an extension is stripped and not returned.
    /// </summary>
    /// <param name="input">What the person typed.</param>
    /// <param name="destination">Receives the MSISDN digits; must hold at least <see cref="MaxMsisdnLength"/> characters.</param>
    /// <param name="charsWritten">Number of digits written (0 when not possible).</param>
    /// <param name="error">
    /// <see cref="PhoneNumberParseError.None"/> for a valid number; <see cref="PhoneNumberParseError.NotAllocated"/> for
    /// a possible number outside the allocated ranges (its digits are written); otherwise why nothing was written.
    /// </param>
    /// <param name="defaultRegion">ISO 3166-1 alpha-2 region used to place a national-format number, or null.</param>
    /// <returns>Whether the input is a possible number (digits were written).</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="MaxMsisdnLength"/>.</exception>
    internal static bool TryParse(
        ReadOnlySpan<char> input,
        Span<char> destination,
        out int charsWritten,
        out PhoneNumberParseError error,
        string? defaultRegion = null)
    {
        if (destination.Length < MaxMsisdnLength)
        {
            throw new ArgumentException(
                $"The destination must hold at least {MaxMsisdnLength} characters.", nameof(destination));
        }

        var reading = Read(input, defaultRegion, out _);
        error = reading.Error;
        charsWritten = 0;
        if (reading.Msisdn is not { } msisdn)
        {
            return false;
        }

        msisdn.CopyTo(destination);
        charsWritten = msisdn.Length;
        return true;
    }

    /// <summary>Whether <paramref name="regionCode"/> is an ISO 3166-1 alpha-2 region libphonenumber has a numbering plan for (case-insensitive).</summary>
    /// <param name="regionCode">The region, e.g. <c>HR</c>.</param>
    /// <returns>Whether a national number can be placed in that region.</returns>
    public static bool IsSupportedRegion(string? regionCode) => PhoneNumberMetadata.NormalizeRegion(regionCode?.Trim()) is not null;

    private static Reading Read(ReadOnlySpan<char> input, string? defaultRegion, out Range extension)
    {
        Span<char> buffer = stackalloc char[PhoneNumberScanner.MaxScannedDigits];
        var error = PhoneNumberScanner.Scan(input, buffer, out var count, out var plus, out var hint, out extension);
        if (error != PhoneNumberParseError.None)
        {
            return Reading.Failed(error);
        }

        if (count > PhoneNumberScanner.MaxScannedDigits)
        {
            return Reading.Failed(PhoneNumberParseError.TooLong);
        }

        ReadOnlySpan<char> digits = buffer[..count];
        var region = PhoneNumberMetadata.NormalizeRegion(defaultRegion);
        if (plus)
        {
            return International(digits, hint);
        }

        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            // "00385…": the international prefix of most of the world, whatever the default region; a region with
            // another prefix that starts with 00 (Australia's 0011) is tried when this reading is not valid.
            var international = International(digits[2..], hint - 2);
            return international.IsValid || region is null ? international : Best(international, National(digits, region));
        }

        if (hint > 0 && PhoneNumberMetadata.CallingCodeLength(digits) == hint)
        {
            // "385 (0)91 …": the digits before the hint are a country calling code.
            var international = International(digits, hint);
            return international.IsValid || region is null ? international : Best(international, National(digits, region));
        }

        if (region is null)
        {
            return digits[0] == '0' ? Reading.Failed(PhoneNumberParseError.MissingRegion) : International(digits, -1);
        }

        // With a default region: the national reading ("0912345678", "912345678", "011 385 91…" in the US) and, unless
        // the digits start with 0, the MSISDN reading ("447911123456" from a CRM export). The valid one wins; when both
        // are, the national one, unless the digits start with the region's own calling code ("4915123456789" in DE).
        var national = National(digits, region);
        if (digits[0] == '0')
        {
            return national;
        }

        var msisdn = International(digits, -1);
        if (national.IsValid && msisdn.IsValid)
        {
            return msisdn.CallingCode == PhoneNumberMetadata.CallingCodeOf(region) ? msisdn : national;
        }

        return Best(national, msisdn);
    }

    /// <summary>The first valid reading, else the first possible one, else the first.</summary>
    private static Reading Best(Reading first, Reading second)
    {
        if (second.IsValid && !first.IsValid)
        {
            return second;
        }

        return !first.IsPossible && second.IsPossible ? second : first;
    }

    /// <summary>Digits that start with a country calling code; <paramref name="hint"/> is where a "(0)" was, or negative.</summary>
    private static Reading International(ReadOnlySpan<char> digits, int hint)
    {
        var codeLength = PhoneNumberMetadata.CallingCodeLength(digits);
        if (digits.IsEmpty)
        {
            return Reading.Failed(PhoneNumberParseError.TooShort);
        }

        if (codeLength == 0)
        {
            if (digits.Length > MaxMsisdnLength)
            {
                return Reading.Failed(PhoneNumberParseError.TooLong);
            }

            return Reading.Failed(PhoneNumberMetadata.IsStartOfCallingCode(digits)
                ? PhoneNumberParseError.TooShort
                : PhoneNumberParseError.UnknownCountryCallingCode);
        }

        // Checked here so that libphonenumber never throws on the hot path (its exceptions cost tens of microseconds).
        var code = int.Parse(digits[..codeLength], NumberStyles.None, CultureInfo.InvariantCulture);
        if (digits.Length - codeLength < 2)
        {
            return Reading.Failed(PhoneNumberParseError.TooShort, code, PhoneNumberMetadata.MainRegionOf(code));
        }

        if (digits.Length - codeLength > MaxNationalLength)
        {
            return Reading.Failed(PhoneNumberParseError.TooLong, code, PhoneNumberMetadata.MainRegionOf(code));
        }

        var reading = Evaluate(string.Concat("+", digits), null, code);
        if (hint == codeLength && !reading.IsValid)
        {
            // "+47 (0)412 34 567": the written trunk hint, in a country whose numbers do not start with 0 and whose
            // metadata has no 0 national prefix to strip. Read once more without it.
            var withoutHint = Evaluate(string.Concat("+", digits[..codeLength], digits[(codeLength + 1)..]), null, reading.CallingCode);
            return Best(reading, withoutHint);
        }

        return reading;
    }

    private static Reading National(ReadOnlySpan<char> digits, string region) =>
        Evaluate(digits.ToString(), region, PhoneNumberMetadata.CallingCodeOf(region));

    /// <summary>libphonenumber's verdict on clean text (digits, optionally a leading +); <paramref name="code"/> is the calling code expected.</summary>
    private static Reading Evaluate(string text, string? region, int? code)
    {
        var failedCode = code;
        var failedRegion = code is { } known ? PhoneNumberMetadata.MainRegionOf(known) : null;
        if (text.Length < 2)
        {
            return Reading.Failed(PhoneNumberParseError.TooShort, failedCode, failedRegion);
        }

        PhoneNumber number;
        try
        {
            number = PhoneNumberMetadata.Util.Parse(text, region);
        }
        catch (NumberParseException e)
        {
            var error = e.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => PhoneNumberParseError.UnknownCountryCallingCode,
                ErrorType.TOO_LONG => PhoneNumberParseError.TooLong,
                _ => PhoneNumberParseError.TooShort, // the text is clean digits: "not a number" means too few of them
            };
            return error == PhoneNumberParseError.UnknownCountryCallingCode
                ? Reading.Failed(error)
                : Reading.Failed(error, failedCode, failedRegion);
        }

        var util = PhoneNumberMetadata.Util;
        var possible = util.IsPossibleNumberWithReason(number) switch
        {
            PhoneNumberUtil.ValidationResult.IS_POSSIBLE => PhoneNumberParseError.None,
            PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY or PhoneNumberUtil.ValidationResult.TOO_SHORT => PhoneNumberParseError.TooShort,
            PhoneNumberUtil.ValidationResult.TOO_LONG => PhoneNumberParseError.TooLong,
            PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => PhoneNumberParseError.UnknownCountryCallingCode,
            _ => PhoneNumberParseError.NotPossibleForCountry,
        };
        var callingCode = number.CountryCode;
        if (possible != PhoneNumberParseError.None)
        {
            return Reading.Failed(possible, callingCode, PhoneNumberMetadata.MainRegionOf(callingCode));
        }

        var msisdn = string.Concat(callingCode.ToString(CultureInfo.InvariantCulture), util.GetNationalSignificantNumber(number));
        if (msisdn.Length > MaxMsisdnLength)
        {
            return Reading.Failed(PhoneNumberParseError.TooLong, callingCode, PhoneNumberMetadata.MainRegionOf(callingCode));
        }

        var type = util.GetNumberType(number);
        var valid = type != PhoneNumberType.UNKNOWN || util.IsValidNumber(number);
        var numberRegion = valid ? util.GetRegionCodeForNumber(number) : null;
        return new Reading(
            valid ? PhoneNumberParseError.None : PhoneNumberParseError.NotAllocated,
            msisdn,
            callingCode,
            numberRegion ?? PhoneNumberMetadata.MainRegionOf(callingCode),
            valid,
            PhoneNumberMetadata.ToLineType(type));
    }

    private static int CodeLength(int code) => code >= 100 ? 3 : code >= 10 ? 2 : 1;

    /// <summary>One way of reading the digits, and what libphonenumber says about it.</summary>
    private readonly record struct Reading(
        PhoneNumberParseError Error, string? Msisdn, int? CallingCode, string? Region, bool IsValid, LineType LineType)
    {
        public bool IsPossible => Msisdn is not null;

        public static Reading Failed(PhoneNumberParseError error, int? callingCode = null, string? region = null) =>
            new(error, null, callingCode, region, false, LineType.Unknown);

        public PhoneNumberParseResult ToResult(string input, string? extension) => new()
        {
            Input = input,
            Error = Error,
            Msisdn = Msisdn,
            CountryCallingCode = CallingCode,
            NationalNumber = Msisdn is null || CallingCode is not { } code ? null : Msisdn[CodeLength(code)..],
            RegionCode = Region,
            IsValid = IsValid,
            LineType = LineType,
            Extension = Msisdn is null ? null : extension,
        };
    }
}
