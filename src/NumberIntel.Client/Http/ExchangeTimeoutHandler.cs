namespace NumberIntel.Client.Http;

/// <summary>
/// Bounds a whole exchange (sending, headers and body) of a client built by hand by the caller's
/// <see cref="HttpClient.Timeout"/>, which on its own would not cover the body once the headers have arrived.
/// </summary>
internal sealed class ExchangeTimeoutHandler(TimeSpan timeout) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (timeout == Timeout.InfiniteTimeSpan || timeout <= TimeSpan.Zero)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            return await base.SendAsync(request, cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cts.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No complete answer within HttpClient.Timeout ({timeout.TotalSeconds:0.###} s).", ex);
        }
    }
}
