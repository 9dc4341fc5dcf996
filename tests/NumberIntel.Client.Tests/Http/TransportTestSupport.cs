using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Logging;

namespace NumberIntel.Client.Tests.Http;

/// <summary>Values and helpers shared by the transport tests.</summary>
internal static class TransportTestSupport
{
    /// <summary>A distinctive key, so a leak is easy to spot in any text.</summary>
    public const string ApiKey = "sk_test_7Hq2Xv9LmP4kZr8W";

    /// <summary>Gzip-compresses UTF-8 text.</summary>
    public static byte[] Gzip(string text) => Compress(text, s => new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true));

    /// <summary>Brotli-compresses UTF-8 text.</summary>
    public static byte[] Brotli(string text) => Compress(text, s => new BrotliStream(s, CompressionLevel.Fastest, leaveOpen: true));

    /// <summary>Zlib-compresses UTF-8 text (HTTP <c>deflate</c>).</summary>
    public static byte[] Deflate(string text) => Compress(text, s => new ZLibStream(s, CompressionLevel.Fastest, leaveOpen: true));

    /// <summary>Every message and inner message of an exception chain plus its ToString().</summary>
    public static string AllText(Exception exception)
    {
        var builder = new StringBuilder(exception.ToString());
        for (var e = exception; e is not null; e = e.InnerException)
        {
            builder.AppendLine().Append(e.Message);
        }

        return builder.ToString();
    }

    private static byte[] Compress(string text, Func<Stream, Stream> wrap)
    {
        using var output = new MemoryStream();
        using (var compressor = wrap(output))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            compressor.Write(bytes, 0, bytes.Length);
        }

        return output.ToArray();
    }
}

/// <summary>An <see cref="ILogger{T}"/> that keeps every formatted message and every structured value.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        Entries.Enqueue((logLevel, eventId, formatter(state, exception), values.ToList()));
    }

    /// <summary>All messages and values as one text, for leak checks.</summary>
    public string AllText() =>
        string.Join('\n', Entries.Select(e => e.Message + " | " + string.Join(", ", e.State.Select(kv => $"{kv.Key}={kv.Value}"))));
}
