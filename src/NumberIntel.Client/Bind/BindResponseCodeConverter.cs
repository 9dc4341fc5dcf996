using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>Reads Bind's numeric <c>response</c> (or a numeric string); anything else is <see cref="BindResponseCode.Unknown"/>.</summary>
internal sealed class BindResponseCodeConverter : JsonConverter<BindResponseCode>
{
    public override bool HandleNull => true;

    public override BindResponseCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var code))
        {
            return (BindResponseCode)code;
        }

        var text = reader.ReadAsLooseString();
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? (BindResponseCode)parsed
            : BindResponseCode.Unknown;
    }

    public override void Write(Utf8JsonWriter writer, BindResponseCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue((int)value);
    }
}
