using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>Bind's <c>scoring</c> object.</summary>
public sealed record BindScoring
{
    /// <summary><c>credibility</c>: how credible the number is.</summary>
    [JsonPropertyName("credibility")]
    [JsonConverter(typeof(CredibilityConverter))]
    public Credibility Credibility { get; init; }

    /// <summary>Fields this version of the SDK does not model.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
