using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>One item of Bind's number-scoring answer: the result for one MSISDN.</summary>
/// <remarks>
/// Per-number outcomes such as <see cref="BindResponseCode.InvalidNumber"/> or <see cref="BindResponseCode.NotResolved"/>
/// are results, not exceptions: check <see cref="Response"/>. Fields the vendor adds later are kept in
/// <see cref="AdditionalProperties"/>.
/// </remarks>
public sealed record BindScoringResult
{
    /// <summary><c>date</c>: when this record was generated or last updated.</summary>
    [JsonPropertyName("date")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? Date { get; init; }

    /// <summary><c>msisdn</c>: the number, country code first, digits only.</summary>
    [JsonPropertyName("msisdn")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? Msisdn { get; init; }

    /// <summary><c>response</c>: the per-number outcome code.</summary>
    [JsonPropertyName("response")]
    [JsonConverter(typeof(BindResponseCodeConverter))]
    public BindResponseCode Response { get; init; } = BindResponseCode.Unknown;

    /// <summary><c>phone</c>: telecom metadata, when resolved.</summary>
    [JsonPropertyName("phone")]
    [JsonConverter(typeof(TolerantObjectConverter<BindPhone>))]
    public BindPhone? Phone { get; init; }

    /// <summary><c>scoring</c>: the credibility assessment.</summary>
    [JsonPropertyName("scoring")]
    [JsonConverter(typeof(TolerantObjectConverter<BindScoring>))]
    public BindScoring? Scoring { get; init; }

    /// <summary><c>security</c>: breach history and disposable flag.</summary>
    [JsonPropertyName("security")]
    [JsonConverter(typeof(TolerantObjectConverter<BindSecurity>))]
    public BindSecurity? Security { get; init; }

    /// <summary><c>social_presence</c>: presence on major platforms.</summary>
    [JsonPropertyName("social_presence")]
    [JsonConverter(typeof(TolerantObjectConverter<BindSocialPresence>))]
    public BindSocialPresence? SocialPresence { get; init; }

    private Dictionary<string, JsonElement>? _additionalProperties;

    /// <summary>Fields of the response that this version of the SDK does not model.</summary>
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

    /// <summary>Whether <see cref="Response"/> is <see cref="BindResponseCode.Success"/>.</summary>
    [JsonIgnore]
    public bool IsSuccess => Response == BindResponseCode.Success;
}
