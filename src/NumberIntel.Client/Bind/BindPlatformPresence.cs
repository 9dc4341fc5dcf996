using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>Presence of the number on one platform (<c>{"has": "yes|no|n/a"}</c>).</summary>
public sealed record BindPlatformPresence
{
    /// <summary><c>has</c>: profile found (true), explicitly not found (false), lookup not possible (null).</summary>
    [JsonPropertyName("has")]
    [JsonConverter(typeof(YesNoBooleanConverter))]
    public bool? Has { get; init; }

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
