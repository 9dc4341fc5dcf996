namespace NumberIntel.Client;

/// <summary>
/// Resilience settings of one vendor (configuration section <c>NumberIntel:Bind:Resilience</c> or
/// <c>NumberIntel:Ipqs:Resilience</c>). The defaults follow the .NET standard resilience handler:
/// 3 retries, exponential back-off with jitter from 2 s, 10 s per attempt, 30 s in total, and a circuit breaker.
/// </summary>
public sealed class NumberIntelResilienceOptions
{
    /// <summary>Whether the HTTP resilience pipeline (retry, timeouts, circuit breaker) is used. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Retries after the first attempt for connection failures, 408, 429 and 5xx. Default 3; 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first back-off delay; later ones grow exponentially. Default 2 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest back-off delay, also the cap on a vendor's <c>Retry-After</c>. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether back-off delays are jittered, so that many clients do not retry in step. Default true.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>Time allowed for one attempt; <see cref="Timeout.InfiniteTimeSpan"/> turns the attempt timeout off. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for a call, all attempts and back-offs included; <see cref="Timeout.InfiniteTimeSpan"/> turns it off. Default 30 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the per-vendor circuit breaker is used. Default true.</summary>
    public bool CircuitBreakerEnabled { get; set; } = true;

    /// <summary>The share of failed calls in <see cref="CircuitBreakerSamplingDuration"/> that opens the circuit. Default 0.1.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.1;

    /// <summary>The least number of calls in a sampling window before the circuit may open. Default 100.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 100;

    /// <summary>The window over which failures are counted. Default 30 s.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before a trial call is let through. Default 5 s.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Bind only: attempts per MSISDN for items answered <c>4</c> (throttled) or <c>7</c> (timeout), the first included.
    /// Only those items are resubmitted; items already answered are never sent again. Default 4; 1 turns item retries off.
    /// </summary>
    public int MaxItemAttempts { get; set; } = 4;

    /// <summary>Bind only: the first back-off before resubmitting throttled or timed-out items; later ones double. Default 1 s.</summary>
    public TimeSpan ItemBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
}
