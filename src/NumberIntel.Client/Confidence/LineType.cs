using System.Text.Json.Serialization;

namespace NumberIntel.Client.Confidence;

/// <summary>The canonical line type both vendors' answers are mapped onto.</summary>
/// <remarks>Serialized in snake case (<c>"mobile"</c>, <c>"fixed_line_or_mobile"</c>, …).</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<LineType>))]
public enum LineType
{
    /// <summary>Not known.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 0,

    /// <summary>A mobile (wireless) line.</summary>
    [JsonStringEnumMemberName("mobile")]
    Mobile,

    /// <summary>A fixed (landline) line.</summary>
    [JsonStringEnumMemberName("fixed_line")]
    FixedLine,

    /// <summary>A number that may be fixed or mobile (numbering plans that do not tell them apart, e.g. US/CA).</summary>
    [JsonStringEnumMemberName("fixed_line_or_mobile")]
    FixedLineOrMobile,

    /// <summary>A toll-free number.</summary>
    [JsonStringEnumMemberName("toll_free")]
    TollFree,

    /// <summary>A premium-rate number.</summary>
    [JsonStringEnumMemberName("premium_rate")]
    PremiumRate,

    /// <summary>A shared-cost number.</summary>
    [JsonStringEnumMemberName("shared_cost")]
    SharedCost,

    /// <summary>A VoIP number.</summary>
    [JsonStringEnumMemberName("voip")]
    Voip,

    /// <summary>A personal number.</summary>
    [JsonStringEnumMemberName("personal_number")]
    PersonalNumber,

    /// <summary>A pager.</summary>
    [JsonStringEnumMemberName("pager")]
    Pager,

    /// <summary>A universal access number (UAN).</summary>
    [JsonStringEnumMemberName("uan")]
    Uan,

    /// <summary>A voicemail access number.</summary>
    [JsonStringEnumMemberName("voicemail")]
    Voicemail,

    /// <summary>A satellite phone.</summary>
    [JsonStringEnumMemberName("satellite")]
    Satellite,

    /// <summary>An emergency number.</summary>
    [JsonStringEnumMemberName("emergency")]
    Emergency,
}
