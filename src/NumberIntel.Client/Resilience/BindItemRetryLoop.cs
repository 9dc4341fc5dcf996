using Microsoft.Extensions.Logging;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client.Resilience;

/// <summary>
/// Bind's per-item retry: items answered <c>4</c> (throttled) or <c>7</c> (timeout) are resubmitted ALONE, with
/// exponential back-off and jitter; items already answered are never sent again (they are billed). After
/// <see cref="NumberIntelResilienceOptions.MaxItemAttempts"/> an item keeps its last code. Account errors raised by the
/// batch call propagate at once.
/// </summary>
internal static class BindItemRetryLoop
{
    /// <summary>Whether an item's code asks for the item to be sent again.</summary>
    public static bool IsRetryable(BindResponseCode code) => code is BindResponseCode.Throttled or BindResponseCode.Timeout;

    /// <param name="msisdns">Distinct MSISDNs to score.</param>
    /// <param name="scoreBatch">Scores one batch; returns one result per input, in input order.</param>
    /// <param name="options">Item attempts and back-off.</param>
    /// <param name="timeProvider">Clock for the back-off.</param>
    /// <param name="logger">Where retries and give-ups are logged (counts only).</param>
    /// <param name="cancellationToken">Cancels the run, back-offs included.</param>
    /// <returns>One result per input, in input order.</returns>
    public static async Task<BindScoringResult[]> RunAsync(
        IReadOnlyList<string> msisdns,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<BindScoringResult>>> scoreBatch,
        NumberIntelResilienceOptions options,
        TimeProvider timeProvider,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var results = new BindScoringResult[msisdns.Count];
        var pending = new List<int>(msisdns.Count);
        for (var i = 0; i < msisdns.Count; i++)
        {
            pending.Add(i);
        }

        var maxAttempts = Math.Max(1, options.MaxItemAttempts);
        IReadOnlyList<string> batch = msisdns;
        for (var attempt = 1; ; attempt++)
        {
            var answers = await scoreBatch(batch, cancellationToken).ConfigureAwait(false);
            var retry = new List<int>();
            for (var i = 0; i < pending.Count; i++)
            {
                var answer = answers[i];
                results[pending[i]] = answer;
                if (IsRetryable(answer.Response))
                {
                    retry.Add(pending[i]);
                }
            }

            if (retry.Count == 0)
            {
                return results;
            }

            if (attempt >= maxAttempts)
            {
                ResilienceLog.ItemsGaveUp(logger, NumberIntelVendor.Bind, retry.Count, maxAttempts);
                return results;
            }

            var delay = Backoff(options.ItemBaseDelay, attempt, options.UseJitter);
            NumberIntelInstrumentation.ItemRetries(retry.Count, retry.Count(i => results[i].Response == BindResponseCode.Throttled));
            ResilienceLog.ResubmittingItems(logger, NumberIntelVendor.Bind, retry.Count, attempt + 1, maxAttempts, delay.TotalMilliseconds);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            pending = retry;
            var next = new string[retry.Count];
            for (var i = 0; i < retry.Count; i++)
            {
                next[i] = msisdns[retry[i]];
            }

            batch = next;
        }
    }

    /// <summary>base × 2^(attempt−1), jittered to between 50 % and 150 % when <paramref name="jitter"/> is on.</summary>
    internal static TimeSpan Backoff(TimeSpan baseDelay, int attempt, bool jitter)
    {
        var factor = Math.Pow(2, Math.Min(attempt - 1, 16));
        if (jitter)
        {
            factor *= 0.5 + Random.Shared.NextDouble();
        }

        return TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, TimeSpan.FromHours(1).Ticks));
    }
}
