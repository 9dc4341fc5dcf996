using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Refit;

namespace NumberIntel.Client.Http;

/// <summary>
/// Refit's System.Text.Json serializer over the SDK's source-generated contracts, except that a UTF-8 response body is
/// deserialized synchronously from the bytes the content already holds in memory (<see cref="ResponseBodyHandler"/> and
/// Refit buffer it before it gets here) instead of through a second stream and an asynchronous reader. Same contracts,
/// same exceptions (<see cref="JsonException"/> for a body that is not the expected JSON); everything else is the wrapped
/// serializer's.
/// </summary>
internal sealed class VendorJsonSerializer(JsonSerializerOptions options)
    : IHttpContentSerializer, ISynchronousContentSerializer, ISynchronousContentDeserializer
{
    private readonly SystemTextJsonContentSerializer _inner = new(options);

    /// <inheritdoc />
    public HttpContent ToHttpContent<T>(T item) => _inner.ToHttpContent(item);

    /// <inheritdoc />
    public HttpContent ToHttpContentSynchronous<T>(T item) => _inner.ToHttpContentSynchronous(item);

    /// <inheritdoc />
    public HttpContent ToStreamingHttpContent<T>(T item) => _inner.ToStreamingHttpContent(item);

    /// <inheritdoc />
    public T? DeserializeFromString<T>(string content) => _inner.DeserializeFromString<T>(content);

    /// <inheritdoc />
    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => _inner.GetFieldNameForProperty(propertyInfo);

    /// <inheritdoc />
    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        if (!IsUtf8(content.Headers.ContentType?.CharSet))
        {
            return _inner.FromHttpContentAsync<T>(content, cancellationToken); // transcodes other charsets
        }

        // A buffered content writes its whole buffer in one synchronous call; the sink parses it right there.
        var sink = new JsonSink<T>(options.GetTypeInfo<T>());
        try
        {
            content.CopyTo(sink, null, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<T?>(ex);
        }

        return sink.Writes switch
        {
            1 when sink.Error is null => Task.FromResult(sink.Result),
            1 => Task.FromException<T?>(sink.Error),
            0 => Task.FromException<T?>(new JsonException("The response body is empty.")),
            _ => Task.FromException<T?>(new JsonException("The response body was not buffered.")),
        };
    }

    /// <summary>Whether a <c>charset</c> parameter means UTF-8 (or is absent, which JSON reads as UTF-8).</summary>
    private static bool IsUtf8(string? charset) =>
        charset is null
        || charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || charset.Trim('"').Equals("utf8", StringComparison.OrdinalIgnoreCase);

    /// <summary>A write-only stream that deserializes the one buffer written to it, during the write.</summary>
    private sealed class JsonSink<T>(JsonTypeInfo<T> typeInfo) : Stream
    {
        public int Writes { get; private set; }

        public T? Result { get; private set; }

        public Exception? Error { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (++Writes > 1)
            {
                Result = default; // more than one piece: not a buffered body (reported by the caller)
                return;
            }

            if (buffer.StartsWith("\uFEFF"u8))
            {
                buffer = buffer[3..]; // a UTF-8 byte order mark, which the stream reader skips too
            }

            try
            {
                Result = JsonSerializer.Deserialize(buffer, typeInfo);
            }
            catch (JsonException ex)
            {
                Error = ex;
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
