namespace NumberIntel.Client.Resilience;

/// <summary>Per-request settings the typed clients pass to the handlers.</summary>
internal static class NumberIntelHttpRequestOptions
{
    /// <summary>How many rate-limit permits a request needs (Bind: the MSISDNs in the batch). Default 1.</summary>
    public static readonly HttpRequestOptionsKey<int> Permits = new("NumberIntel.Permits");
}
