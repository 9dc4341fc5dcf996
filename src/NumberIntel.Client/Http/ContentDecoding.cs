using System.IO.Compression;

namespace NumberIntel.Client.Http;

/// <summary>
/// Undoes a response's <c>Content-Encoding</c> when the HTTP handler did not (its automatic decompression is off),
/// so compressed answers work with any <see cref="HttpClient"/>.
/// </summary>
internal static class ContentDecoding
{
    /// <summary>Wraps <paramref name="body"/> in decompressors for <paramref name="contentEncodings"/> (applied in reverse order).</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="contentEncodings">The <c>Content-Encoding</c> values in the order the server applied them.</param>
    /// <returns>A stream of the decoded body.</returns>
    /// <exception cref="NotSupportedException">An encoding other than gzip, br, deflate or identity.</exception>
    public static Stream Decode(Stream body, ICollection<string> contentEncodings)
    {
        if (contentEncodings.Count == 0)
        {
            return body;
        }

        var stream = body;
        foreach (var encoding in contentEncodings.Reverse())
        {
            var e = encoding.Trim();
            if (e.Equals("gzip", StringComparison.OrdinalIgnoreCase) || e.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }
            else if (e.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                stream = new BrotliStream(stream, CompressionMode.Decompress);
            }
            else if (e.Equals("deflate", StringComparison.OrdinalIgnoreCase))
            {
                // HTTP "deflate" is the zlib format (RFC 9110 §8.4.1.2).
                stream = new ZLibStream(stream, CompressionMode.Decompress);
            }
            else if (!e.Equals("identity", StringComparison.OrdinalIgnoreCase) && e.Length > 0)
            {
                throw new NotSupportedException($"Unsupported Content-Encoding '{e}'.");
            }
        }

        return stream;
    }
}
