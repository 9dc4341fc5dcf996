using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NumberIntel.Client.Testing.Wire;

/// <summary>Shared pieces of the hand-written vendor JSON.</summary>
internal static class WireJson
{
    /// <summary>
    /// Vendors write <c>+</c>, <c>&amp;</c> and non-ASCII letters as they are (<c>"+18005551234"</c>, <c>"AT&amp;T"</c>), not as
    /// <c>\u002B</c> escapes: relaxed escaping reproduces that. Compact, like the real APIs.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Writes JSON with <paramref name="write"/> and returns the UTF-8 bytes.</summary>
    public static byte[] Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a string property, or <c>null</c>.</summary>
    public static void StringOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a <c>YYYY-MM-DD</c> date property, or <c>null</c>.</summary>
    public static void DateOrNull(this Utf8JsonWriter writer, string name, DateOnly? value) =>
        writer.StringOrNull(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Writes a boolean property, or <c>null</c>.</summary>
    public static void BooleanOrNull(this Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } b)
        {
            writer.WriteBoolean(name, b);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>An IPQS-style request id: alphanumeric, 10 characters.</summary>
    public static string NewRequestId() => RandomNumberGenerator.GetString(Alphanumerics, 10);
}
