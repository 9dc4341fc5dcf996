using System.Text.Json;
using System.Text.Json.Serialization;

namespace NumberIntel.Client.Serialization;

/// <summary>
/// Reads a list of strings tolerantly: an array keeps its string-like items (others are skipped), a single
/// string becomes a one-item list (<c>"N/A"</c> and empty become an empty list), anything else is <see langword="null"/>.
/// </summary>
internal sealed class TolerantStringListConverter : JsonConverter<IReadOnlyList<string>?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = reader.ReadAsLooseString();
                    if (!JsonReaderExtensions.IsNotAvailable(item))
                    {
                        items.Add(item!);
                    }
                }

                return items;
            case JsonTokenType.String:
                var text = reader.GetString();
                return JsonReaderExtensions.IsNotAvailable(text) ? [] : [text!];
            default:
                reader.Skip();
                return null;
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string>? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
