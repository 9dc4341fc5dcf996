using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Ipqs;

/// <summary>IPQS <c>transaction_details</c>: extra scoring when transaction parameters were sent.</summary>
public sealed record IpqsTransactionDetails
{
    /// <summary><c>risk_score</c>: confidence (0–100) that the transaction is malicious.</summary>
    [JsonPropertyName("risk_score")]
    [JsonConverter(typeof(TolerantDoubleConverter))]
    public double? RiskScore { get; init; }

    /// <summary><c>risk_factors</c>: the factors behind the risk score.</summary>
    [JsonPropertyName("risk_factors")]
    [JsonConverter(typeof(TolerantStringListConverter))]
    public IReadOnlyList<string>? RiskFactors { get; init; }

    /// <summary><c>valid_billing_address</c>: valid billing address (null when the parameter was not sent).</summary>
    [JsonPropertyName("valid_billing_address")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? ValidBillingAddress { get; init; }

    /// <summary><c>valid_shipping_address</c>: valid shipping address (null when the parameter was not sent).</summary>
    [JsonPropertyName("valid_shipping_address")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? ValidShippingAddress { get; init; }

    /// <summary><c>valid_billing_email</c>: valid billing email (null when the parameter was not sent).</summary>
    [JsonPropertyName("valid_billing_email")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? ValidBillingEmail { get; init; }

    /// <summary><c>valid_shipping_email</c>: valid shipping email (null when the parameter was not sent).</summary>
    [JsonPropertyName("valid_shipping_email")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? ValidShippingEmail { get; init; }

    /// <summary><c>leaked_billing_email</c>: leaked billing email (null when the parameter was not sent).</summary>
    [JsonPropertyName("leaked_billing_email")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? LeakedBillingEmail { get; init; }

    /// <summary><c>leaked_shipping_email</c>: leaked shipping email (null when the parameter was not sent).</summary>
    [JsonPropertyName("leaked_shipping_email")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? LeakedShippingEmail { get; init; }

    /// <summary><c>leaked_user_data</c>: leaked user data (null when the parameter was not sent).</summary>
    [JsonPropertyName("leaked_user_data")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? LeakedUserData { get; init; }

    /// <summary><c>risky_billing_phone</c>: risky billing phone (null when the parameter was not sent).</summary>
    [JsonPropertyName("risky_billing_phone")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? RiskyBillingPhone { get; init; }

    /// <summary><c>risky_shipping_phone</c>: risky shipping phone (null when the parameter was not sent).</summary>
    [JsonPropertyName("risky_shipping_phone")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? RiskyShippingPhone { get; init; }

    /// <summary><c>valid_billing_phone</c>: valid billing phone (null when the parameter was not sent).</summary>
    [JsonPropertyName("valid_billing_phone")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? ValidBillingPhone { get; init; }

    /// <summary><c>valid_shipping_phone</c>: valid shipping phone (null when the parameter was not sent).</summary>
    [JsonPropertyName("valid_shipping_phone")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? ValidShippingPhone { get; init; }

    /// <summary><c>risky_username</c>: risky username (null when the parameter was not sent).</summary>
    [JsonPropertyName("risky_username")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? RiskyUsername { get; init; }

    /// <summary><c>is_prepaid_card</c>: is prepaid card (null when the parameter was not sent).</summary>
    [JsonPropertyName("is_prepaid_card")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? IsPrepaidCard { get; init; }

    /// <summary><c>fraudulent_behavior</c>: fraudulent behavior (null when the parameter was not sent).</summary>
    [JsonPropertyName("fraudulent_behavior")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? FraudulentBehavior { get; init; }

    /// <summary><c>billing_phone_carrier</c>: billing phone carrier.</summary>
    [JsonPropertyName("billing_phone_carrier")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? BillingPhoneCarrier { get; init; }

    /// <summary><c>shipping_phone_carrier</c>: shipping phone carrier.</summary>
    [JsonPropertyName("shipping_phone_carrier")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? ShippingPhoneCarrier { get; init; }

    /// <summary><c>billing_phone_line_type</c>: billing phone line type.</summary>
    [JsonPropertyName("billing_phone_line_type")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? BillingPhoneLineType { get; init; }

    /// <summary><c>shipping_phone_line_type</c>: shipping phone line type.</summary>
    [JsonPropertyName("shipping_phone_line_type")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? ShippingPhoneLineType { get; init; }

    /// <summary><c>billing_phone_country</c>: billing phone country.</summary>
    [JsonPropertyName("billing_phone_country")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? BillingPhoneCountry { get; init; }

    /// <summary><c>shipping_phone_country</c>: shipping phone country.</summary>
    [JsonPropertyName("shipping_phone_country")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? ShippingPhoneCountry { get; init; }

    /// <summary><c>bin_country</c>: bin country.</summary>
    [JsonPropertyName("bin_country")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? BinCountry { get; init; }

    /// <summary><c>billing_phone_country_code</c>: billing phone country code.</summary>
    [JsonPropertyName("billing_phone_country_code")]
    [JsonConverter(typeof(TolerantInt32Converter))]
    public int? BillingPhoneCountryCode { get; init; }

    /// <summary><c>shipping_phone_country_code</c>: shipping phone country code.</summary>
    [JsonPropertyName("shipping_phone_country_code")]
    [JsonConverter(typeof(TolerantInt32Converter))]
    public int? ShippingPhoneCountryCode { get; init; }

    /// <summary><c>phone_name_identity_match</c>: phone name identity match: <c>Unknown</c>, <c>Match</c>, <c>Mismatch</c> or <c>No Match</c> (enterprise feature).</summary>
    [JsonPropertyName("phone_name_identity_match")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? PhoneNameIdentityMatch { get; init; }

    /// <summary><c>phone_email_identity_match</c>: phone email identity match: <c>Unknown</c>, <c>Match</c>, <c>Mismatch</c> or <c>No Match</c> (enterprise feature).</summary>
    [JsonPropertyName("phone_email_identity_match")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? PhoneEmailIdentityMatch { get; init; }

    /// <summary><c>phone_address_identity_match</c>: phone address identity match: <c>Unknown</c>, <c>Match</c>, <c>Mismatch</c> or <c>No Match</c> (enterprise feature).</summary>
    [JsonPropertyName("phone_address_identity_match")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? PhoneAddressIdentityMatch { get; init; }

    /// <summary><c>email_name_identity_match</c>: email name identity match: <c>Unknown</c>, <c>Match</c>, <c>Mismatch</c> or <c>No Match</c> (enterprise feature).</summary>
    [JsonPropertyName("email_name_identity_match")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? EmailNameIdentityMatch { get; init; }

    /// <summary><c>name_address_identity_match</c>: name address identity match: <c>Unknown</c>, <c>Match</c>, <c>Mismatch</c> or <c>No Match</c> (enterprise feature).</summary>
    [JsonPropertyName("name_address_identity_match")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? NameAddressIdentityMatch { get; init; }

    /// <summary><c>address_email_identity_match</c>: address email identity match: <c>Unknown</c>, <c>Match</c>, <c>Mismatch</c> or <c>No Match</c> (enterprise feature).</summary>
    [JsonPropertyName("address_email_identity_match")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? AddressEmailIdentityMatch { get; init; }

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
