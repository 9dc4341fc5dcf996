namespace NumberIntel.Client.Bind;

/// <summary>
/// The state of one Bind batch across item attempts: the latest result of every item and which items still carry
/// code 4 or 7. Each <see cref="SendPendingAsync"/> sends only those items. Used by one call at a time.
/// </summary>
internal sealed class BindItemRun
{
    private readonly IReadOnlyList<string> _msisdns;
    private readonly Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<BindScoringResult>>> _scoreBatch;
    private List<int>? _pending;

    /// <summary>Creates the run; nothing is sent yet.</summary>
    /// <param name="msisdns">Distinct MSISDNs.</param>
    /// <param name="scoreBatch">Sends one request; returns one result per input, in input order.</param>
    public BindItemRun(IReadOnlyList<string> msisdns, Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<BindScoringResult>>> scoreBatch)
    {
        _msisdns = msisdns;
        _scoreBatch = scoreBatch;
        Results = new BindScoringResult[msisdns.Count];
    }

    /// <summary>The latest result of every item, in input order.</summary>
    public BindScoringResult[] Results { get; }

    /// <summary>How many items still carry code 4 or 7 after the last attempt.</summary>
    public int PendingCount => _pending?.Count ?? Results.Length;

    /// <summary>How many of the pending items carry code 4 (throttled).</summary>
    public int PendingThrottled => _pending?.Count(i => Results[i].Response == BindResponseCode.Throttled) ?? 0;

    /// <summary>Sends the pending items (all of them the first time) and records their answers.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>This run.</returns>
    public async Task<BindItemRun> SendPendingAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> batch;
        if (_pending is null)
        {
            batch = _msisdns;
        }
        else
        {
            var next = new string[_pending.Count];
            for (var i = 0; i < next.Length; i++)
            {
                next[i] = _msisdns[_pending[i]];
            }

            batch = next;
        }

        var answers = await _scoreBatch(batch, cancellationToken).ConfigureAwait(false);
        var retry = new List<int>();
        for (var i = 0; i < batch.Count; i++)
        {
            var index = _pending is null ? i : _pending[i];
            Results[index] = answers[i];
            if (answers[i].Response.IsRetryable())
            {
                retry.Add(index);
            }
        }

        _pending = retry;
        return this;
    }
}
