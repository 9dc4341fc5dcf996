using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client;

/// <summary>
/// One bulk run of <see cref="NumberIntelClient.AssessManyAsync(IEnumerable{string}, AssessManyOptions?, CancellationToken)"/>:
/// a reader task, one task per distinct number, the Bind batcher, the IPQS gate, and the consumer side (<see cref="NextAsync"/>).
/// </summary>
/// <remarks>
/// <para>Memory: the reader takes one permit of <see cref="_window"/> per input and the consumer gives it back when the input's
/// assessment is yielded, so at most <see cref="WindowSize"/> inputs (with their entries and answers) are in flight — this
/// is also the reorder buffer of ordered output. Beyond that, only <see cref="_recent"/> (bounded by the duplicate window)
/// and <see cref="_seen"/> (one <see cref="long"/> per distinct MSISDN) are kept.</para>
/// <para>Every task the run starts is counted (<see cref="BeginWork"/>/<see cref="EndWork"/>); <see cref="DisposeAsync"/>
/// cancels the run and waits until the count is zero, so no task outlives the enumeration.</para>
/// </remarks>
internal sealed class AssessManyRun : IAsyncDisposable
{
    private readonly AssessmentCore _core;
    private readonly Settings _settings;
    private readonly IIpqsClient? _ipqs;
    private readonly IEnumerable<string>? _inputs;
    private readonly IAsyncEnumerable<string>? _asyncInputs;
    private readonly CancellationToken _callerToken;
    private readonly CancellationTokenSource _cts;
    private readonly CancellationToken _token;
    private readonly SemaphoreSlim _window;
    private readonly SemaphoreSlim? _ipqsGate;
    private readonly Channel<BulkItem> _output;
    private readonly Dictionary<long, BulkEntry> _recent = [];
    private readonly Queue<long> _recentOrder = new();
    private readonly HashSet<long> _seen = [];
    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly long[] _labels = new long[5];
    private readonly long _started;
    private Activity? _activity;
    private CancellationTokenRegistration _closeBatcher;
    private Exception? _fatal;
    private int _work = 1; // the reader
    private int _unpublished = 1; // the reader, for unordered runs
    private long _nextIndex;
    private long _duplicates;
    private long _paid;
    private long _cacheHits;
    private long _done;
    private long _degraded;
    private long _lastReport;
    private bool _finished;
    private bool _readerStarted;
    private int _disposed;

    public AssessManyRun(
        AssessmentCore core,
        Settings settings,
        IBindClient? bind,
        IIpqsClient? ipqs,
        IEnumerable<string>? inputs,
        IAsyncEnumerable<string>? asyncInputs,
        CancellationToken cancellationToken)
    {
        _core = core;
        _settings = settings;
        _ipqs = ipqs;
        _inputs = inputs;
        _asyncInputs = asyncInputs;
        _callerToken = cancellationToken;
        _cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _token = _cts.Token;
        WindowSize = Math.Clamp(2 * settings.MaxConcurrency * (settings.BindBatchSize + 16), 256, 65_536);
        _window = new SemaphoreSlim(WindowSize, WindowSize);
        _output = Channel.CreateUnbounded<BulkItem>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = settings.Ordered });
        if (settings.Plan.MayUseBind)
        {
            Batcher = new BindBatcher(this, core, bind!, settings.BindBatchSize, settings.MaxConcurrency, _token);
        }

        if (settings.Plan.MayUseIpqs)
        {
            _ipqsGate = new SemaphoreSlim(settings.MaxConcurrency, settings.MaxConcurrency);
        }

        _started = core.TimeProvider.GetTimestamp();
        _lastReport = _started;
    }

    /// <summary>The most inputs in flight (read, not yet yielded).</summary>
    public int WindowSize { get; }

    public BindBatcher? Batcher { get; }

    public void Start()
    {
        var previous = Activity.Current;
        _activity = NumberIntelInstrumentation.Source.StartActivity(NumberIntelTelemetry.AssessManyActivity, ActivityKind.Internal);
        Activity.Current = previous; // the run's activity is the parent of its work, not the caller's ambient activity
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag(NumberIntelTelemetry.TagStrategy, NumberIntelInstrumentation.StrategyTag(_settings.Plan.Strategy));
        }

        AssessmentLog.RunStarted(_core.Logger, _settings.Plan.Strategy, _settings.Ordered, _settings.MaxConcurrency, _settings.BindBatchSize);
        if (Batcher is { } batcher)
        {
            _closeBatcher = _token.Register(static b => ((BindBatcher)b!).Close(), batcher);
        }

        _readerStarted = true;
        _ = Task.Run(ReadAsync, CancellationToken.None);
    }

    /// <summary>The next assessment, or null when every input has been answered.</summary>
    public async ValueTask<NumberAssessment?> NextAsync()
    {
        while (true)
        {
            ThrowIfStopped();
            BulkItem? item;
            VendorOutcome? outcome;
            try
            {
                if (!_output.Reader.TryRead(out item))
                {
                    if (!await _output.Reader.WaitToReadAsync(_token).ConfigureAwait(false))
                    {
                        ThrowIfStopped();
                        Finish();
                        return null;
                    }

                    continue;
                }

                outcome = item.Entry is null ? null : await item.Entry.Completion.ConfigureAwait(false);
            }
            catch (Exception)
            {
                ThrowIfStopped();
                throw;
            }

            var assessment = _core.Build(item.Input, item.Index, item.Number, outcome, item.IsRepeat ? item.Entry!.FirstIndex : null);
            _window.Release();
            Count(assessment);
            return assessment;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (!_cts.IsCancellationRequested)
        {
            await _cts.CancelAsync().ConfigureAwait(false);
        }

        if (!_readerStarted)
        {
            EndWork(); // the reader's share of the count
        }

        await _allDone.Task.ConfigureAwait(false);
        await _closeBatcher.DisposeAsync().ConfigureAwait(false);
        if (!_finished)
        {
            if (_fatal is null)
            {
                var elapsed = _core.TimeProvider.GetElapsedTime(_started).TotalMilliseconds;
                AssessmentLog.RunCanceled(_core.Logger, _done, elapsed);
            }

            _activity?.SetStatus(ActivityStatusCode.Error, _fatal?.GetType().Name ?? "canceled");
        }

        _activity?.Dispose();

        // The finished enumerator may stay referenced for a while (e.g. by the caller's state machine): let the big parts go now.
        _seen.Clear();
        _seen.TrimExcess();
        _recent.Clear();
        _recent.TrimExcess();
        _recentOrder.Clear();
        _recentOrder.TrimExcess();
        Batcher?.Dispose();
        _ipqsGate?.Dispose();
        _window.Dispose();
        _cts.Dispose();
    }

    /// <summary>A task of the run starts; <see cref="DisposeAsync"/> waits for it.</summary>
    public void BeginWork() => Interlocked.Increment(ref _work);

    /// <summary>A task of the run ended.</summary>
    public void EndWork()
    {
        if (Interlocked.Decrement(ref _work) == 0)
        {
            _allDone.TrySetResult();
        }
    }

    /// <summary>IPQS for one number, within the run's concurrency.</summary>
    /// <remarks>
    /// Called by the shared purchase (<see cref="SingleFlight{T}"/>) that an entry of this run started, which may outlive
    /// the entry: the call is bound to the run's token (like the Bind batcher's requests: no request after the run ends;
    /// callers of other runs that joined it start their own purchase) and counted as the run's work
    /// (<see cref="DisposeAsync"/> waits for it).
    /// </remarks>
    public async Task<IpqsPhoneResult> ValidateAsync(string e164, IpqsPhoneRequest? request)
    {
        BeginWork();
        try
        {
            await _ipqsGate!.WaitAsync(_token).ConfigureAwait(false);
            try
            {
                return await _core.ValidateInstrumentedAsync(_ipqs!, e164, request, _token).ConfigureAwait(false);
            }
            finally
            {
                _ipqsGate.Release();
            }
        }
        finally
        {
            EndWork();
        }
    }

    /// <summary>Unordered runs: hands a finished input to the consumer.</summary>
    public void Publish(BulkItem item)
    {
        _output.Writer.TryWrite(item);
        Unpublished();
    }

    private static long KeyOf(string msisdn)
    {
        // At most 15 digits, never a leading 0 (calling codes start 1-9): the value is the MSISDN, exactly.
        long key = 0;
        foreach (var c in msisdn)
        {
            key = (key * 10) + (c - '0');
        }

        return key;
    }

    private void Unpublished()
    {
        if (Interlocked.Decrement(ref _unpublished) == 0)
        {
            _output.Writer.TryComplete();
        }
    }

    private void ThrowIfStopped()
    {
        if (Volatile.Read(ref _fatal) is { } fatal)
        {
            ExceptionDispatchInfo.Throw(fatal);
        }

        _callerToken.ThrowIfCancellationRequested();
    }

    private void SetFatal(Exception exception)
    {
        if (Interlocked.CompareExchange(ref _fatal, exception, null) is null)
        {
            if (_core.Logger.IsEnabled(LogLevel.Error))
            {
                var vendor = (exception as NumberIntelException)?.Vendor;
                var reason = exception is NumberIntelException ? exception.Message : "see the exception thrown by the enumeration";
                var type = exception.GetType().Name;
                AssessmentLog.RunStopped(_core.Logger, Volatile.Read(ref _done), vendor, type, reason);
            }
            _cts.Cancel();
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            if (_asyncInputs is not null)
            {
                await ReadAsyncInputs(_asyncInputs).ConfigureAwait(false);
            }
            else
            {
                foreach (var input in _inputs!)
                {
                    _token.ThrowIfCancellationRequested();
                    await AcceptAsync(input).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (_token.IsCancellationRequested)
        {
            // Cancelled: the consumer reports why.
        }
        catch (Exception e)
        {
            SetFatal(e);
        }
        finally
        {
            Batcher?.SetReader(BindBatcher.ReaderState.Done);
            if (_settings.Ordered)
            {
                _output.Writer.TryComplete();
            }
            else
            {
                Unpublished();
            }

            EndWork();
        }
    }

    private async Task ReadAsyncInputs(IAsyncEnumerable<string> inputs)
    {
        var enumerator = inputs.GetAsyncEnumerator(_token);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                var move = enumerator.MoveNextAsync();
                bool more;
                if (move.IsCompleted)
                {
                    more = move.Result;
                }
                else
                {
                    // The input stalls: a partial Bind batch need not wait for it.
                    Batcher?.SetReader(BindBatcher.ReaderState.Stalled);
                    try
                    {
                        more = await move.ConfigureAwait(false);
                    }
                    finally
                    {
                        Batcher?.SetReader(BindBatcher.ReaderState.Busy);
                    }
                }

                if (!more)
                {
                    return;
                }

                _token.ThrowIfCancellationRequested();
                await AcceptAsync(enumerator.Current).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask AcceptAsync(string? input)
    {
        if (!_window.Wait(0))
        {
            // The window is full: the Bind batch goes once every number in flight waits on it (or it is full).
            Batcher?.SetReader(BindBatcher.ReaderState.Blocked);
            try
            {
                await _window.WaitAsync(_token).ConfigureAwait(false);
            }
            finally
            {
                Batcher?.SetReader(BindBatcher.ReaderState.Busy);
            }
        }

        var index = _nextIndex++;
        var text = input ?? string.Empty;
        var number = PhoneNumberParser.Parse(text, _settings.Plan.Region);
        if (!number.PassesOfflineValidation(_settings.Plan.OfflineValidation))
        {
            Emit(new BulkItem(text, index, number, null, false));
            return;
        }

        var key = KeyOf(number.Msisdn!);
        if (_recent.TryGetValue(key, out var known))
        {
            Interlocked.Increment(ref _duplicates);
            Emit(new BulkItem(text, index, number, known, true));
            return;
        }

        if (!_seen.Add(key))
        {
            Interlocked.Increment(ref _duplicates); // seen long ago: looked up again (the cache may still answer)
        }

        var entry = new BulkEntry(this, number, index, Batcher is not null);
        Batcher?.Register();
        Remember(key, entry);
        Emit(new BulkItem(text, index, number, entry, false));
        BeginWork();
        _ = RunEntryAsync(entry);
    }

    private void Emit(BulkItem item)
    {
        if (_settings.Ordered)
        {
            _output.Writer.TryWrite(item);
            return;
        }

        Interlocked.Increment(ref _unpublished);
        if (item.Entry is null)
        {
            Publish(item);
        }
        else
        {
            item.Entry.PublishWhenDone(item);
        }
    }

    private void Remember(long key, BulkEntry entry)
    {
        _recent[key] = entry;
        _recentOrder.Enqueue(key);

        // Forget the oldest answers beyond the duplicate window; numbers still in flight are always kept (at most the window's worth).
        var rotations = 0;
        while (_recentOrder.Count > _settings.DuplicateWindow && rotations <= WindowSize)
        {
            var oldest = _recentOrder.Dequeue();
            if (!_recent[oldest].IsCompleted)
            {
                _recentOrder.Enqueue(oldest);
                rotations++;
                continue;
            }

            _recent.Remove(oldest);
        }
    }

    private async Task RunEntryAsync(BulkEntry entry)
    {
        var started = _core.TimeProvider.GetTimestamp();
        using var activity = AssessmentCore.StartAssessActivity(_activity?.Context ?? default, _settings.Plan.Strategy);
        try
        {
            var outcome = await _core.ResolveAsync(entry.Number, _settings.Plan, entry, _token).ConfigureAwait(false);
            Interlocked.Add(ref _paid, outcome.Paid.Count);
            Interlocked.Add(ref _cacheHits, outcome.CacheHits.Count);
            _core.EndAssessment(activity, entry.Number.Msisdn, outcome.Confidence.Label, outcome, started);
            entry.Complete(outcome);
        }
        catch (Exception e)
        {
            if (!(e is OperationCanceledException && _token.IsCancellationRequested))
            {
                SetFatal(e);
            }

            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            entry.Fail(e, _token);
        }
        finally
        {
            entry.BindNotNeeded();
            Batcher?.EntryDone();
            EndWork();
        }
    }

    private void Count(NumberAssessment assessment)
    {
        _done++;
        if (assessment.Degraded)
        {
            _degraded++;
        }

        _labels[(int)assessment.Label]++;
        NumberIntelInstrumentation.Assessment(assessment.Label, assessment.Degraded);
        if (_settings.Progress is not null)
        {
            var now = _core.TimeProvider.GetTimestamp();
            if (_core.TimeProvider.GetElapsedTime(_lastReport, now) >= _settings.ProgressInterval)
            {
                _lastReport = now;
                _settings.Progress.Report(Snapshot());
            }
        }
    }

    private void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        var progress = Snapshot();
        _settings.Progress?.Report(progress);
        AssessmentLog.RunFinished(
            _core.Logger, progress.Done, progress.PaidLookups, progress.CacheHits, progress.Duplicates, progress.Degraded, progress.Elapsed.TotalMilliseconds);
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag("numberintel.done", progress.Done);
            _activity.SetTag("numberintel.paid_lookups", progress.PaidLookups);
            _activity.SetTag("numberintel.cache_hits", progress.CacheHits);
            _activity.SetTag("numberintel.duplicates", progress.Duplicates);
            _activity.SetTag("numberintel.degraded_count", progress.Degraded);
        }
    }

    private AssessProgress Snapshot() => new()
    {
        Done = _done,
        Total = _settings.Total,
        PaidLookups = Interlocked.Read(ref _paid),
        CacheHits = Interlocked.Read(ref _cacheHits),
        Duplicates = Interlocked.Read(ref _duplicates),
        Degraded = _degraded,
        LabelCounts = (long[])_labels.Clone(),
        Elapsed = _core.TimeProvider.GetElapsedTime(_started),
    };

    /// <summary>The resolved settings of a run.</summary>
    internal sealed class Settings
    {
        public required AssessmentPlan Plan { get; init; }

        public required bool Ordered { get; init; }

        public required int MaxConcurrency { get; init; }

        public required int BindBatchSize { get; init; }

        public required int DuplicateWindow { get; init; }

        public IProgress<AssessProgress>? Progress { get; init; }

        public TimeSpan ProgressInterval { get; init; }

        public long? Total { get; init; }
    }
}
