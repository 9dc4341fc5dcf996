using System.Net;
using System.Text.Json;
using Refit;

namespace NumberIntel.Client.Http;

/// <summary>
/// What both construction paths share: the Refit settings (the SDK's source-generated JSON contracts; transport
/// failures are not wrapped by Refit), the handler chain of a client built by hand, and the classification of an answer.
/// </summary>
internal static class VendorHttp
{
    /// <summary>
    /// The Refit settings of a vendor API over its source-generated JSON contracts (each vendor folder holds its own
    /// context and its settings: <c>BindClient.RefitSettings</c>, <c>IpqsClient.RefitSettings</c>).
    /// </summary>
    /// <param name="json">The vendor's source-generated options.</param>
    /// <param name="captureArguments">Whether the call's arguments are kept on the request (Bind: so the rate limiter can count one permit per MSISDN of the body).</param>
    /// <returns>The settings, to be shared by every client of the vendor.</returns>
    public static RefitSettings CreateSettings(JsonSerializerOptions json, bool captureArguments) => new(new VendorJsonSerializer(json))
    {
        // Our handlers already raise typed exceptions; Refit must not wrap them in ApiRequestException.
        TransportExceptionFactory = static (_, exception, _) => exception,
        CaptureMethodArguments = captureArguments,
        // The small JSON body serialized synchronously into one byte array (ByteArrayContent, with Content-Length)
        // instead of an async JsonContent per request: fewer objects per Bind call.
        RequestBodySerialization = RequestBodySerializationMode.Buffered,
    };

    /// <summary>
    /// The <see cref="HttpClient"/> a hand-built client gives Refit: the same NumberIntel handlers as the DI client
    /// (exception translation, body buffering with the size cap and decompression) over the caller's client, whose
    /// <see cref="HttpClient.Timeout"/> then bounds the whole exchange, body included.
    /// </summary>
    /// <param name="httpClient">The caller's client (not owned, not modified).</param>
    /// <param name="endpoint">The validated vendor settings.</param>
    /// <returns>A client for <c>RestService.ForGenerated</c>.</returns>
    public static HttpClient CreateDirectClient(HttpClient httpClient, VendorEndpoint endpoint)
    {
        var chain = new VendorExceptionHandler(endpoint.Vendor)
        {
            InnerHandler = new ExchangeTimeoutHandler(httpClient.Timeout)
            {
                InnerHandler = new ResponseBodyHandler(endpoint.Vendor, endpoint.MaxResponseBytes)
                {
                    InnerHandler = new HttpClientForwardingHandler(httpClient),
                },
            },
        };
        return new HttpClient(chain, disposeHandler: true)
        {
            BaseAddress = endpoint.BaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>
    /// The body of a usable answer, or the typed exception for any other: 401/403 → authentication; 429 → throttled with
    /// <c>Retry-After</c>; any other non-success status → vendor error; a 2xx body that is not the expected JSON (HTML,
    /// truncated, empty, <c>null</c>) → vendor error with the <see cref="JsonException"/> inside.
    /// </summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="response">Refit's answer.</param>
    /// <param name="endpoint">The vendor settings, for messages.</param>
    /// <param name="timeProvider">The clock a <c>Retry-After</c> date is measured against.</param>
    /// <returns>The body.</returns>
    public static T Content<T>(IApiResponse<T> response, VendorEndpoint endpoint, TimeProvider timeProvider)
        where T : class
    {
        var status = response.StatusCode ?? 0;
        var requestId = RequestIds.Read(response.Headers);
        var name = endpoint.VendorName;
        if (!response.IsSuccessStatusCode)
        {
            throw status switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new NumberIntelAuthenticationException(
                    $"{name} rejected the API key (HTTP {(int)status}). Check {endpoint.ApiKeyConfigurationPath}; retrying will not help.",
                    endpoint.Vendor,
                    status,
                    requestId),
                HttpStatusCode.TooManyRequests => Throttled(response, endpoint, requestId, timeProvider),
                _ => new NumberIntelVendorException(
                    $"{name} answered HTTP {(int)status} ({status}).",
                    endpoint.Vendor,
                    status,
                    requestId),
            };
        }

        if (response.Error is { } error)
        {
            throw new NumberIntelVendorException(
                $"{name} answered HTTP {(int)status} with a body that is not the expected JSON (empty, not JSON, truncated or of the wrong shape; Content-Type {response.ContentHeaders?.ContentType?.MediaType ?? "not given"}).",
                endpoint.Vendor,
                status,
                requestId,
                innerException: error.InnerException ?? error);
        }

        if (response.Content is { } content)
        {
            return content;
        }

        var empty = response.ContentHeaders?.ContentLength is null or 0;
        throw new NumberIntelVendorException(
            empty
                ? $"{name} answered HTTP {(int)status} with an empty body instead of the expected JSON."
                : $"{name} answered HTTP {(int)status} with a JSON null body instead of a result.",
            endpoint.Vendor,
            status,
            requestId,
            innerException: empty ? new JsonException("The response body is empty.") : null);
    }

    private static NumberIntelThrottledException Throttled(IApiResponse response, VendorEndpoint endpoint, string? requestId, TimeProvider timeProvider)
    {
        var retryAfter = response.Headers is { } headers ? RetryAfter.Read(headers, timeProvider) : null;
        var wait = retryAfter is { } r ? $"; it asked to wait {r.TotalSeconds:0.###} s" : string.Empty;
        return new NumberIntelThrottledException(
            $"{endpoint.VendorName} throttled the request (HTTP 429){wait}.",
            endpoint.Vendor,
            HttpStatusCode.TooManyRequests,
            requestId)
        {
            RetryAfter = retryAfter,
        };
    }
}
