using System.Text.Json.Serialization;

namespace NumberIntel.Client.Confidence;

/// <summary>
/// The five confidence labels, ordered so that a lower value means less trust:
/// <c>Invalid &lt; Low &lt; Uncertain &lt; Likely &lt; Verified</c>.
/// </summary>
/// <remarks>Serialized as the lower-case label names of the vendor documentation (<c>"verified"</c>, <c>"low"</c>, …).</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ConfidenceLabel>))]
public enum ConfidenceLabel
{
    /// <summary>Format/parse failed or the number is not possible. Score 0.00.</summary>
    [JsonStringEnumMemberName("invalid")]
    Invalid = 0,

    /// <summary>VoIP, disposable or burner carrier, a flagged prefix, or a strong risk signal. Score 0.20.</summary>
    [JsonStringEnumMemberName("low")]
    Low = 1,

    /// <summary>Ambiguous line type (premium, shared cost, UAN…) or low-quality numbering data. Score 0.55.</summary>
    [JsonStringEnumMemberName("uncertain")]
    Uncertain = 2,

    /// <summary>Valid format, plausible line type, no negative signal. Score 0.80.</summary>
    [JsonStringEnumMemberName("likely")]
    Likely = 3,

    /// <summary>Mobile or fixed line in a regulated market with known carrier metadata. Score 0.95.</summary>
    [JsonStringEnumMemberName("verified")]
    Verified = 4,
}
