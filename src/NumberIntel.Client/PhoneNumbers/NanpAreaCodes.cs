namespace NumberIntel.Client.PhoneNumbers;

/// <summary>
/// North American Numbering Plan area codes that belong to a region other than the United States: Canada and the
/// Caribbean and Pacific members of NANP. Every other area code (including the shared toll-free 8XX codes) maps to <c>US</c>.
/// </summary>
internal static class NanpAreaCodes
{
    // Region → its area codes. Canada includes its non-geographic 600 and 622 codes.
    private static readonly (string Region, string AreaCodes)[] Table =
    [
        ("CA", "204 226 236 249 250 257 263 289 306 343 354 365 367 368 382 403 416 418 428 431 437 438 450 468 474 "
            + "506 514 519 548 579 581 584 587 600 604 613 622 639 647 672 683 705 709 742 753 778 780 782 807 819 "
            + "825 867 873 879 902 905 942"),
        ("AG", "268"),
        ("AI", "264"),
        ("AS", "684"),
        ("BB", "246"),
        ("BM", "441"),
        ("BS", "242"),
        ("DM", "767"),
        ("DO", "809 829 849"),
        ("GD", "473"),
        ("GU", "671"),
        ("JM", "658 876"),
        ("KN", "869"),
        ("KY", "345"),
        ("LC", "758"),
        ("MP", "670"),
        ("MS", "664"),
        ("PR", "787 939"),
        ("SX", "721"),
        ("TC", "649"),
        ("TT", "868"),
        ("VC", "784"),
        ("VG", "284"),
        ("VI", "340"),
    ];

    // Index = area code (0..999); null = United States (the main region).
    private static readonly string?[] RegionByAreaCode = Build();

    /// <summary>The NANP regions that own at least one area code in the table (for tests and documentation).</summary>
    internal static IEnumerable<(string Region, int AreaCode)> Entries
    {
        get
        {
            for (int i = 0; i < RegionByAreaCode.Length; i++)
            {
                if (RegionByAreaCode[i] is { } region)
                {
                    yield return (region, i);
                }
            }
        }
    }

    /// <summary>The non-US region of a three-digit area code, or null (United States or unknown).</summary>
    internal static string? RegionFor(ReadOnlySpan<char> areaCode)
    {
        if (areaCode.Length != 3)
        {
            return null;
        }

        int value = 0;
        foreach (char c in areaCode)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        return RegionByAreaCode[value];
    }

    private static string?[] Build()
    {
        var regions = new string?[1000];
        foreach ((string region, string areaCodes) in Table)
        {
            foreach (Range range in areaCodes.AsSpan().Split(' '))
            {
                int areaCode = int.Parse(areaCodes.AsSpan()[range], System.Globalization.CultureInfo.InvariantCulture);
                regions[areaCode] = region;
            }
        }

        return regions;
    }
}
