using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client.Resilience;

/// <summary>
/// Waits for permits from the vendor's <see cref="RateLimiter"/> before each attempt is sent (a retry needs permits
/// too); with no limiter (rate limiting off) requests pass straight through. A lease that cannot be had (queue full) fails the attempt as <see cref="NumberIntelThrottledException"/>.
/// </summary>
internal sealed class RateLimitingHandler(NumberIntelVendor vendor, RateLimiter? limiter, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (limiter is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var permits = request.Options.TryGetValue(NumberIntelHttpRequestOptions.Permits, out var n) && n > 0 ? n : 1;
        using var lease = await limiter.AcquireAsync(permits, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            ResilienceLog.RateLimiterRejected(logger, vendor, permits);
            NumberIntelInstrumentation.Throttle(vendor, "rate_limiter");
            throw new NumberIntelThrottledException(
                $"The client-side rate limiter for {vendor} refused the call: its queue is full. Lower the concurrency or raise NumberIntel:{vendor}:RateLimit:QueueLimit.",
                vendor)
            {
                RetryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null,
            };
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
