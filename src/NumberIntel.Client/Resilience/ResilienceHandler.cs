using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace NumberIntel.Client.Resilience;

/// <summary>
/// Runs every request of one vendor through that vendor's resilience pipeline. The pipeline is shared by all
/// handler instances of the vendor (the circuit breaker's state must outlive <c>IHttpClientFactory</c>'s handler
/// rotation). When the pipeline gives up, an open circuit or a timeout surfaces as a <see cref="NumberIntelVendorException"/>.
/// </summary>
internal sealed class ResilienceHandler(NumberIntelVendor vendor, ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(
                static async (state, ct) => await state.Handler.SendCoreAsync(state.Request, ct).ConfigureAwait(false),
                (Handler: this, Request: request),
                cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException e)
        {
            throw new NumberIntelVendorException(
                $"{vendor} is failing repeatedly, so calls are paused for a short while (circuit open). The call was not sent.",
                vendor,
                innerException: e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new NumberIntelVendorException(
                $"{vendor} did not answer within {e.Timeout.TotalSeconds:0.###} s.",
                vendor,
                System.Net.HttpStatusCode.RequestTimeout,
                innerException: e);
        }
    }

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
