using System.Text.Json.Serialization;

namespace NumberIntel.Client.Ipqs;

/// <summary>Source-generated System.Text.Json contracts for IPQS's wire types (AOT and trim safe); Bind has its own context.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(IpqsPhoneResult))]
[JsonSerializable(typeof(IpqsAssociatedEmailAddresses))]
[JsonSerializable(typeof(IpqsTransactionDetails))]
[JsonSerializable(typeof(IpqsNumberRecycling))]
internal sealed partial class IpqsJsonContext : JsonSerializerContext
{
}
