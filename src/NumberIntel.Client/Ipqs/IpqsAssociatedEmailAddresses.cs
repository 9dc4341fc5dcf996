using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Ipqs;

/// <summary>IPQS <c>associated_email_addresses</c>.</summary>
public sealed record IpqsAssociatedEmailAddresses
{
    /// <summary><c>status</c>: the lookup status.</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? Status { get; init; }

    /// <summary><c>emails</c>: the e-mail addresses found.</summary>
    [JsonPropertyName("emails")]
    [JsonConverter(typeof(TolerantStringListConverter))]
    public IReadOnlyList<string>? Emails { get; init; }

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
