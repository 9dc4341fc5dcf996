namespace NumberIntel.Client.Testing;

/// <summary>Where a request carried its API key.</summary>
public enum EmulatorApiKeyLocation
{
    /// <summary>No key was sent.</summary>
    None,

    /// <summary>In the vendor's header (<c>X-API-KEY</c> for Bind, <c>IPQS-KEY</c> for IPQS): the only form the SDK uses.</summary>
    Header,

    /// <summary>In the URL path (<c>json/phone/{key}/{phone}</c>): IPQS accepts it, the SDK never sends it.</summary>
    Path,
}
