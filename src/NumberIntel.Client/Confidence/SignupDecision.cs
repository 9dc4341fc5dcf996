using System.Text.Json.Serialization;

namespace NumberIntel.Client.Confidence;

/// <summary>What a signup recipe of <see cref="ConfidenceRecipes"/> says to do with a number.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SignupDecision>))]
public enum SignupDecision
{
    /// <summary>Let the signup through.</summary>
    [JsonStringEnumMemberName("accept")]
    Accept = 0,

    /// <summary>Let it through but flag the user for review (<see cref="ConfidenceRecipes.StandardSignup"/>).</summary>
    [JsonStringEnumMemberName("review")]
    Review,

    /// <summary>Refuse the number.</summary>
    [JsonStringEnumMemberName("reject")]
    Reject,
}
