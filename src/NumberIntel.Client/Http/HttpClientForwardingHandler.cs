namespace NumberIntel.Client.Http;

/// <summary>
/// The bottom of the handler chain of a client built by hand: sends through the caller's <see cref="HttpClient"/>
/// (its handlers, default headers and connection pool), asking for the headers first so the body is read above,
/// within <see cref="HttpClient.Timeout"/> of the caller's client (see <see cref="VendorHttp.CreateDirectClient"/>).
/// </summary>
internal sealed class HttpClientForwardingHandler(HttpClient httpClient) : HttpMessageHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // HttpClient sends a request message once: the caller's client gets a copy (the content is shared, not copied).
        var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Content = request.Content,
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
        };
        // Unvalidated: the values as they are, without parsing them into typed header objects on the way.
        foreach (var header in request.Headers.NonValidated)
        {
            foreach (var value in header.Value)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, value);
            }
        }

        foreach (var option in request.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }

        return httpClient.SendAsync(copy, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }
}
