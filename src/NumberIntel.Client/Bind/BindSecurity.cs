using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>Bind's <c>security</c> object: breach history and the disposable flag.</summary>
public sealed record BindSecurity
{
    /// <summary><c>data_breaches_count</c>: known breaches involving the number.</summary>
    [JsonPropertyName("data_breaches_count")]
    [JsonConverter(typeof(TolerantInt32Converter))]
    public int? DataBreachesCount { get; init; }

    /// <summary><c>data_breaches_first_breach</c>: the earliest recorded breach.</summary>
    [JsonPropertyName("data_breaches_first_breach")]
    [JsonConverter(typeof(TolerantDateOnlyConverter))]
    public DateOnly? DataBreachesFirstBreach { get; init; }

    /// <summary><c>data_breaches_last_breach</c>: the most recent recorded breach.</summary>
    [JsonPropertyName("data_breaches_last_breach")]
    [JsonConverter(typeof(TolerantDateOnlyConverter))]
    public DateOnly? DataBreachesLastBreach { get; init; }

    /// <summary><c>is_disposable</c>: <c>yes</c> → true, <c>no</c> → false, <c>n/a</c> → null.</summary>
    [JsonPropertyName("is_disposable")]
    [JsonConverter(typeof(YesNoBooleanConverter))]
    public bool? IsDisposable { get; init; }

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
