using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NumberIntel.Client.Serialization;

/// <summary>
/// Reads a nested object when the vendor sent an object; when it sent anything else (a string such as <c>"N/A"</c>,
/// an array, a number) the value is skipped and read as <see langword="null"/>, so one odd field never fails a lookup.
/// </summary>
/// <typeparam name="T">The object type; its contract comes from the source-generated context in the options.</typeparam>
internal sealed class TolerantObjectConverter<T> : JsonConverter<T?>
    where T : class
{
    private readonly NestedValueReader<T> _reader = new();

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        return _reader.Read(ref reader, options);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(writer, value, options.GetTypeInfo<T>());
    }
}
