namespace NumberIntel.Client.Telemetry;

/// <summary>
/// Redacts phone numbers for logs: the first six and last two digits are kept and the middle is masked, as in
/// <c>385911****67</c>. Shorter numbers keep fewer digits; at least a third of the digits is always masked.
/// Formatting characters are dropped and a leading <c>+</c> is kept.
/// </summary>
internal static class MsisdnRedactor
{
    private const int MaxPrefix = 6;
    private const int MaxSuffix = 2;

    /// <summary>Redacts <paramref name="msisdn"/>.</summary>
    /// <param name="msisdn">A number in any format; null or empty gives an empty string.</param>
    /// <returns>The redacted digits, e.g. <c>385911****67</c>.</returns>
    public static string Redact(string? msisdn)
    {
        if (string.IsNullOrEmpty(msisdn))
        {
            return string.Empty;
        }

        Span<char> digits = msisdn.Length <= 64 ? stackalloc char[msisdn.Length] : new char[msisdn.Length];
        var n = 0;
        foreach (var c in msisdn)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
            }
        }

        var plus = msisdn.TrimStart().StartsWith('+') ? "+" : string.Empty;
        if (n == 0)
        {
            return plus + "***";
        }

        var masked = Math.Max(n - MaxPrefix - MaxSuffix, (n + 2) / 3);
        var kept = n - masked;
        var suffix = kept >= 6 ? MaxSuffix : kept >= 3 ? 1 : 0;
        var prefix = kept - suffix;
        return string.Concat(plus, new string(digits[..prefix]), new string('*', masked), new string(digits.Slice(prefix + masked, suffix)));
    }
}
