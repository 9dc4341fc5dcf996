using Microsoft.Extensions.Logging;
using NumberIntel.Client.Resilience;
using NumberIntel.Client.Telemetry;
using Polly;
using Polly.Retry;

namespace NumberIntel.Client.Bind;

/// <summary>
/// Bind's per-item retry as a Polly retry strategy on the batch <em>result</em>: an outcome that still holds items
/// answered <c>4</c> (throttled) or <c>7</c> (timeout) is handled, and the next attempt sends only those items; items
/// already answered are never sent again (they are billed). Back-off, jitter and telemetry are Polly's. After
/// <see cref="NumberIntelResilienceOptions.MaxItemAttempts"/> an item keeps its last code. Exceptions (account,
/// authentication, vendor failures) are not handled: they propagate at once.
/// </summary>
internal sealed class BindItemRetry
{
    private readonly ResiliencePipeline<BindItemRun> _pipeline;
    private readonly int _maxAttempts;
    private readonly ILogger _logger;

    /// <summary>Builds the strategy from the Bind resilience settings.</summary>
    /// <param name="options">Item attempts, item back-off and jitter.</param>
    /// <param name="timeProvider">The clock for the back-off.</param>
    /// <param name="logger">Where resubmissions and give-ups are logged (counts only).</param>
    public BindItemRetry(NumberIntelResilienceOptions options, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _maxAttempts = Math.Max(1, options.MaxItemAttempts);
        if (_maxAttempts == 1)
        {
            _pipeline = ResiliencePipeline<BindItemRun>.Empty;
            return;
        }

        var baseDelay = options.ItemBaseDelay < TimeSpan.Zero ? TimeSpan.Zero : options.ItemBaseDelay;
        _pipeline = new ResiliencePipelineBuilder<BindItemRun> { Name = "NumberIntel.Bind.Items", TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<BindItemRun>
            {
                Name = "item-retry",
                MaxRetryAttempts = _maxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                Delay = baseDelay > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : baseDelay,
                MaxDelay = TimeSpan.FromHours(1),
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result is { PendingCount: > 0 }),
                OnRetry = args =>
                {
                    var run = args.Outcome.Result!;
                    NumberIntelInstrumentation.ItemRetries(run.PendingCount, run.PendingThrottled);
                    ResilienceLog.ResubmittingItems(_logger, NumberIntelVendor.Bind, run.PendingCount, args.AttemptNumber + 2, _maxAttempts, args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Scores distinct MSISDNs, resubmitting only the items answered 4 or 7.</summary>
    /// <param name="msisdns">Distinct MSISDNs of one batch.</param>
    /// <param name="scoreBatch">Sends one request; returns one result per input, in input order.</param>
    /// <param name="cancellationToken">Cancels the run, back-offs included.</param>
    /// <returns>One result per input, in input order.</returns>
    public async Task<BindScoringResult[]> RunAsync(
        IReadOnlyList<string> msisdns,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<BindScoringResult>>> scoreBatch,
        CancellationToken cancellationToken)
    {
        var run = new BindItemRun(msisdns, scoreBatch);
        var outcome = await _pipeline.ExecuteAsync(
            static (state, ct) => new ValueTask<BindItemRun>(state.SendPendingAsync(ct)), // no wrapping state machine
            run,
            cancellationToken).ConfigureAwait(false);
        if (outcome.PendingCount > 0 && _maxAttempts > 1)
        {
            ResilienceLog.ItemsGaveUp(_logger, NumberIntelVendor.Bind, outcome.PendingCount, _maxAttempts);
        }

        return outcome.Results;
    }
}
