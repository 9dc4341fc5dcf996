namespace NumberIntel.Client.Telemetry;

/// <summary>
/// Redacts phone numbers for logs, traces and messages, in one form for every vendor and country: digits only (no
/// <c>+</c>, no separators), up to six leading digits and the last two kept, exactly four stars between, and at least
/// four digits (and a third of them) hidden: <c>385911****67</c> (HR), <c>491515****08</c> (DE), <c>18005****34</c>
/// (US). The fixed mask also hides how long the number is.
/// </summary>
internal static class MsisdnRedactor
{
    private const int MaxPrefix = 6;
    private const int MaxSuffix = 2;
    private const string Mask = "****";

    /// <summary>Redacts <paramref name="msisdn"/>.</summary>
    /// <param name="msisdn">A number in any format; null or empty gives an empty string.</param>
    /// <returns>The redacted digits, e.g. <c>385911****67</c>; <c>****</c> when there are no digits.</returns>
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

        var suffix = Math.Clamp(n - Mask.Length, 0, MaxSuffix);
        var prefix = Math.Clamp(n - Mask.Length - suffix, 0, MaxPrefix);
        return string.Concat(digits[..prefix], Mask, digits.Slice(n - suffix, suffix));
    }
}
