namespace NumberIntel.Client.Testing;

/// <summary>How the emulator keys numbers in counters and faults: digits only, calling code first, no <c>00</c>.</summary>
internal static class NumberKey
{
    /// <summary>The key of <paramref name="number"/>: its digits, without a leading international <c>00</c>.</summary>
    public static string Of(string number)
    {
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith("00", StringComparison.Ordinal) ? digits[2..] : digits;
    }
}
