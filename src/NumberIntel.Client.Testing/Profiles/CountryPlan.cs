namespace NumberIntel.Client.Testing.Profiles;

/// <summary>
/// What the emulator's "vendor database" knows about one country's numbering plan: which national numbers are
/// valid and of which line type, the networks, places and local format. Deliberately small: enough for plausible,
/// deterministic answers, not a numbering-plan reference.
/// </summary>
internal abstract class CountryPlan
{
    /// <summary>ISO 3166-1 alpha-2 code, e.g. <c>HR</c>.</summary>
    public abstract string Iso { get; }

    /// <summary>ITU calling code, e.g. <c>385</c>.</summary>
    public abstract int CallingCode { get; }

    /// <summary>The name Bind reports in <c>country_name</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The country's mobile country code (MCC).</summary>
    public abstract string Mcc { get; }

    /// <summary>The national trunk prefix dialled before national numbers (<c>0</c>, or <c>1</c> in NANP).</summary>
    public abstract string TrunkPrefix { get; }

    /// <summary>The time zone of numbers with no better-known place.</summary>
    public abstract string DefaultTimezone { get; }

    /// <summary>The network of VoIP numbers.</summary>
    public abstract Carrier VoipCarrier { get; }

    /// <summary>The line type of a national number, or null when the number is not valid in this plan.</summary>
    public abstract EmulatedLineType? Classify(string national);

    /// <summary>The national number as people write it locally (IPQS <c>local_format</c>).</summary>
    public abstract string FormatLocal(string national);

    /// <summary>The mobile network a national mobile number was issued by.</summary>
    public abstract Carrier MobileCarrierOf(string national);

    /// <summary>All mobile networks (porting moves numbers between them).</summary>
    public abstract IReadOnlyList<Carrier> MobileCarriers { get; }

    /// <summary>Fixed-line networks.</summary>
    public abstract IReadOnlyList<Carrier> FixedCarriers { get; }

    /// <summary>Where a number is, as far as IPQS would know.</summary>
    public abstract Place PlaceOf(string national, EmulatedLineType lineType);

    /// <summary>Groups <paramref name="digits"/> as 3+4 (7 digits), 3+3 (6 digits) or leaves them.</summary>
    protected static string Group(string digits) => digits.Length switch
    {
        7 => string.Concat(digits.AsSpan(0, 3), " ", digits.AsSpan(3)),
        6 => string.Concat(digits.AsSpan(0, 3), " ", digits.AsSpan(3)),
        8 => string.Concat(digits.AsSpan(0, 4), " ", digits.AsSpan(4)),
        _ => digits,
    };
}
