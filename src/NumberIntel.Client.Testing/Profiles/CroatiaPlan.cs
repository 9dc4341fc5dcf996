namespace NumberIntel.Client.Testing.Profiles;

/// <summary>Croatia (+385): mobiles 9x, Zagreb 01, other areas 0xx, freephone 0800, premium 06x, UAN/shared cost 072.</summary>
internal sealed class CroatiaPlan : CountryPlan
{
    private static readonly Carrier A1 = new("A1", "A1 Hrvatska", "10");
    private static readonly Carrier TMobile = new("T-Mobile", "Hrvatski Telekom", "01");
    private static readonly Carrier Telemach = new("Telemach", "Telemach Hrvatska", "02");
    private static readonly string[] AreaCodes = ["20", "21", "22", "23", "31", "32", "33", "34", "35", "40", "42", "43", "44", "47", "48", "49", "51", "52", "53"];

    public override string Iso => "HR";

    public override int CallingCode => 385;

    public override string Name => "Croatia";

    public override string Mcc => "219";

    public override string TrunkPrefix => "0";

    public override string DefaultTimezone => "Europe/Zagreb";

    public override Carrier VoipCarrier { get; } = new("Iskon Internet", "Iskon Internet d.d.");

    public override IReadOnlyList<Carrier> MobileCarriers { get; } = [A1, TMobile, Telemach];

    public override IReadOnlyList<Carrier> FixedCarriers { get; } = [new("Hrvatski Telekom", "Hrvatski Telekom d.d."), new("A1", "A1 Hrvatska d.o.o.")];

    public override EmulatedLineType? Classify(string national)
    {
        var length = national.Length;
        return national switch
        {
            _ when national.StartsWith("800", StringComparison.Ordinal) => length is >= 7 and <= 9 ? EmulatedLineType.TollFree : null,
            _ when national.StartsWith('9') => length is 8 or 9 && national[1] is '1' or '2' or '5' or '7' or '8' or '9' ? EmulatedLineType.Mobile : null,
            _ when national.StartsWith('1') => length == 8 ? EmulatedLineType.Landline : null,
            _ when national.StartsWith("72", StringComparison.Ordinal) => length is 8 or 9 ? EmulatedLineType.SharedCost : null,
            _ when national.StartsWith('6') => length is >= 7 and <= 9 && national[1] is '0' or '1' or '4' or '5' or '9' ? EmulatedLineType.PremiumRate : null,
            _ when length >= 2 && AreaCodes.Contains(national[..2]) => length is 8 or 9 ? EmulatedLineType.Landline : null,
            _ => null,
        };
    }

    public override string FormatLocal(string national)
    {
        var prefixLength = national.StartsWith('1') ? 1 : national.StartsWith("800", StringComparison.Ordinal) ? 3 : 2;
        return string.Concat("0", national.AsSpan(0, prefixLength), " ", Group(national[prefixLength..]));
    }

    public override Carrier MobileCarrierOf(string national) => national[1] switch
    {
        '1' or '2' => A1,
        '5' => Telemach,
        _ => TMobile,
    };

    public override Place PlaceOf(string national, EmulatedLineType lineType)
    {
        if (lineType != EmulatedLineType.Landline)
        {
            return Place.Unknown(DefaultTimezone);
        }

        return national switch
        {
            _ when national.StartsWith('1') => new Place("Grad Zagreb", "Zagreb", "10000", DefaultTimezone),
            _ when national.StartsWith("21", StringComparison.Ordinal) => new Place("Splitsko-dalmatinska", "Split", "21000", DefaultTimezone),
            _ when national.StartsWith("51", StringComparison.Ordinal) => new Place("Primorsko-goranska", "Rijeka", "51000", DefaultTimezone),
            _ when national.StartsWith("31", StringComparison.Ordinal) => new Place("Osječko-baranjska", "Osijek", "31000", DefaultTimezone),
            _ => Place.Unknown(DefaultTimezone),
        };
    }
}
