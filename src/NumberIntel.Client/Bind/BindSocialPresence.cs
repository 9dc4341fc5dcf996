using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>Bind's <c>social_presence</c> object: the number's presence on 13 major platforms.</summary>
/// <remarks>Platforms the vendor adds later are kept in <see cref="AdditionalProperties"/>.</remarks>
public sealed record BindSocialPresence
{
    /// <summary><c>amazon</c>.</summary>
    [JsonPropertyName("amazon")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPlatformPresence>))]
    public BindPlatformPresence? Amazon { get; init; }

    /// <summary><c>apple</c>.</summary>
    [JsonPropertyName("apple")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPlatformPresence>))]
    public BindPlatformPresence? Apple { get; init; }

    /// <summary><c>bukalapak</c>.</summary>
    [JsonPropertyName("bukalapak")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPlatformPresence>))]
    public BindPlatformPresence? Bukalapak { get; init; }

    /// <summary><c>facebook</c>.</summary>
    [JsonPropertyName("facebook")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPlatformPresence>))]
    public BindPlatformPresence? Facebook { get; init; }

    /// <summary><c>flipkart</c>.</summary>
    [JsonPropertyName("flipkart")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPlatformPresence>))]
    public BindPlatformPresence? Flipkart { get; init; }

    /// <summary><c>google</c>.</summary>
    [JsonPropertyName("google")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPlatformPresence>))]
    public BindPlatformPresence? Google { get; init; }

    /// <summary><c>instagram</c>.</summary>
    [JsonPropertyName("instagram")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPlatformPresence>))]
    public BindPlatformPresence? Instagram { get; init; }

    /// <summary><c>linkedin</c>.</summary>
    [JsonPropertyName("linkedin")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPlatformPresence>))]
    public BindPlatformPresence? LinkedIn { get; init; }

    /// <summary><c>snapchat</c>.</summary>
    [JsonPropertyName("snapchat")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPlatformPresence>))]
    public BindPlatformPresence? Snapchat { get; init; }

    /// <summary><c>telegram</c>.</summary>
    [JsonPropertyName("telegram")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPlatformPresence>))]
    public BindPlatformPresence? Telegram { get; init; }

    /// <summary><c>viber</c>.</summary>
    [JsonPropertyName("viber")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPlatformPresence>))]
    public BindPlatformPresence? Viber { get; init; }

    /// <summary><c>whatsapp</c>.</summary>
    [JsonPropertyName("whatsapp")]
    [JsonConverter(typeof(TolerantObjectConverter<BindWhatsAppPresence>))]
    public BindWhatsAppPresence? WhatsApp { get; init; }

    /// <summary><c>x</c>.</summary>
    [JsonPropertyName("x")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPlatformPresence>))]
    public BindPlatformPresence? X { get; init; }

    private Dictionary<string, JsonElement>? _additionalProperties;

    /// <summary>Platforms this version of the SDK does not model.</summary>
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
