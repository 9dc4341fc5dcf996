using System.Globalization;

namespace NumberIntel.Client.PhoneNumbers;

/// <summary>
/// The text side of parsing: reads what people type (separators, full-width digits, <c>tel:</c>, a <c>(0)</c> hint,
/// extensions) into plain ASCII digits and a leading-plus flag, without allocating. What the digits mean is decided by
/// <see cref="PhoneNumberParser"/> with libphonenumber's metadata.
/// </summary>
internal static class PhoneNumberScanner
{
    /// <summary>Digits kept while scanning: room for an international prefix, a "(0)" hint, a trunk prefix and 17 digits.</summary>
    public const int MaxScannedDigits = 32;

    public const int MaxExtensionDigits = 10;

    // Longest first.
    private static readonly string[] ExtensionMarkers = [";ext=", "extension", "extn", "ext", "x", "#"];

    /// <summary>Reads digits and the leading plus, skipping separators; stops at an extension or a tel: parameter.</summary>
    public static PhoneNumberParseError Scan(
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

    /// <summary>0-9 for any Unicode decimal digit, otherwise -1.</summary>
    public static int DigitValue(char c)
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

    public static string AsciiDigits(ReadOnlySpan<char> digits)
    {
        Span<char> buffer = stackalloc char[MaxExtensionDigits];
        for (int i = 0; i < digits.Length; i++)
        {
            buffer[i] = (char)('0' + DigitValue(digits[i]));
        }

        return new string(buffer[..digits.Length]);
    }
}
