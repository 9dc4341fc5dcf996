using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace NumberIntel.Client.Http;

/// <summary>
/// The HTTP plumbing shared by both vendors' clients: key header, content negotiation, compression, the
/// response-size cap, HTTP-status mapping and typed JSON reading. Stateless per call and safe for concurrent use.
/// </summary>
/// <remarks>
/// Failure contract:
/// <list type="bullet">
/// <item>401/403 → <see cref="NumberIntelAuthenticationException"/> (the body is never read or echoed).</item>
/// <item>429 → <see cref="NumberIntelThrottledException"/> with <see cref="NumberIntelThrottledException.RetryAfter"/>.</item>
/// <item>any other non-success status (408, 5xx, 3xx, …) → <see cref="NumberIntelVendorException"/> with the status.</item>
/// <item>a 2xx body that is not the expected JSON, is too large or badly compressed → <see cref="NumberIntelVendorException"/>
/// (the <see cref="JsonException"/> is the inner exception).</item>
/// <item>connection failures and timeouts are not wrapped: <see cref="HttpRequestException"/> and
/// <see cref="TaskCanceledException"/> propagate as the <see cref="HttpClient"/> raised them (an I/O failure while
/// reading the body is raised as <see cref="HttpRequestException"/> too), so a resilience layer can retry them.
/// Cancellation through the caller's token raises <see cref="OperationCanceledException"/>.</item>
/// </list>
/// </remarks>
internal sealed class VendorHttpTransport
{
    private static readonly string[] RequestIdHeaders = ["X-Request-Id", "Request-Id"];

    private readonly HttpClient _httpClient;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the transport.</summary>
    /// <param name="httpClient">The client to send with (not owned, never mutated).</param>
    /// <param name="endpoint">The validated vendor settings.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="timeProvider">The clock for durations and <c>Retry-After</c> dates.</param>
    public VendorHttpTransport(HttpClient httpClient, VendorEndpoint endpoint, ILogger logger, TimeProvider timeProvider)
    {
        _httpClient = httpClient;
        Endpoint = endpoint;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    /// <summary>The validated vendor settings.</summary>
    public VendorEndpoint Endpoint { get; }

    /// <summary>The logger the client writes to.</summary>
    public ILogger Logger => _logger;

    /// <summary>The vendor display name.</summary>
    private string VendorName => Endpoint.VendorName;

    /// <summary>Sends <paramref name="request"/> and reads its body as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="request">The request; the key and negotiation headers are added here. Disposed by the caller.</param>
    /// <param name="typeInfo">The source-generated contract of the body.</param>
    /// <param name="operation">Operation name for logs.</param>
    /// <param name="batchSize">Numbers in the request, for logs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The body, status and request id.</returns>
    public async Task<VendorResponse<T>> SendAsync<T>(
        HttpRequestMessage request,
        JsonTypeInfo<T> typeInfo,
        string operation,
        int batchSize,
        CancellationToken cancellationToken)
        where T : class
    {
        request.Headers.TryAddWithoutValidation(Endpoint.ApiKeyHeader, Endpoint.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var started = _timeProvider.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (LogNoResponse(operation, ex, batchSize, started))
        {
            throw; // Unreachable: the filter only logs.
        }

        using (response)
        {
            var requestId = ReadRequestId(response);
            var status = response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var error = MapStatus(response, requestId);
                TransportLog.Failed(_logger, VendorName, operation, (int)status, error, batchSize, _timeProvider, started);
                throw error;
            }

            T value;
            try
            {
                value = await ReadJsonAsync(response, typeInfo, requestId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (LogReadFailure(operation, (int)status, ex, batchSize, started))
            {
                throw; // Unreachable: the filter only logs.
            }

            TransportLog.Completed(_logger, VendorName, operation, (int)status, batchSize, _timeProvider, started);
            return new VendorResponse<T>(value, status, requestId);
        }
    }

    /// <summary>Replaces any occurrence of the API key in vendor-supplied text, and caps its length.</summary>
    /// <param name="text">Text from the vendor.</param>
    /// <returns>The text without the key.</returns>
    public string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var scrubbed = text.Replace(Endpoint.ApiKey, "***", StringComparison.OrdinalIgnoreCase);
        return scrubbed.Length <= 500 ? scrubbed : string.Concat(scrubbed.AsSpan(0, 500), "…");
    }

    private static string? ReadRequestId(HttpResponseMessage response)
    {
        foreach (var name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values)
                && values.FirstOrDefault() is { Length: > 0 and <= 200 } id
                && id.All(c => c is >= ' ' and <= '~'))
            {
                return id;
            }
        }

        return null;
    }

    private NumberIntelException MapStatus(HttpResponseMessage response, string? requestId)
    {
        var status = response.StatusCode;
        var code = (int)status;
        switch (status)
        {
            case HttpStatusCode.Unauthorized:
            case HttpStatusCode.Forbidden:
                return new NumberIntelAuthenticationException(
                    $"{VendorName} rejected the API key (HTTP {code}). Check {Endpoint.ApiKeyConfigurationPath}; retrying will not help.",
                    Endpoint.Vendor,
                    status,
                    requestId);
            case HttpStatusCode.TooManyRequests:
                var retryAfter = RetryAfter.Read(response.Headers, _timeProvider);
                var wait = retryAfter is { } r ? $"; it asked to wait {r.TotalSeconds:0.###} s" : string.Empty;
                return new NumberIntelThrottledException(
                    $"{VendorName} throttled the request (HTTP 429){wait}.",
                    Endpoint.Vendor,
                    status,
                    requestId)
                {
                    RetryAfter = retryAfter,
                };
            default:
                return new NumberIntelVendorException(
                    $"{VendorName} answered HTTP {code} ({status}).",
                    Endpoint.Vendor,
                    status,
                    requestId);
        }
    }

    private async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string? requestId, CancellationToken cancellationToken)
        where T : class
    {
        var status = response.StatusCode;
        var limit = Endpoint.MaxResponseBytes;
        if (response.Content.Headers.ContentLength is { } length && length > limit)
        {
            throw TooLarge(status, requestId, null);
        }

        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);

        // Both the bytes on the wire and the decompressed bytes are capped (the latter guards against decompression bombs).
        var raw = new LimitedReadStream(body, limit);
        var outermost = (Stream)raw;
        LimitedReadStream? decoded = null;
        try
        {
            outermost = decoded = new LimitedReadStream(ContentDecoding.Decode(raw, response.Content.Headers.ContentEncoding), limit);
            var value = await JsonSerializer.DeserializeAsync(decoded, typeInfo, cancellationToken).ConfigureAwait(false);
            return value ?? throw new NumberIntelVendorException(
                $"{VendorName} answered HTTP {(int)status} with a JSON null body instead of a result.",
                Endpoint.Vendor,
                status,
                requestId);
        }
        catch (JsonException ex)
        {
            throw new NumberIntelVendorException(
                $"{VendorName} answered HTTP {(int)status} with a body that is not the expected JSON (empty, not JSON, truncated or of the wrong shape; Content-Type {ContentType(response)}).",
                Endpoint.Vendor,
                status,
                requestId,
                innerException: ex);
        }
        catch (InvalidDataException ex)
        {
            if (raw.LimitExceeded || decoded?.LimitExceeded == true)
            {
                throw TooLarge(status, requestId, ex);
            }

            throw new NumberIntelVendorException(
                $"{VendorName} answered HTTP {(int)status} with a body that could not be decompressed.",
                Endpoint.Vendor,
                status,
                requestId,
                innerException: ex);
        }
        catch (NotSupportedException ex)
        {
            throw new NumberIntelVendorException(
                $"{VendorName} answered HTTP {(int)status} with a body in an unsupported encoding: {ex.Message}",
                Endpoint.Vendor,
                status,
                requestId,
                innerException: ex);
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The connection failed mid-body: surface it like any other connection failure.
            throw new HttpRequestException(
                ex is HttpIOException io ? io.HttpRequestError : HttpRequestError.ResponseEnded,
                $"The connection to {VendorName} failed while reading the response body.",
                ex,
                status);
        }
        finally
        {
            await outermost.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string ContentType(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType ?? "not given";

    private NumberIntelVendorException TooLarge(HttpStatusCode status, string? requestId, Exception? inner) =>
        new(
            $"{VendorName} answered with a body larger than the limit of {Endpoint.MaxResponseBytes} bytes (MaxResponseBytes).",
            Endpoint.Vendor,
            status,
            requestId,
            innerException: inner);

    private bool LogNoResponse(string operation, Exception ex, int batchSize, long started)
    {
        TransportLog.NoResponse(_logger, VendorName, operation, ex, batchSize, _timeProvider, started);
        return false;
    }

    private bool LogReadFailure(string operation, int status, Exception ex, int batchSize, long started)
    {
        TransportLog.Failed(_logger, VendorName, operation, status, ex, batchSize, _timeProvider, started);
        return false;
    }
}
