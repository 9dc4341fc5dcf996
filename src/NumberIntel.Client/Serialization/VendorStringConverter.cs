using System.Text.Json;
using System.Text.Json.Serialization;

namespace NumberIntel.Client.Serialization;

/// <summary>
/// Reads a vendor string tolerantly: <c>"N/A"</c> and empty become <see langword="null"/>, numbers and booleans become
/// their text, objects and arrays are skipped as <see langword="null"/>.
/// </summary>
internal sealed class VendorStringConverter : JsonConverter<string?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.ReadAsLooseString();
        return JsonReaderExtensions.IsNotAvailable(text) ? null : text;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
