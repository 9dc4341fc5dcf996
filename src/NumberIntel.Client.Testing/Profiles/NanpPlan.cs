using System.Collections.Frozen;

namespace NumberIntel.Client.Testing.Profiles;

/// <summary>
/// The North American Numbering Plan (+1) for one country (US or CA): ten digits <c>NXX NXX XXXX</c>, toll-free 8xx,
/// premium 900. NANP numbers do not tell mobiles from landlines, so the vendors' "database" decides by a stable hash.
/// </summary>
internal sealed class NanpPlan : CountryPlan
{
    private static readonly FrozenSet<string> TollFreeAreaCodes =
        new[] { "800", "833", "844", "855", "866", "877", "888" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PersonalAreaCodes =
        new[] { "500", "521", "522", "533", "544", "566", "577", "588" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, Place> _places;

    private NanpPlan(string iso, string name, string mcc, string timezone, Carrier voip, Carrier[] mobile, Carrier[] fixedLine, Dictionary<string, Place> places)
    {
        Iso = iso;
        Name = name;
        Mcc = mcc;
        DefaultTimezone = timezone;
        VoipCarrier = voip;
        MobileCarriers = mobile;
        FixedCarriers = fixedLine;
        _places = places.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The United States.</summary>
    public static NanpPlan UnitedStates { get; } = new(
        "US",
        "United States",
        "310",
        "America/New_York",
        new Carrier("Onvoy", "Onvoy, LLC"),
        [
            new Carrier("Verizon Wireless", "Verizon Wireless", "480", "vtext.com"),
            new Carrier("T-Mobile USA", "T-Mobile USA, Inc.", "260", "tmomail.net"),
            new Carrier("AT&T Mobility", "AT&T Wireless", "410", "txt.att.net"),
        ],
        [new Carrier("AT&T", "AT&T Corp."), new Carrier("Verizon", "Verizon Communications")],
        new Dictionary<string, Place>(StringComparer.Ordinal)
        {
            ["201"] = new("New Jersey", "Jersey City", "07302", "America/New_York"),
            ["202"] = new("District of Columbia", "Washington", "20001", "America/New_York"),
            ["206"] = new("Washington", "Seattle", "98101", "America/Los_Angeles"),
            ["212"] = new("New York", "New York", "10001", "America/New_York"),
            ["213"] = new("California", "Los Angeles", "90012", "America/Los_Angeles"),
            ["303"] = new("Colorado", "Denver", "80202", "America/Denver"),
            ["305"] = new("Florida", "Miami", "33101", "America/New_York"),
            ["312"] = new("Illinois", "Chicago", "60601", "America/Chicago"),
            ["404"] = new("Georgia", "Atlanta", "30303", "America/New_York"),
            ["415"] = new("California", "San Francisco", "94102", "America/Los_Angeles"),
            ["512"] = new("Texas", "Austin", "78701", "America/Chicago"),
            ["602"] = new("Arizona", "Phoenix", "85004", "America/Phoenix"),
            ["617"] = new("Massachusetts", "Boston", "02108", "America/New_York"),
            ["702"] = new("Nevada", "Las Vegas", "89101", "America/Los_Angeles"),
            ["713"] = new("Texas", "Houston", "77002", "America/Chicago"),
            ["786"] = new("Florida", "Miami", "33130", "America/New_York"),
        });

    /// <summary>Canada.</summary>
    public static NanpPlan Canada { get; } = new(
        "CA",
        "Canada",
        "302",
        "America/Toronto",
        new Carrier("Fonggo", "Fonggo Inc."),
        [
            new Carrier("Rogers", "Rogers Communications", "720", "pcs.rogers.com"),
            new Carrier("Bell Mobility", "Bell Mobility", "610", "txt.bell.ca"),
            new Carrier("Telus", "Telus Mobility", "220", "msg.telus.com"),
        ],
        [new Carrier("Bell Canada", "Bell Canada"), new Carrier("Telus", "Telus Communications")],
        new Dictionary<string, Place>(StringComparer.Ordinal)
        {
            ["204"] = new("Manitoba", "Winnipeg", "R3C", "America/Winnipeg"),
            ["306"] = new("Saskatchewan", "Regina", "S4P", "America/Regina"),
            ["403"] = new("Alberta", "Calgary", "T2P", "America/Edmonton"),
            ["416"] = new("Ontario", "Toronto", "M5H", "America/Toronto"),
            ["514"] = new("Quebec", "Montreal", "H2Y", "America/Toronto"),
            ["604"] = new("British Columbia", "Vancouver", "V6B", "America/Vancouver"),
            ["613"] = new("Ontario", "Ottawa", "K1P", "America/Toronto"),
            ["647"] = new("Ontario", "Toronto", "M5V", "America/Toronto"),
            ["780"] = new("Alberta", "Edmonton", "T5J", "America/Edmonton"),
            ["902"] = new("Nova Scotia", "Halifax", "B3H", "America/Halifax"),
        });

    public override string Iso { get; }

    public override int CallingCode => 1;

    public override string Name { get; }

    public override string Mcc { get; }

    public override string TrunkPrefix => "1";

    public override string DefaultTimezone { get; }

    public override Carrier VoipCarrier { get; }

    public override IReadOnlyList<Carrier> MobileCarriers { get; }

    public override IReadOnlyList<Carrier> FixedCarriers { get; }

    /// <summary>Whether ten digits have the NANP shape <c>NXX NXX XXXX</c> with a non-N11 area code.</summary>
    public static bool IsWellFormed(string national) =>
        national.Length == 10
        && national.All(char.IsAsciiDigit)
        && national[0] is >= '2' and <= '9'
        && national[3] is >= '2' and <= '9'
        && !(national[1] == '1' && national[2] == '1');

    public override EmulatedLineType? Classify(string national)
    {
        if (!IsWellFormed(national))
        {
            return null;
        }

        var area = national[..3];
        if (TollFreeAreaCodes.Contains(area))
        {
            return EmulatedLineType.TollFree;
        }

        if (area == "900")
        {
            return EmulatedLineType.PremiumRate;
        }

        if (PersonalAreaCodes.Contains(area))
        {
            return EmulatedLineType.Personal;
        }

        return StableHash.Pick(national, "nanp-line", 100) switch
        {
            < 75 => EmulatedLineType.Mobile,
            < 95 => EmulatedLineType.Landline,
            _ => EmulatedLineType.Voip,
        };
    }

    public override string FormatLocal(string national) =>
        national.Length == 10
            ? $"({national[..3]}) {national[3..6]}-{national[6..]}"
            : national;

    public override Carrier MobileCarrierOf(string national) => StableHash.Choose(national, "nanp-mobile", MobileCarriers);

    public override Place PlaceOf(string national, EmulatedLineType lineType)
    {
        if (lineType is EmulatedLineType.TollFree or EmulatedLineType.PremiumRate or EmulatedLineType.Personal)
        {
            return Place.Unknown("N/A");
        }

        return _places.TryGetValue(national[..3], out var place) ? place : Place.Unknown(DefaultTimezone);
    }
}
