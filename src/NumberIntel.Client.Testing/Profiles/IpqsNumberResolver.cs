using System.Globalization;

namespace NumberIntel.Client.Testing.Profiles;

/// <summary>
/// Turns IPQS's <c>phone</c> parameter into an MSISDN the way the vendor documents it: <c>+</c>/<c>00</c> numbers are
/// international; other numbers are tried as national numbers of each <c>country[]</c> in turn (trunk prefix dropped);
/// with no country they are read as international digits, so short national numbers come back invalid.
/// </summary>
internal static class IpqsNumberResolver
{
    /// <summary>The MSISDN to look up (digits; possibly not a valid number).</summary>
    public static string Resolve(string phone, IReadOnlyList<string> countries)
    {
        var trimmed = phone.Trim();
        var digits = NumberKey.Of(trimmed);
        if (trimmed.Any(c => !char.IsAsciiDigit(c) && c is not ('+' or ' ' or '-' or '.' or '(' or ')')))
        {
            // Letters and symbols: nothing the vendor can place.
            return trimmed;
        }

        if (trimmed.StartsWith('+') || trimmed.StartsWith("00", StringComparison.Ordinal) || countries.Count == 0)
        {
            return digits;
        }

        string? fallback = null;
        foreach (var country in countries)
        {
            if (CountryCatalog.ByIso(country) is { } plan)
            {
                var code = plan.CallingCode.ToString(CultureInfo.InvariantCulture);
                var national = digits.StartsWith(plan.TrunkPrefix, StringComparison.Ordinal) && (plan.CallingCode != 1 || digits.Length == 11)
                    ? digits[plan.TrunkPrefix.Length..]
                    : digits;
                if (plan.Classify(national) is not null)
                {
                    return code + national;
                }

                if (digits.StartsWith(code, StringComparison.Ordinal) && plan.Classify(digits[code.Length..]) is not null)
                {
                    return digits;
                }

                fallback ??= code + national;
            }
            else if (GenericCountry.TryPlaceNational(digits, country.Trim(), out var placed))
            {
                return placed;
            }
        }

        return fallback ?? digits;
    }
}
