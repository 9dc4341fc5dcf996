using System.Text.Json.Serialization;

namespace NumberIntel.Client.Confidence;

/// <summary>What a <see cref="ConfidenceResult"/> was computed from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConfidenceSource>))]
public enum ConfidenceSource
{
    /// <summary>Built by hand: no pipeline ran (for example a placeholder for a failed lookup).</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>The offline format check alone: no vendor data.</summary>
    [JsonStringEnumMemberName("format")]
    Format,

    /// <summary>A Bind number-scoring result.</summary>
    [JsonStringEnumMemberName("bind")]
    Bind,

    /// <summary>An IPQS phone-validation result.</summary>
    [JsonStringEnumMemberName("ipqs")]
    Ipqs,

    /// <summary><see cref="ConfidenceResult.Combine"/> of two results; see <see cref="ConfidenceDiagnostics.Inputs"/>.</summary>
    [JsonStringEnumMemberName("combined")]
    Combined,
}
