using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NumberIntel.Client.Serialization;

/// <summary>
/// Reads a date sent as <c>YYYY-MM-DD</c> (or a full ISO 8601 timestamp, whose date part is kept);
/// <c>"N/A"</c>, empty and anything unparseable are <see langword="null"/>. Writes <c>YYYY-MM-DD</c>.
/// </summary>
internal sealed class TolerantDateOnlyConverter : JsonConverter<DateOnly?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.ReadAsLooseString();
        if (JsonReaderExtensions.IsNotAvailable(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp)
            ? DateOnly.FromDateTime(stamp.UtcDateTime)
            : null;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteStringValue(v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
