using System.Text.Json;

namespace NumberIntel.Client.Serialization;

/// <summary>Helpers shared by the tolerant converters.</summary>
internal static class JsonReaderExtensions
{
    /// <summary>Whether a vendor string means "unknown": empty, <c>N/A</c>, <c>n/a</c>, <c>null</c>, <c>unknown</c> is not included.</summary>
    public static bool IsNotAvailable(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || value.Equals("N/A", StringComparison.OrdinalIgnoreCase)
        || value.Equals("NA", StringComparison.OrdinalIgnoreCase)
        || value.Equals("null", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the current token as text whatever its kind (string, number, boolean), or null for anything else (which is skipped).</summary>
    public static string? ReadAsLooseString(this ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return null;
            default:
                reader.Skip();
                return null;
        }
    }
}
