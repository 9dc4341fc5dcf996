using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>Presence of the number on WhatsApp, with the business-account flag.</summary>
public sealed record BindWhatsAppPresence
{
    /// <summary><c>has</c>: profile found (true), explicitly not found (false), lookup not possible (null).</summary>
    [JsonPropertyName("has")]
    [JsonConverter(typeof(YesNoBooleanConverter))]
    public bool? Has { get; init; }

    /// <summary><c>is_business</c>: whether the profile is a WhatsApp Business account (null when unknown).</summary>
    [JsonPropertyName("is_business")]
    [JsonConverter(typeof(YesNoBooleanConverter))]
    public bool? IsBusiness { get; init; }

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
