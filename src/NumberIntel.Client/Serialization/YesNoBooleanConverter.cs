using System.Text.Json;
using System.Text.Json.Serialization;

namespace NumberIntel.Client.Serialization;

/// <summary>
/// Reads the vendors' <c>yes</c>/<c>no</c>/<c>n/a</c> strings (and real booleans, <c>1</c>/<c>0</c>, <c>"true"</c>/<c>"false"</c>)
/// as <see cref="bool"/>?; anything else, including <c>n/a</c>, is <see langword="null"/>. Writes <c>yes</c>/<c>no</c>/<c>n/a</c>.
/// </summary>
internal sealed class YesNoBooleanConverter : JsonConverter<bool?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TolerantBooleanConverter.Parse(reader.ReadAsLooseString());

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value switch { true => "yes", false => "no", null => "n/a" });
    }
}
