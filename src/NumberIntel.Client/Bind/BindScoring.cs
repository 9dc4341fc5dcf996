using System.Text.Json;
using System.Text.Json.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>Bind's <c>scoring</c> object.</summary>
public sealed record BindScoring
{
    /// <summary><c>credibility</c>: how credible the number is.</summary>
    [JsonPropertyName("credibility")]
    [JsonConverter(typeof(CredibilityConverter))]
    public Credibility Credibility { get; init; }

    private Dictionary<string, JsonElement>? _additionalProperties;

    /// <summary>Fields this version of the SDK does not model.</summary>
    [JsonIgnore]
    public Dictionary<string, JsonElement>? AdditionalProperties
    {
        get => _additionalProperties;
        init => _additionalProperties = value;
    }

    /// <summary>JSON binding of <see cref="AdditionalProperties"/>: source generation cannot bind extension data through an <c>init</c> accessor.</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData
    {
        get => _additionalProperties;
        set => _additionalProperties = value;
    }
}
