using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Ipqs;

/// <summary>IPQS phone-validation answer for one number.</summary>
/// <remarks><c>"N/A"</c> strings are read as <see langword="null"/>; booleans the vendor sends as <c>null</c> stay <see langword="null"/>; unknown fields are kept in <see cref="AdditionalProperties"/>.</remarks>
public sealed record IpqsPhoneResult
{
    /// <summary><c>success</c>: whether the request succeeded. A <c>false</c> here is an error body: the client raises a typed exception for it.</summary>
    [JsonPropertyName("success")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? Success { get; init; }

    /// <summary><c>message</c>: a status message: <c>success</c> or the error notice.</summary>
    [JsonPropertyName("message")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? Message { get; init; }

    /// <summary><c>errors</c>: errors that occurred while processing the request.</summary>
    [JsonPropertyName("errors")]
    [JsonConverter(typeof(TolerantStringListConverter))]
    public IReadOnlyList<string>? Errors { get; init; }

    /// <summary><c>request_id</c>: the vendor's id of this request, for support and postbacks.</summary>
    [JsonPropertyName("request_id")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? RequestId { get; init; }

    /// <summary><c>valid</c>: whether the number is properly formatted and assigned to a carrier in its country.</summary>
    [JsonPropertyName("valid")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? Valid { get; init; }

    /// <summary><c>active</c>: whether the number is live and reachable (add-on data; null when unknown).</summary>
    [JsonPropertyName("active")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? Active { get; init; }

    /// <summary><c>formatted</c>: the number in international format (null when not formattable).</summary>
    [JsonPropertyName("formatted")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? Formatted { get; init; }

    /// <summary><c>local_format</c>: the number in the country's local format (null when not formattable).</summary>
    [JsonPropertyName("local_format")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? LocalFormat { get; init; }

    /// <summary><c>fraud_score</c>: IPQS risk score, 0–100 (75+ suspicious, 85+ risky, 90+ high risk).</summary>
    [JsonPropertyName("fraud_score")]
    [JsonConverter(typeof(TolerantInt32Converter))]
    public int? FraudScore { get; init; }

    /// <summary><c>recent_abuse</c>: associated with recent or ongoing fraud.</summary>
    [JsonPropertyName("recent_abuse")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? RecentAbuse { get; init; }

    /// <summary><c>VOIP</c>: a VOIP or digital number.</summary>
    [JsonPropertyName("VOIP")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? Voip { get; init; }

    /// <summary><c>prepaid</c>: on a prepaid plan.</summary>
    [JsonPropertyName("prepaid")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? Prepaid { get; init; }

    /// <summary><c>risky</c>: associated with fraud, scams, robocalls, fake accounts or other unfriendly behaviour.</summary>
    [JsonPropertyName("risky")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? Risky { get; init; }

    /// <summary><c>name</c>: owner name(s), comma-separated (enhanced name check add-on).</summary>
    [JsonPropertyName("name")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? Name { get; init; }

    /// <summary><c>carrier</c>: the carrier the number is assigned to.</summary>
    [JsonPropertyName("carrier")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? Carrier { get; init; }

    /// <summary><c>line_type</c>: the raw line type (<c>Wireless</c>, <c>Landline</c>, <c>Toll Free</c>, <c>VOIP</c>, …); an open vocabulary, see <see cref="LineTypeKind"/>.</summary>
    [JsonPropertyName("line_type")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? LineType { get; init; }

    /// <summary><c>country</c>: two-letter country code.</summary>
    [JsonPropertyName("country")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? Country { get; init; }

    /// <summary><c>region</c>: region or state.</summary>
    [JsonPropertyName("region")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? Region { get; init; }

    /// <summary><c>city</c>: city.</summary>
    [JsonPropertyName("city")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? City { get; init; }

    /// <summary><c>zip_code</c>: zip or postal code.</summary>
    [JsonPropertyName("zip_code")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? ZipCode { get; init; }

    /// <summary><c>timezone</c>: time zone.</summary>
    [JsonPropertyName("timezone")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? Timezone { get; init; }

    /// <summary><c>dialing_code</c>: the 1–4 digit country dialling code.</summary>
    [JsonPropertyName("dialing_code")]
    [JsonConverter(typeof(TolerantInt32Converter))]
    public int? DialingCode { get; init; }

    /// <summary><c>accurate_country_code</c>: whether the dialling code matches one of the requested countries.</summary>
    [JsonPropertyName("accurate_country_code")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? AccurateCountryCode { get; init; }

    /// <summary><c>do_not_call</c>: listed on a Do Not Call list (US/CA).</summary>
    [JsonPropertyName("do_not_call")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? DoNotCall { get; init; }

    /// <summary><c>leaked</c>: recently exposed in a data breach.</summary>
    [JsonPropertyName("leaked")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? Leaked { get; init; }

    /// <summary><c>spammer</c>: recently reported for spam or harassing calls/texts.</summary>
    [JsonPropertyName("spammer")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? Spammer { get; init; }

    /// <summary><c>tcpa_blacklist</c>: listed as a TCPA litigator (seen in responses, not in the OpenAPI).</summary>
    [JsonPropertyName("tcpa_blacklist")]
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool? TcpaBlacklist { get; init; }

    /// <summary><c>active_status</c>: subscriber connection status from the enhanced line check (<c>Active Line</c>, <c>Disconnected Line</c>, …); see <see cref="ActiveStatusKind"/>.</summary>
    [JsonPropertyName("active_status")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? ActiveStatus { get; init; }

    /// <summary><c>user_activity</c>: how often the number shows legitimate activity: <c>high</c>, <c>medium</c>, <c>low</c>, <c>none</c>, or a plan-gated sentence.</summary>
    [JsonPropertyName("user_activity")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? UserActivity { get; init; }

    /// <summary><c>sms_domain</c>: the SMS gateway domain.</summary>
    [JsonPropertyName("sms_domain")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? SmsDomain { get; init; }

    /// <summary><c>sms_email</c>: the SMS gateway e-mail address.</summary>
    [JsonPropertyName("sms_email")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? SmsEmail { get; init; }

    /// <summary><c>mcc</c>: Mobile Country Code, a string with leading zeros kept.</summary>
    [JsonPropertyName("mcc")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? Mcc { get; init; }

    /// <summary><c>mnc</c>: Mobile Network Code, a string with leading zeros kept.</summary>
    [JsonPropertyName("mnc")]
    [JsonConverter(typeof(VendorStringConverter))]
    public string? Mnc { get; init; }

    /// <summary><c>associated_email_addresses</c>: e-mail addresses linked to the number (upgraded plans).</summary>
    [JsonPropertyName("associated_email_addresses")]
    [JsonConverter(typeof(TolerantObjectConverter<IpqsAssociatedEmailAddresses>))]
    public IpqsAssociatedEmailAddresses? AssociatedEmailAddresses { get; init; }

    /// <summary><c>transaction_details</c>: transaction scoring, filled when transaction parameters were sent.</summary>
    [JsonPropertyName("transaction_details")]
    [JsonConverter(typeof(TolerantObjectConverter<IpqsTransactionDetails>))]
    public IpqsTransactionDetails? TransactionDetails { get; init; }

    /// <summary><c>number_recycling</c>: whether the number was recently recycled (seen in responses, not in the OpenAPI).</summary>
    [JsonPropertyName("number_recycling")]
    [JsonConverter(typeof(TolerantObjectConverter<IpqsNumberRecycling>))]
    public IpqsNumberRecycling? NumberRecycling { get; init; }

    /// <summary><c>identity_data</c>: identity records, kept as raw JSON (the vendor does not document their shape).</summary>
    [JsonPropertyName("identity_data")]
    public JsonElement? IdentityData { get; init; }

    /// <summary><see cref="LineType"/> mapped to a closed set.</summary>
    [JsonIgnore]
    public IpqsLineType LineTypeKind => IpqsLineTypeParser.Parse(LineType);

    /// <summary><see cref="ActiveStatus"/> mapped to a closed set.</summary>
    [JsonIgnore]
    public IpqsActiveStatus ActiveStatusKind => IpqsActiveStatusParser.Parse(ActiveStatus);

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
