using System.Net;
using System.Net.Http.Headers;

namespace NumberIntel.Client.Http;

/// <summary>
/// The innermost NumberIntel handler: asks for JSON and gzip/Brotli, then reads the whole response body into memory
/// before the response leaves the handler, so that an attempt timeout around it covers sending, the headers and the
/// body. Both the bytes on the wire and the decoded bytes are capped (<see cref="NumberIntelVendorOptions.MaxResponseBytes"/>);
/// a body the handler below did not decompress is decoded here.
/// </summary>
/// <remarks>
/// A connection that fails while the body is read (reset, early end) is raised as <see cref="HttpRequestException"/>,
/// like a failure before the headers, so the retry treats both alike. A body over the cap, badly compressed or in an
/// unknown encoding is a <see cref="NumberIntelVendorException"/> (not retried).
/// </remarks>
internal sealed class ResponseBodyHandler : DelegatingHandler
{
    private const string AcceptHeader = "Accept";
    private const string AcceptEncodingHeader = "Accept-Encoding";

    private readonly NumberIntelVendor _vendor;
    private readonly long _maxResponseBytes;

    /// <summary>Creates the handler.</summary>
    /// <param name="vendor">The vendor, for messages.</param>
    /// <param name="maxResponseBytes">The cap on the body, compressed and decoded.</param>
    public ResponseBodyHandler(NumberIntelVendor vendor, long maxResponseBytes)
    {
        _vendor = vendor;
        _maxResponseBytes = maxResponseBytes > 0 ? maxResponseBytes : NumberIntelVendorOptions.DefaultMaxResponseBytes;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Unvalidated: no typed header collections or parsed values per request; the wire is the same
        // ("Accept: application/json", "Accept-Encoding: gzip, br").
        var headers = request.Headers;
        if (!headers.NonValidated.Contains(AcceptHeader))
        {
            headers.TryAddWithoutValidation(AcceptHeader, "application/json");
        }

        if (!headers.NonValidated.Contains(AcceptEncodingHeader))
        {
            headers.TryAddWithoutValidation(AcceptEncodingHeader, "gzip, br");
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.RequestMessage ??= request; // a custom primary handler may leave it unset; Refit needs it
        try
        {
            await BufferAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        if (original is null)
        {
            return;
        }

        var headers = original.Headers;
        if (headers.ContentLength is { } length && length > _maxResponseBytes)
        {
            throw TooLarge(response, null);
        }

        if (headers.ContentEncoding.Count == 0)
        {
            // Nothing to decode (or the handler below decoded it): buffer the content in place, capped.
            try
            {
                await original.LoadIntoBufferAsync(_maxResponseBytes, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (HttpRequestException ex) when (ex.InnerException is null && !cancellationToken.IsCancellationRequested)
            {
                // LoadIntoBufferAsync reports a body over the limit as an HttpRequestException without an inner exception;
                // connection failures carry the IOException inside and stay retryable.
                throw TooLarge(response, ex);
            }
        }

        var buffer = new MemoryStream(headers.ContentLength is { } known and > 0 ? (int)known : 0);
        var raw = new LimitedReadStream(await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _maxResponseBytes);
        LimitedReadStream? decoded = null;
        try
        {
            decoded = new LimitedReadStream(ContentDecoding.Decode(raw, headers.ContentEncoding), _maxResponseBytes);
            await decoded.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            if (raw.LimitExceeded || decoded?.LimitExceeded == true)
            {
                throw TooLarge(response, ex);
            }

            throw Failure(response, "a body that could not be decompressed", ex);
        }
        catch (NotSupportedException ex)
        {
            throw Failure(response, $"a body in an unsupported encoding: {ex.Message}", ex);
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The connection failed mid-body: the same as a failure before the headers, so it is retried alike.
            throw new HttpRequestException(
                ex is HttpIOException io ? io.HttpRequestError : HttpRequestError.ResponseEnded,
                $"The connection to {VendorText.Name(_vendor)} failed while reading the response body.",
                ex,
                response.StatusCode);
        }
        finally
        {
            await (decoded ?? (Stream)raw).DisposeAsync().ConfigureAwait(false);
        }

        var content = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
        foreach (var header in headers)
        {
            if (!header.Key.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)
                && !header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        content.Headers.ContentLength = buffer.Length;
        response.Content = content;
        original.Dispose();
    }

    private NumberIntelVendorException TooLarge(HttpResponseMessage response, Exception? inner) =>
        Failure(response, $"a body larger than the limit of {_maxResponseBytes} bytes (MaxResponseBytes)", inner);

    private NumberIntelVendorException Failure(HttpResponseMessage response, string what, Exception? inner) =>
        new(
            $"{VendorText.Name(_vendor)} answered HTTP {(int)response.StatusCode} with {what}.",
            _vendor,
            response.StatusCode,
            RequestIds.Read(response.Headers),
            innerException: inner);
}
