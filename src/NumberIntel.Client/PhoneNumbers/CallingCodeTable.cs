using System.Collections.Frozen;
using System.Globalization;

namespace NumberIntel.Client.PhoneNumbers;

/// <summary>
/// The ITU-T E.164 country calling codes in service, with their ISO 3166-1 alpha-2 regions (main region first) and the
/// possible lengths of their national (significant) numbers. Written from the ITU list and the national numbering plans;
/// the lengths are deliberately generous (a false "impossible" would block a real customer, the vendors do the fine check).
/// </summary>
/// <remarks>
/// Columns of <see cref="E"/>: code, regions (space-separated, main first; <c>001</c> = non-geographic), possible national
/// number lengths (<c>"8-9"</c>, <c>"5,8,12"</c>), trunk prefixes (comma-separated, longest first), the longest digit
/// string read as national without + or trunk prefix (0 = longest possible), international prefixes besides <c>00</c>,
/// and whether the leading 0 belongs to the national number (Italy and a few others).
/// </remarks>
internal static class CallingCodeTable
{
    private const string Ng = CountryCallingCodes.NonGeographicRegion;

    private static readonly CallingCodeInfo[] Entries =
    [
        // Zone 1: North American Numbering Plan.
        E(1, "US CA AG AI AS BB BM BS DM DO GD GU JM KN KY LC MP MS PR SX TC TT VC VG VI", "10", trunk: "1", intl: "011"),

        // Zone 2: Africa and some Atlantic/Indian Ocean islands.
        E(20, "EG", "7-10", trunk: "0"),
        E(211, "SS", "9", trunk: "0"),
        E(212, "MA EH", "9", trunk: "0"),
        E(213, "DZ", "8-9", trunk: "0"),
        E(216, "TN", "8"),
        E(218, "LY", "8-9", trunk: "0"),
        E(220, "GM", "7"),
        E(221, "SN", "9"),
        E(222, "MR", "8"),
        E(223, "ML", "8"),
        E(224, "GN", "8-9"),
        E(225, "CI", "8,10", keepZero: true),
        E(226, "BF", "8"),
        E(227, "NE", "8"),
        E(228, "TG", "8"),
        E(229, "BJ", "8,10", keepZero: true),
        E(230, "MU", "7-8"),
        E(231, "LR", "7-9", trunk: "0"),
        E(232, "SL", "8", trunk: "0"),
        E(233, "GH", "9", trunk: "0"),
        E(234, "NG", "7-10", trunk: "0"),
        E(235, "TD", "8"),
        E(236, "CF", "8"),
        E(237, "CM", "8-9"),
        E(238, "CV", "7"),
        E(239, "ST", "7"),
        E(240, "GQ", "9"),
        E(241, "GA", "7-8", keepZero: true),
        E(242, "CG", "9", keepZero: true),
        E(243, "CD", "7-9", trunk: "0"),
        E(244, "AO", "9"),
        E(245, "GW", "7-9"),
        E(246, "IO", "7"),
        E(247, "AC", "4-6"),
        E(248, "SC", "7"),
        E(249, "SD", "9", trunk: "0"),
        E(250, "RW", "9", trunk: "0"),
        E(251, "ET", "9", trunk: "0"),
        E(252, "SO", "6-9", trunk: "0"),
        E(253, "DJ", "8"),
        E(254, "KE", "6-10", trunk: "0"),
        E(255, "TZ", "9", trunk: "0"),
        E(256, "UG", "9", trunk: "0"),
        E(257, "BI", "8"),
        E(258, "MZ", "8-9"),
        E(260, "ZM", "9", trunk: "0"),
        E(261, "MG", "9", trunk: "0"),
        E(262, "RE YT", "9", trunk: "0"),
        E(263, "ZW", "5-10", trunk: "0"),
        E(264, "NA", "6-10", trunk: "0"),
        E(265, "MW", "7-9", trunk: "0"),
        E(266, "LS", "8"),
        E(267, "BW", "7-8"),
        E(268, "SZ", "8"),
        E(269, "KM", "7"),
        E(27, "ZA", "9", trunk: "0"),
        E(290, "SH TA", "4-5"),
        E(291, "ER", "7", trunk: "0"),
        E(297, "AW", "7"),
        E(298, "FO", "6"),
        E(299, "GL", "6"),

        // Zones 3 and 4: Europe.
        E(30, "GR", "10"),
        E(31, "NL", "7-11", trunk: "0", nationalMax: 10),
        E(32, "BE", "8-9", trunk: "0"),
        E(33, "FR", "9", trunk: "0"),
        E(34, "ES", "9"),
        E(350, "GI", "8"),
        E(351, "PT", "9"),
        E(352, "LU", "4-11"),
        E(353, "IE", "7-10", trunk: "0"),
        E(354, "IS", "7-9"),
        E(355, "AL", "6-9", trunk: "0"),
        E(356, "MT", "8"),
        E(357, "CY", "8"),
        E(358, "FI AX", "5-12", trunk: "0", nationalMax: 10),
        E(359, "BG", "6-9", trunk: "0"),
        E(36, "HU", "8-9", trunk: "06,0"),
        E(370, "LT", "8", trunk: "8,0"),
        E(371, "LV", "8"),
        E(372, "EE", "7-10"),
        E(373, "MD", "8", trunk: "0"),
        E(374, "AM", "8", trunk: "0"),
        E(375, "BY", "9-10", trunk: "80,8,0", intl: "810"),
        E(376, "AD", "6-9"),
        E(377, "MC", "8-9", trunk: "0"),
        E(378, "SM", "6-10", keepZero: true),
        E(380, "UA", "9", trunk: "0"),
        E(381, "RS", "6-12", trunk: "0", nationalMax: 10),
        E(382, "ME", "8", trunk: "0"),
        E(383, "XK", "8-9", trunk: "0"),
        E(385, "HR", "6-9", trunk: "0"),
        E(386, "SI", "8", trunk: "0"),
        E(387, "BA", "8-9", trunk: "0"),
        E(389, "MK", "8", trunk: "0"),
        E(39, "IT VA", "6-11", keepZero: true),
        E(40, "RO", "9", trunk: "0"),
        E(41, "CH", "9,12", trunk: "0", nationalMax: 9),
        E(420, "CZ", "9"),
        E(421, "SK", "6-9", trunk: "0"),
        E(423, "LI", "7-9"),
        E(43, "AT", "4-13", trunk: "0", nationalMax: 11),
        E(44, "GB GG IM JE", "7-10", trunk: "0"),
        E(45, "DK", "8"),
        E(46, "SE", "6-12", trunk: "0", nationalMax: 10),
        E(47, "NO SJ", "5,8,12", nationalMax: 8),
        E(48, "PL", "9"),
        E(49, "DE", "5-13", trunk: "0", nationalMax: 11),

        // Zone 5: Central and South America, South Atlantic.
        E(500, "FK GS", "5"),
        E(501, "BZ", "7"),
        E(502, "GT", "8"),
        E(503, "SV", "7-11", nationalMax: 8),
        E(504, "HN", "8"),
        E(505, "NI", "8"),
        E(506, "CR", "8,10"),
        E(507, "PA", "7-8"),
        E(508, "PM", "6", trunk: "0"),
        E(509, "HT", "8"),
        E(51, "PE", "8-9", trunk: "0"),
        E(52, "MX", "10-11", nationalMax: 10),
        E(53, "CU", "6-8", trunk: "0"),
        E(54, "AR", "6-11", trunk: "0"),
        E(55, "BR", "8-11", trunk: "0"),
        E(56, "CL", "8-9"),
        E(57, "CO", "8-10"),
        E(58, "VE", "10", trunk: "0"),
        E(590, "GP BL MF", "9", trunk: "0"),
        E(591, "BO", "8", trunk: "0"),
        E(592, "GY", "7"),
        E(593, "EC", "8-9", trunk: "0"),
        E(594, "GF", "9", trunk: "0"),
        E(595, "PY", "6-9", trunk: "0"),
        E(596, "MQ", "9", trunk: "0"),
        E(597, "SR", "6-7"),
        E(598, "UY", "7-8", trunk: "0"),
        E(599, "CW BQ", "7-8"),

        // Zone 6: South-East Asia and Oceania.
        E(60, "MY", "8-10", trunk: "0"),
        E(61, "AU CX CC", "5-10", trunk: "0", intl: "0011"),
        E(62, "ID", "7-12", trunk: "0", nationalMax: 11),
        E(63, "PH", "8-10", trunk: "0"),
        E(64, "NZ PN", "8-10", trunk: "0"),
        E(65, "SG", "8,10-11", nationalMax: 8),
        E(66, "TH", "8-9", trunk: "0"),
        E(670, "TL", "7-8"),
        E(672, "NF", "5-6"),
        E(673, "BN", "7"),
        E(674, "NR", "7"),
        E(675, "PG", "7-8"),
        E(676, "TO", "5-7"),
        E(677, "SB", "5-7"),
        E(678, "VU", "5-7"),
        E(679, "FJ", "7"),
        E(680, "PW", "7"),
        E(681, "WF", "6-9"),
        E(682, "CK", "5"),
        E(683, "NU", "4-7"),
        E(685, "WS", "5-10"),
        E(686, "KI", "5-8"),
        E(687, "NC", "6"),
        E(688, "TV", "5-7"),
        E(689, "PF", "6-9"),
        E(690, "TK", "4-7"),
        E(691, "FM", "7"),
        E(692, "MH", "7"),

        // Zone 7: Russia and Kazakhstan.
        E(7, "RU KZ", "10", trunk: "8", intl: "810"),

        // Zone 8: East Asia and international services.
        E(800, Ng, "8"),
        E(808, Ng, "8"),
        E(81, "JP", "8-10", trunk: "0", intl: "010"),
        E(82, "KR", "7-10", trunk: "0"),
        E(84, "VN", "7-10", trunk: "0"),
        E(850, "KP", "8-10", trunk: "0"),
        E(852, "HK", "8-9"),
        E(853, "MO", "8"),
        E(855, "KH", "8-9", trunk: "0"),
        E(856, "LA", "8-10", trunk: "0"),
        E(86, "CN", "7-12", trunk: "0", nationalMax: 11),
        E(870, Ng, "9"),
        E(878, Ng, "10-12"),
        E(880, "BD", "6-10", trunk: "0"),
        E(881, Ng, "9-10"),
        E(882, Ng, "6-12"),
        E(883, Ng, "6-12"),
        E(886, "TW", "7-10", trunk: "0"),
        E(888, Ng, "6-12"),

        // Zone 9: Middle East, South and Central Asia.
        E(90, "TR", "7,10", trunk: "0"),
        E(91, "IN", "10-12", trunk: "0", nationalMax: 10),
        E(92, "PK", "8-11", trunk: "0", nationalMax: 10),
        E(93, "AF", "9", trunk: "0"),
        E(94, "LK", "9", trunk: "0"),
        E(95, "MM", "6-10", trunk: "0"),
        E(960, "MV", "7,10"),
        E(961, "LB", "7-8", trunk: "0"),
        E(962, "JO", "8-9", trunk: "0"),
        E(963, "SY", "8-9", trunk: "0"),
        E(964, "IQ", "8-10", trunk: "0"),
        E(965, "KW", "7-8"),
        E(966, "SA", "8-10", trunk: "0", nationalMax: 9),
        E(967, "YE", "7-9", trunk: "0"),
        E(968, "OM", "7-8"),
        E(970, "PS", "8-9", trunk: "0"),
        E(971, "AE", "5-12", trunk: "0", nationalMax: 9),
        E(972, "IL", "8-10", trunk: "0"),
        E(973, "BH", "8"),
        E(974, "QA", "7-10", nationalMax: 8),
        E(975, "BT", "7-8"),
        E(976, "MN", "7-10", trunk: "0", nationalMax: 8),
        E(977, "NP", "8-10", trunk: "0"),
        E(979, Ng, "9"),
        E(98, "IR", "6-10", trunk: "0"),
        E(992, "TJ", "9", trunk: "8", intl: "810"),
        E(993, "TM", "8", trunk: "8", intl: "810"),
        E(994, "AZ", "9", trunk: "0"),
        E(995, "GE", "9", trunk: "0"),
        E(996, "KG", "9", trunk: "0"),
        E(998, "UZ", "9", trunk: "8"),
    ];

    /// <summary>Index = calling code (0..999).</summary>
    private static readonly CallingCodeInfo?[] ByCode = BuildByCode();

    /// <summary>Region (case-insensitive) → its calling code. Non-geographic codes are not listed (region 001 has many).</summary>
    private static readonly FrozenDictionary<string, CallingCodeInfo> ByRegion = BuildByRegion();

    /// <summary>All calling codes, ascending.</summary>
    internal static readonly IReadOnlyList<int> AllCodes = Array.AsReadOnly(Entries.Select(e => e.Code).Order().ToArray());

    /// <summary>The entry of <paramref name="code"/>, or null.</summary>
    internal static CallingCodeInfo? Find(int code) => (uint)code < (uint)ByCode.Length ? ByCode[code] : null;

    /// <summary>The entry of a region (case-insensitive), or false. <c>UK</c> is accepted for <c>GB</c>.</summary>
    internal static bool TryFindRegion(string? region, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CallingCodeInfo? info)
    {
        if (string.IsNullOrEmpty(region))
        {
            info = null;
            return false;
        }

        return ByRegion.TryGetValue(region, out info);
    }

    /// <summary>The calling code that <paramref name="digits"/> (ASCII digits) starts with. Codes are prefix-free: at most one matches.</summary>
    internal static CallingCodeInfo? Match(ReadOnlySpan<char> digits)
    {
        int value = 0;
        for (int i = 0; i < 3 && i < digits.Length; i++)
        {
            char c = digits[i];
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            value = (value * 10) + (c - '0');
            if (ByCode[value] is { } info && info.CodeLength == i + 1)
            {
                return info;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="digits"/> (ASCII digits, no code matched) is the start of a longer known code.</summary>
    internal static bool IsProperPrefixOfCode(ReadOnlySpan<char> digits)
    {
        foreach (CallingCodeInfo info in Entries)
        {
            if (info.CodeLength > digits.Length && info.CodeText.AsSpan().StartsWith(digits, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static CallingCodeInfo?[] BuildByCode()
    {
        var table = new CallingCodeInfo?[1000];
        foreach (CallingCodeInfo info in Entries)
        {
            if (table[info.Code] is not null)
            {
                throw new InvalidOperationException($"Duplicate calling code {info.Code}.");
            }

            table[info.Code] = info;
        }

        return table;
    }

    private static FrozenDictionary<string, CallingCodeInfo> BuildByRegion()
    {
        var map = new Dictionary<string, CallingCodeInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (CallingCodeInfo info in Entries)
        {
            if (info.IsNonGeographic)
            {
                continue;
            }

            foreach (string region in info.Regions)
            {
                map.Add(region, info);
            }
        }

        map.Add("UK", map["GB"]);
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static CallingCodeInfo E(
        int code,
        string regions,
        string lengths,
        string trunk = "",
        int nationalMax = 0,
        string intl = "",
        bool keepZero = false)
    {
        string[] regionList = regions == Ng ? [Ng] : regions.Split(' ');
        return new CallingCodeInfo(
            code,
            regionList,
            ParseLengths(lengths),
            trunk.Length == 0 ? [] : trunk.Split(','),
            nationalMax,
            intl.Length == 0 ? [] : intl.Split(','),
            keepZero);
    }

    private static int[] ParseLengths(string spec)
    {
        var lengths = new SortedSet<int>();
        foreach (string part in spec.Split(','))
        {
            int dash = part.IndexOf('-', StringComparison.Ordinal);
            int from = int.Parse(dash < 0 ? part : part[..dash], CultureInfo.InvariantCulture);
            int to = dash < 0 ? from : int.Parse(part[(dash + 1)..], CultureInfo.InvariantCulture);
            for (int length = from; length <= to; length++)
            {
                lengths.Add(length);
            }
        }

        return [.. lengths];
    }
}
