using System.Text.Json;
using System.Text.Json.Serialization;

namespace NumberIntel.Client.Serialization;

/// <summary>
/// Reads a boolean that a vendor may send as <c>true</c>/<c>false</c>, <c>"true"</c>/<c>"false"</c>, <c>1</c>/<c>0</c>,
/// <c>"yes"</c>/<c>"no"</c> or <c>null</c>; anything unrecognised is <see langword="null"/>. Writes a JSON boolean.
/// </summary>
internal sealed class TolerantBooleanConverter : JsonConverter<bool?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.ReadAsLooseString());

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } b)
        {
            writer.WriteBooleanValue(b);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    internal static bool? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var t = text.AsSpan().Trim();
        if (t.Equals("true", StringComparison.OrdinalIgnoreCase) || t.Equals("yes", StringComparison.OrdinalIgnoreCase) || t.Equals("1", StringComparison.Ordinal))
        {
            return true;
        }

        if (t.Equals("false", StringComparison.OrdinalIgnoreCase) || t.Equals("no", StringComparison.OrdinalIgnoreCase) || t.Equals("0", StringComparison.Ordinal))
        {
            return false;
        }

        return null;
    }
}
