namespace NumberIntel.Client.PhoneNumbers;

/// <summary>The ITU country calling codes with their ISO 3166-1 regions and the national number lengths that are possible.</summary>
public static class CountryCallingCodes
{
    /// <summary>Finds the calling code an MSISDN starts with (1 to 3 digits; longest match).</summary>
    /// <param name="msisdn">Digits, country calling code first.</param>
    /// <param name="callingCode">The calling code, when found.</param>
    /// <returns>Whether a known code was found.</returns>
    public static bool TryGetCallingCode(ReadOnlySpan<char> msisdn, out int callingCode) =>
        throw new NotImplementedException("Filled in by the PhoneNumbers work.");

    /// <summary>The main ISO 3166-1 alpha-2 region of a calling code (<c>1</c> → <c>US</c>, <c>385</c> → <c>HR</c>).</summary>
    /// <param name="callingCode">The calling code.</param>
    /// <param name="regionCode">The region, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryGetMainRegion(int callingCode, out string regionCode) =>
        throw new NotImplementedException("Filled in by the PhoneNumbers work.");

    /// <summary>The calling code of an ISO 3166-1 alpha-2 region (<c>HR</c> → <c>385</c>), case-insensitive.</summary>
    /// <param name="regionCode">The region.</param>
    /// <param name="callingCode">The calling code, when the region is known.</param>
    /// <returns>Whether the region is known.</returns>
    public static bool TryGetCallingCode(string regionCode, out int callingCode) =>
        throw new NotImplementedException("Filled in by the PhoneNumbers work.");
}
