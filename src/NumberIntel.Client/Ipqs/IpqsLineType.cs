namespace NumberIntel.Client.Ipqs;

/// <summary>IPQS <c>line_type</c> mapped to a closed set (the wire value is an open string).</summary>
public enum IpqsLineType
{
    /// <summary><c>N/A</c>, <c>Unknown</c>, missing, or a value this SDK does not know yet.</summary>
    Unknown = 0,

    /// <summary><c>Wireless</c> or <c>Mobile</c>.</summary>
    Wireless,

    /// <summary><c>Landline</c>.</summary>
    Landline,

    /// <summary><c>Toll Free</c> / <c>Toll-Free</c>.</summary>
    TollFree,

    /// <summary><c>VOIP</c>.</summary>
    Voip,

    /// <summary><c>Pager</c>.</summary>
    Pager,

    /// <summary><c>Premium Rate</c>.</summary>
    PremiumRate,

    /// <summary><c>Satellite</c>.</summary>
    Satellite,

    /// <summary><c>Internet Service Provider</c>.</summary>
    InternetServiceProvider,
}
