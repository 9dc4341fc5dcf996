using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>
/// Reads Bind's result array. The root must be an array (anything else is a <see cref="JsonException"/>, i.e. a
/// vendor error); an item that is not an object is skipped rather than failing the whole paid batch.
/// </summary>
internal sealed class BindScoringResponseConverter : JsonConverter<BindScoringResponse>
{
    private readonly NestedValueReader<BindScoringResult> _item = new();

    /// <inheritdoc />
    public override BindScoringResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array of number-scoring results but found {reader.TokenType}.");
        }

        var items = new List<BindScoringResult>();
        var skipped = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject && _item.Read(ref reader, options) is { } item)
            {
                items.Add(item);
            }
            else
            {
                reader.Skip();
                skipped++;
            }
        }

        return new BindScoringResponse(items, skipped);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, BindScoringResponse value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var info = options.GetTypeInfo<BindScoringResult>();
        writer.WriteStartArray();
        foreach (var item in value.Items)
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }
}
