namespace NumberIntel.Client.Testing.Profiles;

/// <summary>Germany (+49): mobiles 015x/016x/017x, geographic 02–09, freephone 0800, shared cost 0180, premium 0900, VoIP 032, personal 0700.</summary>
internal sealed class GermanyPlan : CountryPlan
{
    private static readonly Carrier Telekom = new("Telekom", "Telekom Deutschland GmbH", "01");
    private static readonly Carrier Vodafone = new("Vodafone", "Vodafone GmbH", "02");
    private static readonly Carrier O2 = new("O2", "Telefonica Germany GmbH & Co. oHG", "03");

    public override string Iso => "DE";

    public override int CallingCode => 49;

    public override string Name => "Germany";

    public override string Mcc => "262";

    public override string TrunkPrefix => "0";

    public override string DefaultTimezone => "Europe/Berlin";

    public override Carrier VoipCarrier { get; } = new("sipgate", "sipgate GmbH");

    public override IReadOnlyList<Carrier> MobileCarriers { get; } = [Telekom, Vodafone, O2];

    public override IReadOnlyList<Carrier> FixedCarriers { get; } = [new("Deutsche Telekom", "Deutsche Telekom AG"), new("Vodafone", "Vodafone GmbH")];

    public override EmulatedLineType? Classify(string national)
    {
        var length = national.Length;
        return national switch
        {
            _ when national.StartsWith("15", StringComparison.Ordinal) => length == 11 ? EmulatedLineType.Mobile : null,
            _ when national.StartsWith("16", StringComparison.Ordinal) || national.StartsWith("17", StringComparison.Ordinal) =>
                length is 10 or 11 ? EmulatedLineType.Mobile : null,
            _ when national.StartsWith("800", StringComparison.Ordinal) => length is >= 10 and <= 15 ? EmulatedLineType.TollFree : null,
            _ when national.StartsWith("180", StringComparison.Ordinal) => length == 10 ? EmulatedLineType.SharedCost : null,
            _ when national.StartsWith("900", StringComparison.Ordinal) || national.StartsWith("137", StringComparison.Ordinal) =>
                length == 10 ? EmulatedLineType.PremiumRate : null,
            _ when national.StartsWith("700", StringComparison.Ordinal) => length == 10 ? EmulatedLineType.Personal : null,
            _ when national.StartsWith("32", StringComparison.Ordinal) => length is 10 or 11 ? EmulatedLineType.Voip : null,
            _ when national.StartsWith('1') || national.StartsWith('0') => null,
            _ => length is >= 7 and <= 11 ? EmulatedLineType.Landline : null,
        };
    }

    public override string FormatLocal(string national)
    {
        var prefixLength = national switch
        {
            _ when national.StartsWith('1') || national.StartsWith("800", StringComparison.Ordinal) || national.StartsWith("900", StringComparison.Ordinal)
                || national.StartsWith("700", StringComparison.Ordinal) || national.StartsWith("32", StringComparison.Ordinal) => 3,
            _ when national.StartsWith("30", StringComparison.Ordinal) || national.StartsWith("40", StringComparison.Ordinal)
                || national.StartsWith("69", StringComparison.Ordinal) || national.StartsWith("89", StringComparison.Ordinal) => 2,
            _ => 3,
        };
        return string.Concat("0", national.AsSpan(0, prefixLength), " ", national.AsSpan(prefixLength));
    }

    public override Carrier MobileCarrierOf(string national) => national[..3] switch
    {
        "151" or "160" or "170" or "171" or "175" => Telekom,
        "152" or "162" or "172" or "173" or "174" => Vodafone,
        _ => O2,
    };

    public override Place PlaceOf(string national, EmulatedLineType lineType)
    {
        if (lineType != EmulatedLineType.Landline)
        {
            return Place.Unknown(DefaultTimezone);
        }

        return national switch
        {
            _ when national.StartsWith("30", StringComparison.Ordinal) => new Place("Berlin", "Berlin", "10115", DefaultTimezone),
            _ when national.StartsWith("40", StringComparison.Ordinal) => new Place("Hamburg", "Hamburg", "20095", DefaultTimezone),
            _ when national.StartsWith("89", StringComparison.Ordinal) => new Place("Bayern", "München", "80331", DefaultTimezone),
            _ when national.StartsWith("69", StringComparison.Ordinal) => new Place("Hessen", "Frankfurt am Main", "60311", DefaultTimezone),
            _ when national.StartsWith("221", StringComparison.Ordinal) => new Place("Nordrhein-Westfalen", "Köln", "50667", DefaultTimezone),
            _ => Place.Unknown(DefaultTimezone),
        };
    }
}
