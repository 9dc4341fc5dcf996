using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Testing.Profiles;

/// <summary>The countries the emulator models, found by calling code (MSISDN) or by ISO code (IPQS <c>country[]</c>).</summary>
internal static class CountryCatalog
{
    private static readonly CroatiaPlan Croatia = new();
    private static readonly UnitedKingdomPlan UnitedKingdom = new();
    private static readonly GermanyPlan Germany = new();

    /// <summary>Every modelled country.</summary>
    public static IReadOnlyList<CountryPlan> All { get; } = [Croatia, NanpPlan.UnitedStates, NanpPlan.Canada, UnitedKingdom, Germany];

    /// <summary>Finds the modelled country an MSISDN (digits, calling code first) belongs to.</summary>
    /// <param name="msisdn">Digits only.</param>
    /// <param name="plan">The country.</param>
    /// <param name="national">The digits after the calling code.</param>
    /// <returns>Whether the calling code is modelled.</returns>
    public static bool TryResolve(string msisdn, out CountryPlan plan, out string national)
    {
        plan = null!;
        national = string.Empty;
        if (msisdn.StartsWith('1'))
        {
            // NANP: the SDK's parser (libphonenumber) tells the member country by area code; only the US and Canada are modelled.
            national = msisdn[1..];
            var region = PhoneNumberParser.Parse("+" + msisdn).RegionCode;
            plan = region == "CA" ? NanpPlan.Canada : NanpPlan.UnitedStates;
            return region is "US" or "CA";
        }

        foreach (var candidate in new CountryPlan[] { Croatia, UnitedKingdom, Germany })
        {
            var code = candidate.CallingCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (msisdn.StartsWith(code, StringComparison.Ordinal))
            {
                plan = candidate;
                national = msisdn[code.Length..];
                return true;
            }
        }

        return false;
    }

    /// <summary>The modelled country with ISO code <paramref name="iso"/> (case-insensitive), or null.</summary>
    public static CountryPlan? ByIso(string iso) =>
        All.FirstOrDefault(p => string.Equals(p.Iso, iso.Trim(), StringComparison.OrdinalIgnoreCase));
}
