using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NumberIntel.Client.Serialization;

/// <summary>
/// Base of the converters that map a vendor's open vocabulary onto an enum: matching ignores case, spaces,
/// hyphens and underscores; an unknown string, a number, <c>"N/A"</c> or <c>null</c> maps to the enum's unknown member.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal abstract class TolerantEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<string, TEnum> _read;
    private readonly FrozenDictionary<TEnum, string> _write;
    private readonly TEnum _unknown;

    /// <summary>Creates the converter.</summary>
    /// <param name="unknown">The member that unknown values map to.</param>
    /// <param name="names">The wire names; the first name given for a member is the one written.</param>
    protected TolerantEnumConverter(TEnum unknown, params (string Wire, TEnum Value)[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _unknown = unknown;
        var read = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        var write = new Dictionary<TEnum, string>();
        foreach (var (wire, value) in names)
        {
            read[Normalize(wire)] = value;
            write.TryAdd(value, wire);
        }

        _read = read.ToFrozenDictionary(StringComparer.Ordinal);
        _write = write.ToFrozenDictionary();
    }

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <summary>Maps a wire string to the enum (unknown member when not recognised).</summary>
    /// <param name="wire">The vendor's string.</param>
    /// <returns>The member.</returns>
    public TEnum Parse(string? wire) =>
        wire is not null && _read.TryGetValue(Normalize(wire), out var value) ? value : _unknown;

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.TokenType == JsonTokenType.String ? reader.GetString() : SkipAndNull(ref reader));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(_write.TryGetValue(value, out var wire) ? wire : "n/a");
    }

    private static string? SkipAndNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    private static string Normalize(string wire)
    {
        Span<char> buffer = wire.Length <= 64 ? stackalloc char[wire.Length] : new char[wire.Length];
        var n = 0;
        foreach (var c in wire)
        {
            if (c is ' ' or '-' or '_')
            {
                continue;
            }

            buffer[n++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..n]);
    }
}
