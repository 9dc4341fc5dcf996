using System.Globalization;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Testing.Profiles;

/// <summary>Places numbers of countries the emulator has no plan for, with the SDK's own offline parser and calling-code table.</summary>
internal static class GenericCountry
{
    /// <summary>Finds the region of a possible MSISDN.</summary>
    /// <param name="msisdn">Digits, calling code first.</param>
    /// <param name="iso">The ISO region, or null for non-geographic codes (<c>001</c>).</param>
    /// <param name="callingCode">The calling code.</param>
    /// <param name="name">The English name of the region, or null for non-geographic codes.</param>
    /// <returns>Whether the number is possible.</returns>
    public static bool TryResolve(string msisdn, out string? iso, out int callingCode, out string? name)
    {
        iso = null;
        name = null;
        callingCode = 0;
        var parsed = PhoneNumberParser.Parse("+" + msisdn);
        if (!parsed.IsPossible || parsed.CountryCallingCode is not { } code || parsed.Msisdn != msisdn)
        {
            return false;
        }

        callingCode = code;
        if (parsed.RegionCode is { } region && region != "001")
        {
            iso = region;
            name = EnglishName(region);
        }

        return true;
    }

    /// <summary>Reads <paramref name="digits"/> as a national number of <paramref name="iso"/>, as the SDK's parser does.</summary>
    /// <param name="digits">The digits IPQS received.</param>
    /// <param name="iso">A <c>country[]</c> value.</param>
    /// <param name="msisdn">The MSISDN, when possible in that region.</param>
    /// <returns>Whether the digits are a possible number of that region.</returns>
    public static bool TryPlaceNational(string digits, string iso, out string msisdn)
    {
        var parsed = PhoneNumberParser.Parse(digits, iso);
        msisdn = parsed.Msisdn ?? string.Empty;
        return parsed.IsPossible && string.Equals(parsed.RegionCode, iso, StringComparison.OrdinalIgnoreCase);
    }

    private static string EnglishName(string region)
    {
        try
        {
            return new RegionInfo(region).EnglishName;
        }
        catch (ArgumentException)
        {
            return region;
        }
    }
}
