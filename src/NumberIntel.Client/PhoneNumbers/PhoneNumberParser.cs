namespace NumberIntel.Client.PhoneNumbers;

/// <summary>
/// Offline parsing of what people type (<c>+385 91 234 5678</c>, <c>00385912345678</c>, <c>(+1) 786.555.5555</c>)
/// into an MSISDN. No network, no cost: it runs before any paid call.
/// </summary>
public static class PhoneNumberParser
{
    /// <summary>Parses <paramref name="input"/>.</summary>
    /// <param name="input">What the person typed.</param>
    /// <param name="defaultRegion">ISO 3166-1 alpha-2 region used to place a national-format number (no <c>+</c>/<c>00</c>), or null.</param>
    /// <returns>The MSISDN or the reason the input is not a possible number.</returns>
    public static PhoneNumberParseResult Parse(string? input, string? defaultRegion = null) =>
        throw new NotImplementedException("Filled in by the PhoneNumbers work.");
}
