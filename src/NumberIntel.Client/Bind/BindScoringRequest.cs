using System.Text.Json.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>The body of <c>POST /lookup/number-scoring</c>.</summary>
internal sealed record BindScoringRequest
{
    [JsonPropertyName("msisdn")]
    public required IReadOnlyList<string> Msisdn { get; init; }

    [JsonPropertyName("callback_url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CallbackUrl { get; init; }
}
