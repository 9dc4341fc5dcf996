using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>Bind's <c>phone</c> object: telecom metadata about the number.</summary>
public sealed record BindPhone
{
    /// <summary><c>country_calling_code</c>: the international dialling code, e.g. <c>385</c>.</summary>
    [JsonPropertyName("country_calling_code")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? CountryCallingCode { get; init; }

    /// <summary><c>country_name</c>: the country's name, e.g. <c>Croatia</c>.</summary>
    [JsonPropertyName("country_name")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? CountryName { get; init; }

    /// <summary><c>current_network_mobile_code</c>: MNC of the network the number is on now.</summary>
    [JsonPropertyName("current_network_mobile_code")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? CurrentNetworkMobileCode { get; init; }

    /// <summary><c>current_network_name</c>: name of the network the number is on now.</summary>
    [JsonPropertyName("current_network_name")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? CurrentNetworkName { get; init; }

    /// <summary><c>first_ported</c>: when the number was first ported.</summary>
    [JsonPropertyName("first_ported")]
    [JsonConverter(typeof(TolerantDateOnlyConverter))]
    public DateOnly? FirstPorted { get; init; }

    /// <summary><c>first_seen</c>: when the vendor first saw the number.</summary>
    [JsonPropertyName("first_seen")]
    [JsonConverter(typeof(TolerantDateOnlyConverter))]
    public DateOnly? FirstSeen { get; init; }

    /// <summary><c>initial_network_name</c>: the network that issued the number.</summary>
    [JsonPropertyName("initial_network_name")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? InitialNetworkName { get; init; }

    /// <summary><c>initial_network_mobile_code</c>: MNC of the network that issued the number.</summary>
    [JsonPropertyName("initial_network_mobile_code")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? InitialNetworkMobileCode { get; init; }

    /// <summary><c>last_ported</c>: when the number was most recently ported.</summary>
    [JsonPropertyName("last_ported")]
    [JsonConverter(typeof(TolerantDateOnlyConverter))]
    public DateOnly? LastPorted { get; init; }

    /// <summary><c>mobile_country_code</c>: the MCC, e.g. <c>219</c>.</summary>
    [JsonPropertyName("mobile_country_code")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? MobileCountryCode { get; init; }

    /// <summary><c>ported_times</c>: how many times the number has been ported.</summary>
    [JsonPropertyName("ported_times")]
    [JsonConverter(typeof(TolerantInt32Converter))]
    public int? PortedTimes { get; init; }

    /// <summary><c>type</c>: the line type.</summary>
    [JsonPropertyName("type")]
    [JsonConverter(typeof(BindPhoneTypeConverter))]
    public BindPhoneType Type { get; init; }

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
