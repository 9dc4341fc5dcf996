using NumberIntel.Client.Bind;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client.Assessment;

/// <summary>
/// Groups the Bind lookups of a bulk run into requests of up to <see cref="BindOptions.MaxBatchSize"/> MSISDNs.
/// </summary>
/// <remarks>
/// <para>A batch is sent when it is full, or when waiting longer cannot fill it, which depends on what the reader does
/// (<see cref="ReaderState"/>):</para>
/// <list type="bullet">
/// <item><description><see cref="ReaderState.Done"/>: as soon as every distinct number has decided whether it needs Bind
/// (its cache look-up is over; under a cascade, its first vendor answered).</description></item>
/// <item><description><see cref="ReaderState.Stalled"/> (waiting for input) and <see cref="ReaderState.Blocked"/> (waiting
/// for room in the window): when every number still in flight is waiting on this very batch — nothing else can finish
/// and let the reader on. While other numbers are in flight (earlier batches, IPQS calls, cache look-ups) the batch keeps
/// filling; each of them re-checks when it ends. A short stall of the input (a file's buffer refill) therefore does not
/// send a partial batch, and a bulk run sends full batches.</description></item>
/// <item><description><see cref="ReaderState.Busy"/>: only when full, or after the linger (<see cref="Linger"/>), for inputs
/// that block inside a synchronous enumerator; the linger also caps a partial batch's wait while the input stalls.</description></item>
/// </list>
/// <para>None of these rules waits on a clock except the linger, so tests are deterministic. At most <c>MaxConcurrency</c>
/// batches are in flight. A single <c>AssessAsync</c> never goes through the batcher.</para>
/// </remarks>
internal sealed class BindBatcher : IDisposable
{
    /// <summary>The longest a partial batch waits while the reader is busy.</summary>
    public static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(100);

    private readonly object _lock = new();
    private readonly AssessmentInstrumentation _instrumentation;
    private readonly IBindClient _client;
    private readonly BulkWork _work;
    private readonly int _maxBatch;
    private readonly SemaphoreSlim _inFlight;
    private readonly ITimer _linger;
    private readonly CancellationToken _token;
    private List<Pending> _pending;
    private int _undecided;
    private int _active;
    private ReaderState _reader;
    private bool _closed;
    private bool _lingerArmed;

    public BindBatcher(AssessmentInstrumentation instrumentation, IBindClient client, int maxBatch, int maxConcurrency, BulkWork work, CancellationToken token)
    {
        _instrumentation = instrumentation;
        _client = client;
        _work = work;
        _maxBatch = maxBatch;
        _inFlight = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        _token = token;
        _pending = new List<Pending>(maxBatch);
        _linger = instrumentation.TimeProvider.CreateTimer(static s => ((BindBatcher)s!).OnLinger(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>What the run's reader is doing.</summary>
    public enum ReaderState
    {
        /// <summary>Reading and accepting inputs.</summary>
        Busy,

        /// <summary>Waiting for the next input.</summary>
        Stalled,

        /// <summary>Waiting for room in the window (the consumer has not taken enough answers yet).</summary>
        Blocked,

        /// <summary>No more inputs.</summary>
        Done,
    }

    /// <summary>A new distinct number is in flight and may still ask for Bind.</summary>
    public void Register()
    {
        lock (_lock)
        {
            _undecided++;
            _active++;
        }
    }

    /// <summary>A number registered with <see cref="Register"/> is no longer in flight (answered, failed or cancelled).</summary>
    public void EntryDone()
    {
        List<Pending>? batch;
        lock (_lock)
        {
            _active--;
            batch = TakeIfQuiet();
        }

        Send(batch);
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

    /// <summary>The reader changed what it does; a reader that is <see cref="ReaderState.Done"/> stays done.</summary>
    /// <param name="state">The new state.</param>
    public void SetReader(ReaderState state)
    {
        List<Pending>? batch;
        lock (_lock)
        {
            if (_reader != ReaderState.Done)
            {
                _reader = state;
            }

            batch = TakeIfQuiet();
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

            // A reader blocked on the window is not lingering: every number in flight re-checks when it ends.
            if (!_closed && _pending.Count > 0 && _reader != ReaderState.Blocked)
            {
                batch = Take();
            }
        }

        Send(batch);
    }

    private List<Pending>? TakeIfQuiet() => _pending.Count > 0 && !_closed && Quiet() ? Take() : null;

    private bool Quiet() => _reader switch
    {
        ReaderState.Done => _undecided <= 0,
        ReaderState.Stalled or ReaderState.Blocked => _pending.Count >= _active,
        _ => false,
    };

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

        _work.Begin();
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
            AssessmentLog.BatchFailed(_instrumentation.Logger, batch.Count, e.GetType().Name);
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(e);
            }
        }
        finally
        {
            _work.End();
        }
    }

    /// <summary>One request for the batch, instrumented like a single call's (<see cref="AssessmentInstrumentation.BindCallAsync{TState, TResult}"/>).</summary>
    private Task<IReadOnlyList<BindScoringResult>> ScoreAsync(string[] msisdns) =>
        _instrumentation.BindCallAsync(
            (Client: _client, Msisdns: msisdns),
            msisdns.Length,
            msisdns.Length == 1 ? msisdns[0] : null,
            static async (state, token) =>
            {
                var results = await state.Client.ScoreAsync(state.Msisdns, token).ConfigureAwait(false);
                if (results.Count != state.Msisdns.Length)
                {
                    throw new NumberIntelVendorException(
                        $"The Bind client returned {results.Count} results for {state.Msisdns.Length} numbers.", NumberIntelVendor.Bind);
                }

                return results;
            },
            _token);

    private readonly record struct Pending(string Msisdn, TaskCompletionSource<BindScoringResult> Completion);
}
