using System.Text.Json.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>Source-generated System.Text.Json contracts for Bind's wire types (AOT and trim safe); IPQS has its own context, so that each vendor's folder holds its whole wire.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(BindScoringRequest))]
[JsonSerializable(typeof(List<BindScoringResult>))]
[JsonSerializable(typeof(BindScoringResponse))]
[JsonSerializable(typeof(BindScoringResult))]
[JsonSerializable(typeof(BindCallbackBody))]
[JsonSerializable(typeof(BindPhone))]
[JsonSerializable(typeof(BindScoring))]
[JsonSerializable(typeof(BindSecurity))]
[JsonSerializable(typeof(BindSocialPresence))]
[JsonSerializable(typeof(BindPlatformPresence))]
[JsonSerializable(typeof(BindWhatsAppPresence))]
internal sealed partial class BindJsonContext : JsonSerializerContext
{
}
