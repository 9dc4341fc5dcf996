namespace NumberIntel.Cli.Output;

/// <summary>
/// CSV fields that a spreadsheet cannot run (CSV injection, per OWASP's guidance): a cell that starts with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is prefixed with a single quote <c>'</c> and quoted, so that
/// Excel, LibreOffice and Google Sheets show it as text instead of evaluating it. A plain signed number
/// (<c>+385912345678</c>, <c>-1.5</c>) is left as it is: no spreadsheet runs it. A cell that starts with <c>'</c> gets one
/// more, so that the rule can be undone exactly: strip one leading <c>'</c> (<see cref="Restore"/>). Applies to every
/// cell: input text, vendor values (carrier) and the original columns of a CRM export.
/// </summary>
internal static class CsvCells
{
    /// <summary>The field as written: neutralized, then quoted per RFC 4180 when needed (always when neutralized).</summary>
    public static string Field(string value, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(value);
        if (NeedsPrefix(value))
        {
            return "\"'" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }

        return value.AsSpan().IndexOfAny(delimiter, '"') < 0 && value.AsSpan().IndexOfAny('\r', '\n') < 0
            ? value
            : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The original value of a cell read back (quotes already removed by the CSV parser): undoes the prefix.</summary>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.StartsWith('\'') ? cell[1..] : cell;
    }

    public static bool NeedsPrefix(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        return value[0] switch
        {
            '=' or '@' or '\t' or '\r' or '\'' => true,
            '+' or '-' => !IsPlainNumber(value),
            _ => false,
        };
    }

    private static bool IsPlainNumber(string value)
    {
        var digits = 0;
        var dot = false;
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.' && !dot && digits > 0 && i < value.Length - 1)
            {
                dot = true;
            }
            else
            {
                return false;
            }
        }

        return digits > 0;
    }
}
