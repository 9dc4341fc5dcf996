using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>
/// Reads a Bind callback body. An array is read exactly like the synchronous answer (<see cref="BindScoringResponse"/>:
/// items that are not objects are skipped and counted); an object is one item. Any other root (a string, a number,
/// <c>null</c>) is a <see cref="JsonException"/>, i.e. a body that is not a callback.
/// </summary>
internal sealed class BindCallbackBodyConverter : JsonConverter<BindCallbackBody>
{
    private readonly NestedValueReader<BindScoringResponse> _response = new();
    private readonly NestedValueReader<BindScoringResult> _item = new();

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override BindCallbackBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var response = _response.Read(ref reader, options)
                    ?? throw new JsonException("The Bind callback array could not be read.");
                return new BindCallbackBody(response.Items, response.SkippedItems);
            case JsonTokenType.StartObject:
                var item = _item.Read(ref reader, options)
                    ?? throw new JsonException("The Bind callback object could not be read.");
                return new BindCallbackBody([item], 0);
            default:
                throw new JsonException(
                    $"Expected a JSON array of number-scoring results or one result object but found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, BindCallbackBody value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var responseInfo = options.GetTypeInfo<BindScoringResponse>();
        JsonSerializer.Serialize(writer, new BindScoringResponse(value.Items, 0), responseInfo);
    }
}
