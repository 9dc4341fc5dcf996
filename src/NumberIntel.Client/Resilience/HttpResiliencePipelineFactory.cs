using System.Net;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Http;
using NumberIntel.Client.Telemetry;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace NumberIntel.Client.Resilience;

/// <summary>
/// Builds one vendor's HTTP resilience pipeline with Polly.Core, outermost first: total timeout → retry (connection
/// failures, 408, 429, 5xx; exponential back-off with jitter; <c>Retry-After</c> honoured) → circuit breaker → attempt timeout.
/// 401/403 and IPQS <c>success:false</c> bodies (HTTP 200) are never retried.
/// </summary>
internal static class HttpResiliencePipelineFactory
{
    public static ResiliencePipeline<HttpResponseMessage> Create(
        NumberIntelVendor vendor,
        NumberIntelResilienceOptions options,
        TimeProvider timeProvider,
        ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = "NumberIntel." + vendor,
            TimeProvider = timeProvider,
        };

        if (options.TotalTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new TimeoutStrategyOptions { Name = "total-timeout", Timeout = options.TotalTimeout });
        }

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome, options.MaxDelay, timeProvider)),
                OnRetry = args =>
                {
                    ResilienceLog.Retrying(logger, vendor, Describe(args.Outcome), args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    NumberIntelInstrumentation.HttpRetry(vendor, args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests);
                    return ValueTask.CompletedTask;
                },
            });
        }

        if (options.CircuitBreakerEnabled)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                Name = "circuit-breaker",
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
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

        if (options.AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                Name = "attempt-timeout",
                Timeout = options.AttemptTimeout,
                OnTimeout = args =>
                {
                    ResilienceLog.AttemptTimedOut(logger, vendor, args.Timeout.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    /// <summary>Whether an attempt's outcome is worth retrying: connection failure, attempt timeout, 408, 429 or 5xx.</summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The vendor's <c>Retry-After</c>, capped at <paramref name="max"/>; null to use the back-off.</summary>
    internal static TimeSpan? RetryAfterDelay(Outcome<HttpResponseMessage> outcome, TimeSpan max, TimeProvider timeProvider) =>
        outcome.Result is { } response && RetryAfter.Read(response.Headers, timeProvider) is { } wait
            ? (wait > max ? max : wait)
            : null;

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } e
            ? e.GetType().Name
            : "HTTP " + ((int?)outcome.Result?.StatusCode)?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
