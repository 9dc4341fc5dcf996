namespace NumberIntel.Client;

/// <summary>Which vendors an assessment asks, trading cost for certainty.</summary>
public enum VendorStrategy
{
    /// <summary>Ask every configured vendor, concurrently; the lower label wins. The default.</summary>
    Both = 0,

    /// <summary>Ask Bind only.</summary>
    BindOnly,

    /// <summary>Ask IPQS only.</summary>
    IpqsOnly,

    /// <summary>
    /// Ask the first vendor (<see cref="NumberIntelOptions.CascadeFirst"/>) and the second only when the first one's label is
    /// <c>uncertain</c> or <c>likely</c> — i.e. neither settled (<c>verified</c>) nor already damning (<c>low</c>, <c>invalid</c>) —
    /// or when the first vendor failed.
    /// </summary>
    Cascade,
}
