using System.Text.Json;
using System.Text.Json.Serialization;

namespace NumberIntel.Samples.SignupApi;

/// <summary>Source-generated JSON contracts of the API's own types (camelCase, as ASP.NET Core's web defaults).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SignupRequest))]
[JsonSerializable(typeof(SignupResponse))]
internal sealed partial class SignupJsonContext : JsonSerializerContext;
