using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Http;
using NumberIntel.Client.Telemetry;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace NumberIntel.Client.Resilience;

/// <summary>
/// One vendor's HTTP pipeline, added with <c>AddResilienceHandler</c> on its named client, outermost first:
/// client-side rate limiter (queue time bounded on its own) → total timeout → retry (connection failures, a reset or
/// stalled body, attempt timeouts, 408, 429, 5xx; exponential back-off with jitter; <c>Retry-After</c> honoured) →
/// circuit breaker → attempt timeout. The response body is read inside the attempt (see <see cref="ResponseBodyHandler"/>).
/// </summary>
/// <remarks>
/// A <c>Retry-After</c> longer than <see cref="NumberIntelResilienceOptions.MaxDelay"/> or than the time left in the
/// total timeout is not waited for: the answer is returned at once and the client raises
/// <see cref="NumberIntelThrottledException"/> with the vendor's <see cref="NumberIntelThrottledException.RetryAfter"/>.
/// 401/403 and IPQS <c>success:false</c> bodies (HTTP 200) are never retried.
/// </remarks>
internal static class VendorResiliencePipeline
{
    private static readonly ResiliencePropertyKey<long> Started = new("NumberIntel.Started");

    /// <summary>Adds the vendor's strategies to <paramref name="builder"/>.</summary>
    /// <param name="builder">The builder <c>AddResilienceHandler</c> gives.</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="options">The vendor's settings.</param>
    /// <param name="limiter">The vendor's rate limiter, or null when rate limiting is off.</param>
    /// <param name="timeProvider">The clock of every timer and delay.</param>
    /// <param name="logger">Where retries, timeouts and circuit changes are logged.</param>
    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        NumberIntelVendor vendor,
        NumberIntelVendorOptions options,
        RateLimiter? limiter,
        TimeProvider timeProvider,
        ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.TimeProvider = timeProvider;
        if (limiter is not null)
        {
            VendorRateLimiting.Add(builder, vendor, limiter, options.RateLimit.MaxQueueTime, timeProvider, logger);
        }

        var resilience = options.Resilience;
        if (!resilience.Enabled)
        {
            return;
        }

        var total = resilience.TotalTimeout;
        if (total != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                Name = "total-timeout",
                TimeoutGenerator = args =>
                {
                    args.Context.Properties.Set(Started, timeProvider.GetTimestamp());
                    return ValueTask.FromResult(total);
                },
            });
        }

        if (resilience.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "retry",
                MaxRetryAttempts = resilience.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = resilience.UseJitter,
                Delay = resilience.BaseDelay,
                MaxDelay = resilience.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, resilience, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome, resilience.MaxDelay, timeProvider)),
                OnRetry = args =>
                {
                    ResilienceLog.Retrying(logger, vendor, Describe(args.Outcome), args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    NumberIntelInstrumentation.HttpRetry(vendor, args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests);
                    return ValueTask.CompletedTask;
                },
            });
        }

        if (resilience.CircuitBreakerEnabled)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                Name = "circuit-breaker",
                FailureRatio = resilience.CircuitBreakerFailureRatio,
                MinimumThroughput = resilience.CircuitBreakerMinimumThroughput,
                SamplingDuration = resilience.CircuitBreakerSamplingDuration,
                BreakDuration = resilience.CircuitBreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                OnOpened = args =>
                {
                    ResilienceLog.CircuitOpened(logger, vendor, Describe(args.Outcome), args.BreakDuration.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    ResilienceLog.CircuitClosed(logger, vendor);
                    return ValueTask.CompletedTask;
                },
            });
        }

        if (resilience.AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                Name = "attempt-timeout",
                Timeout = resilience.AttemptTimeout,
                OnTimeout = args =>
                {
                    ResilienceLog.AttemptTimedOut(logger, vendor, args.Timeout.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }
    }

    /// <summary>Whether an attempt's outcome is a vendor failure: connection failure, attempt timeout, 408, 429 or 5xx.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>True for a transient failure.</returns>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    /// <summary>Whether a status is worth retrying: 408, 429 or 5xx.</summary>
    /// <param name="status">The status.</param>
    /// <returns>True when transient.</returns>
    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>
    /// Whether to retry: a transient failure, unless the vendor asked for a wait longer than <c>MaxDelay</c> or than
    /// what is left of the total timeout (then the answer is returned at once, and reported as throttled).
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, NumberIntelResilienceOptions options, TimeProvider timeProvider)
    {
        if (!IsTransient(outcome))
        {
            return false;
        }

        if (outcome.Result is not { } response || RetryAfter.Read(response.Headers, timeProvider) is not { } wait)
        {
            return true;
        }

        if (wait > options.MaxDelay)
        {
            return false;
        }

        return options.TotalTimeout == Timeout.InfiniteTimeSpan
            || !context.Properties.TryGetValue(Started, out var started)
            || timeProvider.GetElapsedTime(started) + wait < options.TotalTimeout;
    }

    /// <summary>The vendor's <c>Retry-After</c>, capped at <paramref name="max"/>; null to use the back-off.</summary>
    internal static TimeSpan? RetryAfterDelay(Outcome<HttpResponseMessage> outcome, TimeSpan max, TimeProvider timeProvider) =>
        outcome.Result is { } response && RetryAfter.Read(response.Headers, timeProvider) is { } wait
            ? (wait > max ? max : wait)
            : null;

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } e
            ? e.GetType().Name
            : "HTTP " + ((int?)outcome.Result?.StatusCode)?.ToString(CultureInfo.InvariantCulture);
}
