using System.Net;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace NumberIntel.Client.Http;

/// <summary>
/// The outermost NumberIntel handler, the same for a client built by hand and one built by DI: it turns what the
/// handlers below raise into the <see cref="NumberIntelException"/> family, so the caller sees one contract.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>unreachable host, refused or reset connection (<see cref="HttpRequestException"/>) → <see cref="NumberIntelVendorException"/>, inner exception kept;</item>
/// <item>attempt or total timeout (<see cref="TimeoutRejectedException"/>, an <see cref="HttpClient.Timeout"/>, <see cref="TimeoutException"/>) → <see cref="NumberIntelVendorException"/> with status 408;</item>
/// <item>open circuit (<see cref="BrokenCircuitException"/>) → <see cref="NumberIntelVendorException"/>;</item>
/// <item>a rate limiter of the caller's own pipeline refusing (<see cref="RateLimiterRejectedException"/>) → <see cref="NumberIntelThrottledException"/>;</item>
/// <item><see cref="NumberIntelException"/>s and the caller's own cancellation pass unchanged.</item>
/// </list>
/// </remarks>
internal sealed class VendorExceptionHandler(NumberIntelVendor vendor) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(vendor, ex, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>The typed exception for <paramref name="exception"/>, or null to let it pass unchanged.</summary>
    /// <param name="vendor">The vendor called.</param>
    /// <param name="exception">What the handlers below raised.</param>
    /// <param name="cancellationToken">The caller's token: its cancellation passes unchanged.</param>
    /// <returns>The exception to throw instead, or null.</returns>
    internal static NumberIntelException? Translate(NumberIntelVendor vendor, Exception exception, CancellationToken cancellationToken)
    {
        var name = VendorText.Name(vendor);
        return exception switch
        {
            NumberIntelException => null,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            BrokenCircuitException e => new NumberIntelVendorException(
                $"{name} is failing repeatedly, so calls are paused for a short while (circuit open). The call was not sent.",
                vendor,
                innerException: e),
            TimeoutRejectedException e => new NumberIntelVendorException(
                $"{name} did not answer within {e.Timeout.TotalSeconds:0.###} s.",
                vendor,
                HttpStatusCode.RequestTimeout,
                innerException: e),
            RateLimiterRejectedException e => new NumberIntelThrottledException(
                $"A rate limiter in the {name} client refused the call.",
                vendor,
                innerException: e)
            {
                RetryAfter = e.RetryAfter,
            },
            HttpRequestException e => new NumberIntelVendorException(
                $"{name} could not be reached or the connection failed ({e.HttpRequestError}): {e.Message}",
                vendor,
                e.StatusCode,
                innerException: e),
            OperationCanceledException or TimeoutException => new NumberIntelVendorException(
                $"{name} did not answer in time.",
                vendor,
                HttpStatusCode.RequestTimeout,
                innerException: exception),
            IOException e => new NumberIntelVendorException(
                $"The connection to {name} failed: {e.Message}",
                vendor,
                innerException: e),
            _ => null,
        };
    }
}
