namespace NumberIntel.Client.Confidence;

/// <summary>The canonical line type both vendors' answers are mapped onto.</summary>
public enum LineType
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>A mobile (wireless) line.</summary>
    Mobile,

    /// <summary>A fixed (landline) line.</summary>
    FixedLine,

    /// <summary>A number that may be fixed or mobile (numbering plans that do not tell them apart, e.g. US/CA).</summary>
    FixedLineOrMobile,

    /// <summary>A toll-free number.</summary>
    TollFree,

    /// <summary>A premium-rate number.</summary>
    PremiumRate,

    /// <summary>A shared-cost number.</summary>
    SharedCost,

    /// <summary>A VoIP number.</summary>
    Voip,

    /// <summary>A personal number.</summary>
    PersonalNumber,

    /// <summary>A pager.</summary>
    Pager,

    /// <summary>A universal access number (UAN).</summary>
    Uan,

    /// <summary>A voicemail access number.</summary>
    Voicemail,

    /// <summary>A satellite phone.</summary>
    Satellite,

    /// <summary>An emergency number.</summary>
    Emergency,
}
