namespace NumberIntel.Client.Testing.Profiles;

/// <summary>The line types the emulator's "vendor database" knows, with each vendor's wire spelling.</summary>
internal enum EmulatedLineType
{
    Mobile,
    Landline,
    TollFree,
    SharedCost,
    PremiumRate,
    Voip,
    Pager,
    Personal,
}

/// <summary>Wire spellings of <see cref="EmulatedLineType"/>.</summary>
internal static class EmulatedLineTypeExtensions
{
    /// <summary>Bind's <c>phone.type</c>: <c>landline</c>, <c>mobile</c>, <c>toll_free</c>, <c>shared_cost</c>, <c>voip</c>, <c>emergency</c> or <c>n/a</c>.</summary>
    public static string BindType(this EmulatedLineType type) => type switch
    {
        EmulatedLineType.Mobile => "mobile",
        EmulatedLineType.Landline => "landline",
        EmulatedLineType.TollFree => "toll_free",
        EmulatedLineType.SharedCost => "shared_cost",
        EmulatedLineType.Voip => "voip",
        _ => "n/a",
    };

    /// <summary>IPQS's <c>line_type</c>: an open string; shared-cost and personal numbers come back as <c>N/A</c>.</summary>
    public static string IpqsLineType(this EmulatedLineType type) => type switch
    {
        EmulatedLineType.Mobile => "Wireless",
        EmulatedLineType.Landline => "Landline",
        EmulatedLineType.TollFree => "Toll Free",
        EmulatedLineType.PremiumRate => "Premium Rate",
        EmulatedLineType.Voip => "VOIP",
        EmulatedLineType.Pager => "Pager",
        _ => "N/A",
    };
}
