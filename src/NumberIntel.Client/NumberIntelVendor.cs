namespace NumberIntel.Client;

/// <summary>The vendor APIs this SDK talks to.</summary>
public enum NumberIntelVendor
{
    /// <summary>Bind number scoring (<c>POST /lookup/number-scoring</c>).</summary>
    Bind = 1,

    /// <summary>IPQS phone validation (<c>GET json/phone</c>).</summary>
    Ipqs = 2,
}
