using System.Collections.Frozen;
using System.Globalization;

namespace NumberIntel.Client.Testing;

/// <content>The table — each number with the facts of its scenario definition (<c>MagicScenarios</c>) — and its lookups.</content>
public static partial class MagicNumbers
{
    /// <summary>The whole table, in country then scenario order.</summary>
    public static IReadOnlyList<MagicNumber> All { get; } =
    [
        .. Country(
            "HR",
            HrVerifiedMobile,
            HrVerifiedLandline,
            HrLikelyTollFree,
            HrUncertainSharedCost,
            HrLowVoip,
            HrLowDisposableCarrier,
            HrLowDisposable,
            HrLowCredibility,
            HrUncertainCredibility,
            HrUncertainFraudScore,
            HrLowFraudScore,
            HrLowHighRiskFraudScore,
            HrLowRecentAbuse,
            HrLowInactiveLine,
            HrUncertainRisky,
            HrUncertainSpammer,
            HrVerifiedRecordedFlags,
            HrInvalid,
            HrNotResolved),
        .. Country(
            "US",
            UsVerifiedMobile,
            UsVerifiedLandline,
            UsLikelyTollFree,
            UsUncertainPremiumRate,
            UsLowVoip,
            UsLowDisposableCarrier,
            UsLowDisposable,
            UsLowCredibility,
            UsUncertainCredibility,
            UsUncertainFraudScore,
            UsLowFraudScore,
            UsLowHighRiskFraudScore,
            UsLowRecentAbuse,
            UsLowInactiveLine,
            UsUncertainRisky,
            UsUncertainSpammer,
            UsVerifiedRecordedFlags,
            UsInvalid,
            UsNotResolved),
        .. Country(
            "GB",
            GbVerifiedMobile,
            GbVerifiedLandline,
            GbLikelyTollFree,
            GbUncertainPremiumRate,
            GbLowVoip,
            GbLowDisposableCarrier,
            GbLowDisposable,
            GbLowCredibility,
            GbUncertainCredibility,
            GbUncertainFraudScore,
            GbLowFraudScore,
            GbLowHighRiskFraudScore,
            GbLowRecentAbuse,
            GbLowInactiveLine,
            GbUncertainRisky,
            GbUncertainSpammer,
            GbVerifiedRecordedFlags,
            GbInvalid,
            GbNotResolved),
        .. Country(
            "DE",
            DeVerifiedMobile,
            DeVerifiedLandline,
            DeLikelyTollFree,
            DeUncertainSharedCost,
            DeLowVoip,
            DeLowDisposableCarrier,
            DeLowDisposable,
            DeLowCredibility,
            DeUncertainCredibility,
            DeUncertainFraudScore,
            DeLowFraudScore,
            DeLowHighRiskFraudScore,
            DeLowRecentAbuse,
            DeLowInactiveLine,
            DeUncertainRisky,
            DeUncertainSpammer,
            DeVerifiedRecordedFlags,
            DeInvalid,
            DeNotResolved),
    ];

    private static readonly FrozenDictionary<string, MagicNumber> ByMsisdn = All.ToFrozenDictionary(m => m.Msisdn, StringComparer.Ordinal);

    /// <summary>Finds the magic number <paramref name="number"/> is (any formatting: <c>+</c>, spaces, dashes, dots, parentheses).</summary>
    /// <param name="number">The number, international form (calling code first).</param>
    /// <param name="magicNumber">The entry, when found.</param>
    /// <returns>Whether <paramref name="number"/> is a magic number.</returns>
    public static bool TryFind(string? number, out MagicNumber magicNumber)
    {
        magicNumber = null!;
        if (number is null)
        {
            return false;
        }

        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        if (ByMsisdn.TryGetValue(digits, out var found))
        {
            magicNumber = found;
            return true;
        }

        return false;
    }

    /// <summary>The magic number for <paramref name="scenario"/> in <paramref name="countryCode"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="countryCode">ISO 3166-1 alpha-2 (<c>HR</c>, <c>US</c>, <c>GB</c>, <c>DE</c>), case-insensitive.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException">The table has no such number (e.g. shared cost in the US).</exception>
    public static MagicNumber Get(MagicNumberScenario scenario, string countryCode)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        return All.FirstOrDefault(m => m.Scenario == scenario && string.Equals(m.CountryCode, countryCode, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"There is no magic number for {scenario} in '{countryCode}'.", nameof(countryCode));
    }

    /// <summary>The entries of one country: the scenario is the number's last two digits, the facts come from its definition.</summary>
    private static IEnumerable<MagicNumber> Country(string countryCode, params string[] numbers)
    {
        foreach (var e164 in numbers)
        {
            var scenario = (MagicNumberScenario)int.Parse(e164.AsSpan(e164.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture);
            var spec = MagicScenarios.Of(scenario);
            var carrier = MagicScenarios.DisposableCarrierOf(countryCode);
            yield return new MagicNumber
            {
                E164 = e164,
                CountryCode = countryCode,
                Scenario = scenario,
                ExpectedBindLabel = spec.BindLabel,
                ExpectedIpqsLabel = spec.IpqsLabel,
                ExpectedDisposable = spec.Disposable,
                BindAnswer = spec.BindAnswer.Replace(MagicScenarioSpec.CarrierPlaceholder, carrier, StringComparison.Ordinal),
                IpqsAnswer = spec.IpqsAnswer.Replace(MagicScenarioSpec.CarrierPlaceholder, carrier, StringComparison.Ordinal),
            };
        }
    }
}
