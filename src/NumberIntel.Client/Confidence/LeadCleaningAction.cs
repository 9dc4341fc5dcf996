using System.Text.Json.Serialization;

namespace NumberIntel.Client.Confidence;

/// <summary>What <see cref="ConfidenceRecipes.LeadCleaning"/> says to do with a contact's number.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LeadCleaningAction>))]
public enum LeadCleaningAction
{
    /// <summary>Keep it: <see cref="ConfidenceLabel.Verified"/> or <see cref="ConfidenceLabel.Likely"/>.</summary>
    [JsonStringEnumMemberName("keep")]
    Keep = 0,

    /// <summary>Keep it with a warning: <see cref="ConfidenceLabel.Uncertain"/>.</summary>
    [JsonStringEnumMemberName("keep_with_warning")]
    KeepWithWarning,

    /// <summary>Drop it: <see cref="ConfidenceLabel.Low"/> or <see cref="ConfidenceLabel.Invalid"/>.</summary>
    [JsonStringEnumMemberName("drop")]
    Drop,
}
