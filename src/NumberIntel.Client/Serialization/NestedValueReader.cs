using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NumberIntel.Client.Serialization;

/// <summary>
/// Reads a value of <typeparamref name="T"/> from inside a custom converter with the converter of its contract (from the
/// options' source-generated context). <c>JsonSerializer.Deserialize(ref reader, typeInfo)</c> would first scan the whole
/// value to scope a reader to it, so an object nested <em>n</em> levels deep under such converters was scanned <em>n</em>
/// times before it was read (a Bind item: its social-presence platforms three times). Same contract, same converters,
/// same exceptions.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class NestedValueReader<T>
{
    private Resolved? _resolved;

    /// <summary>Reads the value the reader is positioned on; the reader ends on its last token.</summary>
    /// <param name="reader">The reader, on the first token of the value.</param>
    /// <param name="options">The options being read with.</param>
    /// <returns>The value.</returns>
    public T? Read(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var resolved = _resolved;
        if (resolved is null || !ReferenceEquals(resolved.Options, options))
        {
            // Converters may be shared by several options instances: the converter is looked up once per options.
            resolved = new Resolved(options, (JsonConverter<T>)options.GetTypeInfo<T>().Converter);
            _resolved = resolved;
        }

        return resolved.Converter.Read(ref reader, typeof(T), options);
    }

    private sealed class Resolved(JsonSerializerOptions options, JsonConverter<T> converter)
    {
        public JsonSerializerOptions Options { get; } = options;

        public JsonConverter<T> Converter { get; } = converter;
    }
}
