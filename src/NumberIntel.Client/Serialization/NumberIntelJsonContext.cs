using System.Text.Json.Serialization;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Serialization;

/// <summary>Source-generated System.Text.Json contracts for every wire type (AOT and trim safe).</summary>
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
[JsonSerializable(typeof(IpqsPhoneResult))]
[JsonSerializable(typeof(IpqsAssociatedEmailAddresses))]
[JsonSerializable(typeof(IpqsTransactionDetails))]
[JsonSerializable(typeof(IpqsNumberRecycling))]
internal sealed partial class NumberIntelJsonContext : JsonSerializerContext
{
}
