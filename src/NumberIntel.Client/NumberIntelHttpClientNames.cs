namespace NumberIntel.Client;

/// <summary>The names of the <c>IHttpClientFactory</c> clients NumberIntel registers, for hosts that want to add handlers.</summary>
public static class NumberIntelHttpClientNames
{
    /// <summary>The Bind client: <c>NumberIntel.Bind</c>.</summary>
    public const string Bind = "NumberIntel.Bind";

    /// <summary>The IPQS client: <c>NumberIntel.Ipqs</c>.</summary>
    public const string Ipqs = "NumberIntel.Ipqs";
}
