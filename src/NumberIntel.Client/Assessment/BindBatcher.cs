using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client;

/// <summary>
/// Groups the Bind lookups of a bulk run into requests of up to <see cref="BindOptions.MaxBatchSize"/> MSISDNs.
/// </summary>
/// <remarks>
/// A batch is sent when it is full, or when nothing more can join it soon: the reader is idle (waiting for input, waiting
/// for room in the window, or done) and every distinct number still in flight has decided whether it needs Bind (its
/// cache look-up is over; under a cascade, its first vendor answered). That rule never waits on a clock, so tests are
/// deterministic; a linger timer (<see cref="Linger"/>) also sends a partial batch that waited that long, for inputs that
/// block inside a synchronous enumerator. At most <c>MaxConcurrency</c> batches are in flight.
/// </remarks>
internal sealed class BindBatcher : IDisposable
{
    /// <summary>The longest a partial batch waits while the reader is busy.</summary>
    public static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(100);

    private readonly object _lock = new();
    private readonly AssessManyRun _run;
    private readonly AssessmentCore _core;
    private readonly IBindClient _client;
    private readonly int _maxBatch;
    private readonly SemaphoreSlim _inFlight;
    private readonly ITimer _linger;
    private readonly CancellationToken _token;
    private List<Pending> _pending;
    private int _undecided;
    private bool _readerIdle;
    private bool _closed;
    private bool _lingerArmed;

    public BindBatcher(AssessManyRun run, AssessmentCore core, IBindClient client, int maxBatch, int maxConcurrency, CancellationToken token)
    {
        _run = run;
        _core = core;
        _client = client;
        _maxBatch = maxBatch;
        _inFlight = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        _token = token;
        _pending = new List<Pending>(maxBatch);
        _linger = core.TimeProvider.CreateTimer(static s => ((BindBatcher)s!).OnLinger(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>A new distinct number may still ask for Bind.</summary>
    public void Register()
    {
        lock (_lock)
        {
            _undecided++;
        }
    }

    /// <summary>A number will not ask for Bind after all.</summary>
    public void Decide()
    {
        List<Pending>? batch;
        lock (_lock)
        {
            _undecided--;
            batch = TakeIfQuiet();
        }

        Send(batch);
    }

    /// <summary>Queues one MSISDN; the task completes with its result when its batch is answered.</summary>
    /// <param name="msisdn">The MSISDN.</param>
    /// <param name="decides">Whether this submission is the number's decision (it was registered as undecided).</param>
    public Task<BindScoringResult> Submit(string msisdn, bool decides)
    {
        var completion = new TaskCompletionSource<BindScoringResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        List<Pending>? batch = null;
        lock (_lock)
        {
            if (decides)
            {
                _undecided--;
            }

            if (_closed)
            {
                completion.TrySetCanceled(_token);
                return completion.Task;
            }

            _pending.Add(new Pending(msisdn, completion));
            if (_pending.Count >= _maxBatch)
            {
                batch = Take();
            }
            else
            {
                batch = TakeIfQuiet();
                if (batch is null && !_lingerArmed)
                {
                    _lingerArmed = true;
                    _linger.Change(Linger, Timeout.InfiniteTimeSpan);
                }
            }
        }

        Send(batch);
        return completion.Task;
    }

    /// <summary>The reader starts (true) or stops (false) waiting; a reader that finished stays idle.</summary>
    public void SetReaderIdle(bool idle)
    {
        List<Pending>? batch = null;
        lock (_lock)
        {
            _readerIdle = idle;
            if (idle)
            {
                batch = TakeIfQuiet();
            }
        }

        Send(batch);
    }

    /// <summary>The run is over or cancelled: queued lookups are cancelled and nothing more is sent.</summary>
    public void Close()
    {
        List<Pending> dropped;
        lock (_lock)
        {
            _closed = true;
            dropped = _pending;
            _pending = [];
            _linger.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        foreach (var pending in dropped)
        {
            pending.Completion.TrySetCanceled(_token);
        }
    }

    public void Dispose()
    {
        _linger.Dispose();
        _inFlight.Dispose();
    }

    private void OnLinger()
    {
        List<Pending>? batch = null;
        lock (_lock)
        {
            _lingerArmed = false;
            if (!_closed && _pending.Count > 0)
            {
                batch = Take();
            }
        }

        Send(batch);
    }

    private List<Pending>? TakeIfQuiet() =>
        _readerIdle && _undecided <= 0 && _pending.Count > 0 && !_closed ? Take() : null;

    private List<Pending> Take()
    {
        var batch = _pending;
        _pending = new List<Pending>(_maxBatch);
        if (_lingerArmed)
        {
            _lingerArmed = false;
            _linger.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        return batch;
    }

    private void Send(List<Pending>? batch)
    {
        if (batch is null)
        {
            return;
        }

        _run.BeginWork();
        _ = SendAsync(batch);
    }

    private async Task SendAsync(List<Pending> batch)
    {
        try
        {
            await _inFlight.WaitAsync(_token).ConfigureAwait(false);
            try
            {
                var msisdns = new string[batch.Count];
                for (var i = 0; i < msisdns.Length; i++)
                {
                    msisdns[i] = batch[i].Msisdn;
                }

                var results = await ScoreAsync(msisdns).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Completion.TrySetResult(results[i]);
                }
            }
            finally
            {
                _inFlight.Release();
            }
        }
        catch (OperationCanceledException) when (_token.IsCancellationRequested)
        {
            foreach (var pending in batch)
            {
                pending.Completion.TrySetCanceled(_token);
            }
        }
        catch (Exception e)
        {
            AssessmentLog.BatchFailed(_core.Logger, batch.Count, e.GetType().Name);
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(e);
            }
        }
        finally
        {
            _run.EndWork();
        }
    }

    private async Task<IReadOnlyList<BindScoringResult>> ScoreAsync(string[] msisdns)
    {
        var started = _core.TimeProvider.GetTimestamp();
        using var activity = _core.StartVendorActivity(NumberIntelVendor.Bind, msisdns.Length, msisdns.Length == 1 ? msisdns[0] : null);
        try
        {
            var results = await _client.ScoreAsync(msisdns, _token).ConfigureAwait(false);
            if (results.Count != msisdns.Length)
            {
                throw new NumberIntelVendorException(
                    $"The Bind client returned {results.Count} results for {msisdns.Length} numbers.", NumberIntelVendor.Bind);
            }

            var answered = 0;
            foreach (var result in results)
            {
                answered += AssessmentCacheRules.IsCacheable(result) ? 1 : 0;
            }

            _core.EndVendorCall(activity, NumberIntelVendor.Bind, started, answered == results.Count ? "answered" : "no_data");
            return results;
        }
        catch (Exception e)
        {
            _core.EndVendorCall(activity, NumberIntelVendor.Bind, started, "failed", e);
            throw;
        }
    }

    private readonly record struct Pending(string Msisdn, TaskCompletionSource<BindScoringResult> Completion);
}
