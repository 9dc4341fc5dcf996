namespace NumberIntel.Client.Testing.Profiles;

/// <summary>United Kingdom (+44): mobiles 07, geographic 01/02, UK-wide 03, freephone 080, shared cost 084/087, premium 09, VoIP 056.</summary>
internal sealed class UnitedKingdomPlan : CountryPlan
{
    private static readonly Carrier Ee = new("EE", "EE Limited", "30");
    private static readonly Carrier Vodafone = new("Vodafone", "Vodafone UK", "15");
    private static readonly Carrier O2 = new("O2", "Telefonica UK", "10");
    private static readonly Carrier Three = new("Three", "Hutchison 3G UK", "20");

    public override string Iso => "GB";

    public override int CallingCode => 44;

    public override string Name => "United Kingdom";

    public override string Mcc => "234";

    public override string TrunkPrefix => "0";

    public override string DefaultTimezone => "Europe/London";

    public override Carrier VoipCarrier { get; } = new("Gamma Telecom", "Gamma Telecom Holdings Ltd");

    public override IReadOnlyList<Carrier> MobileCarriers { get; } = [Ee, Vodafone, O2, Three];

    public override IReadOnlyList<Carrier> FixedCarriers { get; } = [new("BT", "British Telecommunications PLC"), new("Virgin Media", "Virgin Media Ltd")];

    public override EmulatedLineType? Classify(string national)
    {
        var length = national.Length;
        if (length is < 9 or > 10)
        {
            return null;
        }

        return national switch
        {
            _ when national.StartsWith("70", StringComparison.Ordinal) => length == 10 ? EmulatedLineType.Personal : null,
            _ when national.StartsWith("76", StringComparison.Ordinal) && !national.StartsWith("7624", StringComparison.Ordinal) => length == 10 ? EmulatedLineType.Pager : null,
            _ when national.StartsWith('7') => length == 10 ? EmulatedLineType.Mobile : null,
            _ when national.StartsWith('1') || national.StartsWith('2') => EmulatedLineType.Landline,
            _ when national.StartsWith('3') => length == 10 ? EmulatedLineType.Landline : null,
            _ when national.StartsWith("800", StringComparison.Ordinal) || national.StartsWith("808", StringComparison.Ordinal) => EmulatedLineType.TollFree,
            _ when national.StartsWith("84", StringComparison.Ordinal) || national.StartsWith("87", StringComparison.Ordinal) => length == 10 ? EmulatedLineType.SharedCost : null,
            _ when national.StartsWith('9') => length == 10 ? EmulatedLineType.PremiumRate : null,
            _ when national.StartsWith("56", StringComparison.Ordinal) => length == 10 ? EmulatedLineType.Voip : null,
            _ when national.StartsWith("55", StringComparison.Ordinal) => length == 10 ? EmulatedLineType.Landline : null,
            _ => null,
        };
    }

    public override string FormatLocal(string national)
    {
        if (national.StartsWith('7') && national.Length == 10)
        {
            return string.Concat("0", national.AsSpan(0, 4), " ", national.AsSpan(4));
        }

        if (national.StartsWith('2') && national.Length == 10)
        {
            return $"0{national[..2]} {national[2..6]} {national[6..]}";
        }

        return national.Length == 10
            ? $"0{national[..3]} {national[3..6]} {national[6..]}"
            : string.Concat("0", national.AsSpan(0, 3), " ", national.AsSpan(3));
    }

    public override Carrier MobileCarrierOf(string national) => StableHash.Choose(national, "gb-mobile-range", MobileCarriers);

    public override Place PlaceOf(string national, EmulatedLineType lineType)
    {
        if (lineType != EmulatedLineType.Landline)
        {
            return Place.Unknown(DefaultTimezone);
        }

        return national switch
        {
            _ when national.StartsWith("20", StringComparison.Ordinal) => new Place("England", "London", "N/A", DefaultTimezone),
            _ when national.StartsWith("121", StringComparison.Ordinal) => new Place("England", "Birmingham", "N/A", DefaultTimezone),
            _ when national.StartsWith("161", StringComparison.Ordinal) => new Place("England", "Manchester", "N/A", DefaultTimezone),
            _ when national.StartsWith("113", StringComparison.Ordinal) => new Place("England", "Leeds", "N/A", DefaultTimezone),
            _ when national.StartsWith("131", StringComparison.Ordinal) => new Place("Scotland", "Edinburgh", "N/A", DefaultTimezone),
            _ when national.StartsWith("29", StringComparison.Ordinal) => new Place("Wales", "Cardiff", "N/A", DefaultTimezone),
            _ when national.StartsWith("28", StringComparison.Ordinal) => new Place("Northern Ireland", "Belfast", "N/A", DefaultTimezone),
            _ => Place.Unknown(DefaultTimezone),
        };
    }
}
