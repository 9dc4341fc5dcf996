using System.Text.Json.Serialization;
using NumberIntel.Client.Resilience;

namespace NumberIntel.Client.Bind;

/// <summary>The body of <c>POST /lookup/number-scoring</c> (<see cref="IBindApi.ScoreAsync"/>).</summary>
public sealed record BindScoringRequest : IRateLimitedRequest
{
    /// <summary><c>msisdn</c>: the numbers to score, digits only, country code first (at most 100).</summary>
    [JsonPropertyName("msisdn")]
    public required IReadOnlyList<string> Msisdn { get; init; }

    /// <summary><c>callback_url</c>: where Bind posts results that were not ready in time; not sent when null.</summary>
    [JsonPropertyName("callback_url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CallbackUrl { get; init; }

    /// <summary>One rate-limit permit per MSISDN.</summary>
    int IRateLimitedRequest.Permits => Msisdn.Count;
}
