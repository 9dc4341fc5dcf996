using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Ipqs;

/// <summary>IPQS <c>number_recycling</c>: whether the number was recently reassigned to a new subscriber.</summary>
public sealed record IpqsNumberRecycling
{
    /// <summary><c>message</c>: the vendor's note.</summary>
    [JsonPropertyName("message")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? Message { get; init; }

    /// <summary><c>recently_recycled</c>: whether the number was recently recycled.</summary>
    [JsonPropertyName("recently_recycled")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? RecentlyRecycled { get; init; }

    /// <summary><c>last_ported_date</c>: when the number was last ported.</summary>
    [JsonPropertyName("last_ported_date")]
    [JsonConverter(typeof(TolerantDateOnlyConverter))]
    public DateOnly? LastPortedDate { get; init; }

    /// <summary><c>ported</c>: whether the number has been ported.</summary>
    [JsonPropertyName("ported")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? Ported { get; init; }

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
