using System.Globalization;

namespace NumberIntel.Client.PhoneNumbers;

/// <summary>
/// Offline parsing of what people type (<c>+385 91 234 5678</c>, <c>00385912345678</c>, <c>(+1) 786.555.5555</c>)
/// into an MSISDN. No network, no cost: it runs before any paid call.
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
/// (<c>011</c> in NANP regions, <c>0011</c> in Australia, <c>010</c> in Japan, <c>810</c> in Russia and Kazakhstan).
/// Without any of these and with a default region, the digits are read as a national number when they start with the
/// region's trunk prefix (<c>0</c>; <c>8</c> in Russia; <c>06</c> in Hungary; <c>1</c> in NANP) and the rest has a
/// possible length, or when their count is a possible national length for the region; otherwise as an MSISDN (country
/// calling code first, as CRM exports have them). When both readings fit, the national one wins, so lists of MSISDNs
/// without <c>+</c> are best parsed without a default region. Without a default region, digits are always read as an
/// MSISDN, and a single leading 0 (a national number) gives <see cref="PhoneNumberParseError.MissingRegion"/>.
/// An unknown default region is treated as none.</para>
/// <para><b>Validation</b> is by length only (the vendors do the fine check): the national number must have one of the
/// possible lengths of its calling code (<see cref="CountryCallingCodes.GetPossibleLengths"/>) and the MSISDN at most 15
/// digits. For NANP the area code and the exchange must also start with 2-9. A trunk 0 written after the calling code
/// (<c>+44 07911 123456</c>) is removed in countries whose national numbers never start with 0.</para>
/// <para>All members are thread-safe, use no regular expressions and do not allocate beyond the returned result
/// (<see cref="TryParse(ReadOnlySpan{char}, Span{char}, out int, out PhoneNumberParseError, string?)"/> allocates nothing).</para>
/// </remarks>
public static class PhoneNumberParser
{
    /// <summary>The longest MSISDN E.164 allows: 15 digits, country calling code included.</summary>
    public const int MaxMsisdnLength = 15;

    // Digits kept while scanning: room for an international prefix, a "(0)" hint, a trunk prefix and 15 digits.
    private const int MaxScannedDigits = 32;

    private const int MaxExtensionDigits = 10;

    // Longest first.
    private static readonly string[] ExtensionMarkers = [";ext=", "extension", "extn", "ext", "x", "#"];

    /// <summary>Parses <paramref name="input"/>.</summary>
    /// <param name="input">What the person typed.</param>
    /// <param name="defaultRegion">ISO 3166-1 alpha-2 region used to place a national-format number (no <c>+</c>/<c>00</c>), or null.</param>
    /// <returns>The MSISDN or the reason the input is not a possible number. Never throws for any input.</returns>
    public static PhoneNumberParseResult Parse(string? input, string? defaultRegion = null)
    {
        string text = input ?? string.Empty;
        Span<char> msisdn = stackalloc char[MaxMsisdnLength];
        PhoneNumberParseError error = ParseCore(
            text, defaultRegion, msisdn, out int written, out CallingCodeInfo? info, out Range extension);

        if (error != PhoneNumberParseError.None)
        {
            return new PhoneNumberParseResult
            {
                Input = text,
                Error = error,
                CountryCallingCode = info?.Code,
                RegionCode = info?.RegionFor(ReadOnlySpan<char>.Empty),
            };
        }

        string value = new(msisdn[..written]);
        ReadOnlySpan<char> national = value.AsSpan(info!.CodeLength);
        return new PhoneNumberParseResult
        {
            Input = text,
            Msisdn = value,
            CountryCallingCode = info.Code,
            NationalNumber = value[info.CodeLength..],
            RegionCode = info.RegionFor(national),
            Extension = extension.Equals(default(Range)) ? null : AsciiDigits(text.AsSpan()[extension]),
        };
    }

    /// <summary>
    /// Parses <paramref name="input"/> into <paramref name="destination"/> without allocating: for bulk cleaning and
    /// de-duplication. Same rules as <see cref="Parse(string?, string?)"/>; an extension is stripped and not returned.
    /// </summary>
    /// <param name="input">What the person typed.</param>
    /// <param name="destination">Receives the MSISDN digits; must hold at least <see cref="MaxMsisdnLength"/> characters.</param>
    /// <param name="charsWritten">Number of digits written (0 when not possible).</param>
    /// <param name="error">Why the input is not possible; <see cref="PhoneNumberParseError.None"/> when it is.</param>
    /// <param name="defaultRegion">ISO 3166-1 alpha-2 region used to place a national-format number, or null.</param>
    /// <returns>Whether the input is a possible number.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="MaxMsisdnLength"/>.</exception>
    public static bool TryParse(
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

        error = ParseCore(input, defaultRegion, destination, out charsWritten, out _, out _);
        return error == PhoneNumberParseError.None;
    }

    private static PhoneNumberParseError ParseCore(
        ReadOnlySpan<char> input,
        string? defaultRegion,
        Span<char> destination,
        out int written,
        out CallingCodeInfo? info,
        out Range extension)
    {
        written = 0;
        info = null;
        Span<char> digits = stackalloc char[MaxScannedDigits];
        PhoneNumberParseError error = Scan(input, digits, out int count, out bool plus, out int hint, out extension);
        if (error != PhoneNumberParseError.None)
        {
            return error;
        }

        if (count > MaxScannedDigits)
        {
            return PhoneNumberParseError.TooLong;
        }

        CallingCodeTable.TryFindRegion(defaultRegion, out CallingCodeInfo? region);
        return Interpret(digits[..count], plus, hint, region, destination, out written, out info);
    }

    /// <summary>Reads digits and the leading plus, skipping separators; stops at an extension or a tel: parameter.</summary>
    private static PhoneNumberParseError Scan(
        ReadOnlySpan<char> input,
        Span<char> digits,
        out int count,
        out bool plus,
        out int hint,
        out Range extension)
    {
        count = 0;
        plus = false;
        hint = -1;
        extension = default;

        int i = 0;
        while (i < input.Length && IsSeparator(input[i]))
        {
            i++;
        }

        bool tel = input[i..].StartsWith("tel:", StringComparison.OrdinalIgnoreCase);
        if (tel)
        {
            i += 4;
        }

        for (; i < input.Length; i++)
        {
            char c = input[i];
            int digit = DigitValue(c);
            if (digit >= 0)
            {
                Append(digits, ref count, digit);
                continue;
            }

            if (c is '+' or '\uFF0B')
            {
                if (plus || count > 0)
                {
                    return PhoneNumberParseError.InvalidCharacters;
                }

                plus = true;
                continue;
            }

            if (c is '(' or '\uFF08' && count > 0 && TryMatchTrunkHint(input, i, out int end))
            {
                // "(0)" after the country code: remember where it was; the 0 is kept as a digit and removed later
                // where the country's national numbers cannot start with 0.
                if (hint < 0)
                {
                    hint = count;
                }

                Append(digits, ref count, 0);
                i = end;
                continue;
            }

            if (IsSeparator(c))
            {
                continue;
            }

            if (count > 0 && TryMatchExtension(input, i, tel, out extension))
            {
                break;
            }

            if (tel && c == ';')
            {
                break;
            }

            return PhoneNumberParseError.InvalidCharacters;
        }

        return count == 0 ? PhoneNumberParseError.Empty : PhoneNumberParseError.None;
    }

    private static void Append(Span<char> digits, ref int count, int digit)
    {
        if (count < digits.Length)
        {
            digits[count] = (char)('0' + digit);
        }

        // Counting on past the buffer lets the caller report TooLong without storing the digits.
        if (count <= digits.Length)
        {
            count++;
        }
    }

    /// <summary>Chooses the international or national reading and writes the MSISDN.</summary>
    private static PhoneNumberParseError Interpret(
        ReadOnlySpan<char> digits,
        bool plus,
        int hint,
        CallingCodeInfo? region,
        Span<char> destination,
        out int written,
        out CallingCodeInfo? info)
    {
        if (plus)
        {
            return International(digits, hint, destination, out written, out info);
        }

        if (region is not null)
        {
            foreach (string prefix in region.InternationalPrefixes)
            {
                if (digits.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return International(digits[prefix.Length..], hint - prefix.Length, destination, out written, out info);
                }
            }
        }

        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            return International(digits[2..], hint - 2, destination, out written, out info);
        }

        // "385 (0)91 …": the digits before the hint are a country calling code.
        if (hint > 0 && CallingCodeTable.Match(digits) is { } hinted && hinted.CodeLength == hint)
        {
            return International(digits, hint, destination, out written, out info);
        }

        if (region is null)
        {
            if (digits[0] == '0')
            {
                written = 0;
                info = null;
                return PhoneNumberParseError.MissingRegion;
            }

            return International(digits, hint, destination, out written, out info);
        }

        return FromRegion(digits, region, hint, destination, out written, out info);
    }

    /// <summary>Digits without + or international prefix, with a default region.</summary>
    private static PhoneNumberParseError FromRegion(
        ReadOnlySpan<char> digits,
        CallingCodeInfo region,
        int hint,
        Span<char> destination,
        out int written,
        out CallingCodeInfo? info)
    {
        // 1. Trunk prefix + a possible national number: "0912345678" (HR), "89161234567" (RU), "17865555555" (US).
        foreach (string trunk in region.TrunkPrefixes)
        {
            if (digits.StartsWith(trunk, StringComparison.Ordinal) && region.IsPossibleLength(digits.Length - trunk.Length))
            {
                return National(digits[trunk.Length..], region, destination, out written, out info);
            }
        }

        // 2. A leading 0 that is the trunk prefix but leaves an impossible length: national error (never a country code).
        if (digits[0] == '0' && region.HasZeroTrunk && !region.KeepsLeadingZero)
        {
            written = 0;
            info = region;
            return region.LengthError(digits.Length - ZeroTrunkLength(digits, region));
        }

        // 3. A national number without trunk prefix: "912345678" (HR), "7865555555" (US), "0612345678" (IT).
        if (digits.Length <= region.NationalMax && region.IsPossibleLength(digits.Length))
        {
            return National(digits, region, destination, out written, out info);
        }

        // 4. An MSISDN: "447911123456".
        PhoneNumberParseError error = International(digits, hint, destination, out written, out info);
        if (error == PhoneNumberParseError.None)
        {
            return error;
        }

        // 5. A long national number that is not an MSISDN after all.
        if (region.IsPossibleLength(digits.Length))
        {
            return National(digits, region, destination, out written, out info);
        }

        if (info is null || digits.Length <= region.MaxLength)
        {
            info = region;
            return region.LengthError(digits.Length);
        }

        return error;
    }

    private static int ZeroTrunkLength(ReadOnlySpan<char> digits, CallingCodeInfo info)
    {
        foreach (string trunk in info.TrunkPrefixes)
        {
            if (trunk[0] == '0' && digits.StartsWith(trunk, StringComparison.Ordinal))
            {
                return trunk.Length;
            }
        }

        return 0;
    }

    /// <summary>Digits that start with a country calling code; <paramref name="hint"/> is where a "(0)" was, or negative.</summary>
    private static PhoneNumberParseError International(
        ReadOnlySpan<char> digits,
        int hint,
        Span<char> destination,
        out int written,
        out CallingCodeInfo? info)
    {
        written = 0;
        info = CallingCodeTable.Match(digits);
        if (info is null)
        {
            if (digits.Length > MaxMsisdnLength)
            {
                return PhoneNumberParseError.TooLong;
            }

            return digits.Length < 3 && CallingCodeTable.IsProperPrefixOfCode(digits)
                ? PhoneNumberParseError.TooShort
                : PhoneNumberParseError.UnknownCountryCallingCode;
        }

        ReadOnlySpan<char> national = digits[info.CodeLength..];

        if (!info.KeepsLeadingZero)
        {
            if (hint == info.CodeLength)
            {
                // "+47 (0)412 34 567": the written trunk hint right after the calling code.
                national = national[1..];
            }
            else if (national.Length > 0 && national[0] == '0' && info.HasZeroTrunk)
            {
                // "+44 020 …", "+36 06 30 …": a trunk prefix after the calling code, where national numbers never start with 0.
                national = national[ZeroTrunkLength(national, info)..];
            }
        }

        return National(national, info, destination, out written, out info);
    }

    /// <summary>Validates a national number under its calling code and writes code + number.</summary>
    private static PhoneNumberParseError National(
        ReadOnlySpan<char> national,
        CallingCodeInfo code,
        Span<char> destination,
        out int written,
        out CallingCodeInfo? info)
    {
        written = 0;
        info = code;
        PhoneNumberParseError error = code.LengthError(national.Length);
        if (error != PhoneNumberParseError.None)
        {
            return error;
        }

        // NANP: area code NXX and exchange NXX, N = 2-9.
        if (code.Code == 1 && (national[0] < '2' || national[3] < '2'))
        {
            return PhoneNumberParseError.NotPossibleForCountry;
        }

        code.CodeText.AsSpan().CopyTo(destination);
        national.CopyTo(destination[code.CodeLength..]);
        written = code.CodeLength + national.Length;
        return PhoneNumberParseError.None;
    }

    /// <summary>0-9 for any Unicode decimal digit, otherwise -1.</summary>
    private static int DigitValue(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }

        return c > 0x7F && char.IsDigit(c) ? CharUnicodeInfo.GetDecimalDigitValue(c) : -1;
    }

    private static bool IsSeparator(char c)
    {
        if (c < 0x80)
        {
            return c is ' ' or '-' or '.' or '/' or '(' or ')' or '[' or ']' or '\'' or '"' || char.IsWhiteSpace(c);
        }

        return char.IsWhiteSpace(c)
            || c is '\u00AD' // soft hyphen
            || c is >= '\u200B' and <= '\u200F' // zero-width spaces and joiners, direction marks
            || c is >= '\u2010' and <= '\u2015' // hyphens and dashes
            || c is >= '\u202A' and <= '\u202E' // bidirectional embedding
            || c is >= '\u2060' and <= '\u2069' // word joiner, invisible operators, isolates
            || c is '\u2212' // minus sign
            || c is '\u30FC' // katakana prolonged sound mark, used as a dash in Japanese
            || c is '\uFEFF' // byte-order mark / zero-width no-break space
            || c is '\uFF08' or '\uFF09' or '\uFF0D' or '\uFF0E' or '\uFF0F' or '\uFF3B' or '\uFF3D'; // full-width ( ) - . / [ ]
    }

    /// <summary>Matches "(0)" (spaces allowed inside) starting at the "(" at <paramref name="start"/>.</summary>
    private static bool TryMatchTrunkHint(ReadOnlySpan<char> input, int start, out int end)
    {
        int j = SkipWhiteSpace(input, start + 1);
        if (j < input.Length && DigitValue(input[j]) == 0)
        {
            j = SkipWhiteSpace(input, j + 1);
            if (j < input.Length && input[j] is ')' or '\uFF09')
            {
                end = j;
                return true;
            }
        }

        end = start;
        return false;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<char> input, int index)
    {
        while (index < input.Length && char.IsWhiteSpace(input[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>Matches an extension marker at <paramref name="start"/> followed by 1-10 digits up to the end of the input.</summary>
    private static bool TryMatchExtension(ReadOnlySpan<char> input, int start, bool tel, out Range extension)
    {
        extension = default;
        ReadOnlySpan<char> rest = input[start..];
        int markerLength = MarkerLength(rest);
        if (markerLength == 0)
        {
            return false;
        }

        int j = start + markerLength;
        while (j < input.Length && (IsSeparator(input[j]) || input[j] is ':' or '='))
        {
            j++;
        }

        int first = j;
        while (j < input.Length && DigitValue(input[j]) >= 0)
        {
            j++;
        }

        int length = j - first;
        if (length is 0 or > MaxExtensionDigits)
        {
            return false;
        }

        int last = j;
        while (j < input.Length && IsSeparator(input[j]))
        {
            j++;
        }

        // A tel: URI may have further parameters after the extension.
        if (j < input.Length && !(tel && input[j] == ';'))
        {
            return false;
        }

        extension = first..last;
        return true;
    }

    private static int MarkerLength(ReadOnlySpan<char> rest)
    {
        foreach (string marker in ExtensionMarkers)
        {
            if (rest.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return marker.Length;
            }
        }

        return 0;
    }

    private static string AsciiDigits(ReadOnlySpan<char> digits)
    {
        Span<char> buffer = stackalloc char[MaxExtensionDigits];
        for (int i = 0; i < digits.Length; i++)
        {
            buffer[i] = (char)('0' + DigitValue(digits[i]));
        }

        return new string(buffer[..digits.Length]);
    }
}
