using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Http;
using NumberIntel.Client.Telemetry;
using Polly;
using Polly.RateLimiting;

namespace NumberIntel.Client.Resilience;

/// <summary>
/// The client-side rate limiter as the outermost strategy of a vendor's pipeline: a call waits for its permits before
/// the total timeout, the retries, the circuit breaker and the attempt timeout start, so queue time is never taken for
/// a slow or failing vendor. The wait is bounded by <see cref="NumberIntelRateLimitOptions.MaxQueueTime"/>; a full queue
/// or a wait over that bound fails as <see cref="NumberIntelThrottledException"/>.
/// </summary>
internal static class VendorRateLimiting
{
    private static readonly HttpRequestOptionsKey<object?[]> Arguments = new(Refit.HttpRequestMessageOptions.MethodArguments);

    /// <summary>Adds the limiter strategy.</summary>
    /// <param name="builder">The vendor's pipeline builder.</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="limiter">The vendor's limiter (built-in or the host's).</param>
    /// <param name="maxQueueTime">The longest wait for permits.</param>
    /// <param name="timeProvider">The clock of the queue-time bound.</param>
    /// <param name="logger">Where refusals are logged.</param>
    public static void Add(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        NumberIntelVendor vendor,
        RateLimiter limiter,
        TimeSpan maxQueueTime,
        TimeProvider timeProvider,
        ILogger logger)
    {
        builder.AddRateLimiter(new RateLimiterStrategyOptions
        {
            Name = "rate-limiter",
            RateLimiter = args => AcquireAsync(vendor, limiter, maxQueueTime, timeProvider, logger, args),
        });
    }

    /// <summary>The permits a request needs: Bind one per MSISDN in the body, IPQS one per request.</summary>
    /// <param name="request">The request, when known.</param>
    /// <returns>At least 1.</returns>
    internal static int Permits(HttpRequestMessage? request)
    {
        if (request is not null && request.Options.TryGetValue(Arguments, out var arguments) && arguments is not null)
        {
            foreach (var argument in arguments)
            {
                if (argument is IRateLimitedRequest { Permits: > 0 and var count })
                {
                    return count;
                }
            }
        }

        return 1;
    }

    private static async ValueTask<RateLimitLease> AcquireAsync(
        NumberIntelVendor vendor,
        RateLimiter limiter,
        TimeSpan maxQueueTime,
        TimeProvider timeProvider,
        ILogger logger,
        RateLimiterArguments args)
    {
        var permits = Permits(args.Context.GetRequestMessage());
        var cancellationToken = args.Context.CancellationToken;
        if (!cancellationToken.IsCancellationRequested && limiter is SteadyTokenBucketRateLimiter steady && steady.TryAcquireNow(permits) is { } granted)
        {
            return granted; // permits available and nobody queued: no queue-time timer needed
        }

        RateLimitLease lease;
        using var queueTimer = maxQueueTime == Timeout.InfiniteTimeSpan || maxQueueTime <= TimeSpan.Zero
            ? null
            : new CancellationTokenSource(maxQueueTime, timeProvider);
        using var linked = queueTimer is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, queueTimer.Token);
        try
        {
            lease = await limiter.AcquireAsync(permits, linked?.Token ?? cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (queueTimer?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
        {
            ResilienceLog.RateLimiterRejected(logger, vendor, permits);
            NumberIntelInstrumentation.Throttle(vendor, "rate_limiter");
            throw new NumberIntelThrottledException(
                $"The client-side rate limiter for {VendorText.Name(vendor)} kept the call waiting longer than {maxQueueTime.TotalSeconds:0.###} s; it was not sent. Lower the concurrency, or raise NumberIntel:{vendor}:RateLimit:PermitsPerSecond (up to your allocation) or MaxQueueTime.",
                vendor,
                innerException: ex);
        }

        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : (TimeSpan?)null;
            lease.Dispose();
            ResilienceLog.RateLimiterRejected(logger, vendor, permits);
            NumberIntelInstrumentation.Throttle(vendor, "rate_limiter");
            throw new NumberIntelThrottledException(
                $"The client-side rate limiter for {VendorText.Name(vendor)} refused the call: its queue is full; it was not sent. Lower the concurrency or raise NumberIntel:{vendor}:RateLimit:QueueLimit.",
                vendor)
            {
                RetryAfter = retryAfter,
            };
        }

        return lease;
    }
}
