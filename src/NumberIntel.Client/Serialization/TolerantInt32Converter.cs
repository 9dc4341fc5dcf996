using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NumberIntel.Client.Serialization;

/// <summary>
/// Reads an integer that a vendor may send as a number, a numeric string, a fractional number (truncated),
/// <c>"N/A"</c> or <c>null</c>; anything unparseable is <see langword="null"/>.
/// </summary>
internal sealed class TolerantInt32Converter : JsonConverter<int?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt32(out var i))
            {
                return i;
            }

            return reader.TryGetDouble(out var d) && d is >= int.MinValue and <= int.MaxValue ? (int)d : null;
        }

        var text = reader.ReadAsLooseString();
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dd) && dd is >= int.MinValue and <= int.MaxValue
            ? (int)dd
            : null;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
