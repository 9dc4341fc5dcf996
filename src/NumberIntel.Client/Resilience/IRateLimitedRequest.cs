namespace NumberIntel.Client.Resilience;

/// <summary>
/// A request body that needs more than one rate-limit permit (Bind: one per MSISDN in the batch). The rate limiter asks
/// the body, so it does not need to know the vendor's types.
/// </summary>
internal interface IRateLimitedRequest
{
    /// <summary>The permits the request needs; 0 or less counts as 1.</summary>
    int Permits { get; }
}
