using System.Globalization;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Testing.Profiles;

/// <summary>Places numbers of countries the emulator has no plan for, with the SDK's own offline parser.</summary>
internal static class GenericCountry
{
    /// <summary>Finds the region of a possible MSISDN.</summary>
    public static bool TryResolve(string msisdn, out string iso, out int callingCode, out string name)
    {
        iso = string.Empty;
        callingCode = 0;
        name = string.Empty;
        PhoneNumberParseResult parsed;
        try
        {
            parsed = PhoneNumberParser.Parse("+" + msisdn);
        }
        catch (NotImplementedException)
        {
            // The SDK's parser is not there yet: only the modelled countries resolve.
            return false;
        }

        if (!parsed.IsPossible || parsed.CountryCallingCode is not { } code || parsed.RegionCode is not { } region)
        {
            return false;
        }

        iso = region;
        callingCode = code;
        name = EnglishName(region);
        return true;
    }

    /// <summary>The calling code of an ISO region the emulator does not model, from the SDK's table.</summary>
    public static bool TryCallingCodeOf(string iso, out int callingCode)
    {
        try
        {
            return CountryCallingCodes.TryGetCallingCode(iso, out callingCode);
        }
        catch (NotImplementedException)
        {
            callingCode = 0;
            return false;
        }
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
