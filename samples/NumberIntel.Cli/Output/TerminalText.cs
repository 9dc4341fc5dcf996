using System.Globalization;
using System.Text;

namespace NumberIntel.Cli.Output;

/// <summary>
/// Text safe to print on a terminal: control characters (C0, DEL, C1 — ESC and CSI start escape sequences) and Unicode
/// format characters (bidirectional overrides such as U+202E, zero-width characters) from the input or from vendor
/// values are shown escaped (<c>\x1B</c>, <c>\u202E</c>) instead of reaching the terminal raw.
/// </summary>
internal static class TerminalText
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var clean = true;
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!IsUnsafe(c))
            {
                builder.Append(c);
            }
            else if (c <= 0xFF)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || (c > 0x7F && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
}
