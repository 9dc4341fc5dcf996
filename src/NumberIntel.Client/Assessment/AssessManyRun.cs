using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client.Assessment;

/// <summary>
/// One bulk run of <see cref="NumberIntelClient.AssessManyAsync(IEnumerable{string}, AssessManyOptions?, CancellationToken)"/>:
/// a reader task, one task per distinct number (<see cref="BulkEntry"/>), the Bind batcher, the IPQS gate, and the
/// consumer side (<see cref="NextAsync"/>). Dependencies run one way: the run knows its entries and lanes
/// (<see cref="BulkLanes"/>); an entry knows the lanes; the batcher and the gate know only the run's work count.
/// </summary>
/// <remarks>
/// <para>Memory: the reader takes one permit of <see cref="_window"/> per input and the consumer gives it back when the input's
/// assessment is yielded, so at most <see cref="WindowSize"/> inputs (with their entries and answers) are in flight — this
/// is also the reorder buffer of ordered output. Beyond that, only <see cref="BulkDuplicates"/> is kept.</para>
/// <para>Every task the run starts is counted (<see cref="BulkWork"/>); <see cref="DisposeAsync"/> cancels the run and waits
/// until the count is zero, so no task outlives the enumeration.</para>
/// </remarks>
internal sealed partial class AssessManyRun : IAsyncDisposable
{
    private readonly AssessmentCore _core;
    private readonly AssessmentInstrumentation _instrumentation;
    private readonly Settings _settings;
    private readonly IEnumerable<string>? _inputs;
    private readonly IAsyncEnumerable<string>? _asyncInputs;
    private readonly CancellationToken _callerToken;
    private readonly CancellationTokenSource _cts;
    private readonly CancellationToken _token;
    private readonly SemaphoreSlim _window;
    private readonly BulkWork _work = new();
    private readonly BulkLanes _lanes;
    private readonly BulkDuplicates _duplicates;
    private readonly BulkProgress _progress;
    private Activity? _activity;
    private CancellationTokenRegistration _closeBatcher;
    private Exception? _fatal;
    private long _nextIndex;
    private bool _finished;
    private bool _readerStarted;
    private int _disposed;

    public AssessManyRun(
        AssessmentCore core,
        AssessmentInstrumentation instrumentation,
        Settings settings,
        IBindClient? bind,
        IIpqsClient? ipqs,
        IEnumerable<string>? inputs,
        IAsyncEnumerable<string>? asyncInputs,
        CancellationToken cancellationToken)
    {
        _core = core;
        _instrumentation = instrumentation;
        _settings = settings;
        _inputs = inputs;
        _asyncInputs = asyncInputs;
        _callerToken = cancellationToken;
        _cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _token = _cts.Token;
        WindowSize = Math.Clamp(2 * settings.MaxConcurrency * (settings.BindBatchSize + 16), 256, 65_536);
        _window = new SemaphoreSlim(WindowSize, WindowSize);
        var batcher = settings.Plan.MayUseBind
            ? new BindBatcher(instrumentation, bind!, settings.BindBatchSize, settings.MaxConcurrency, _work, _token)
            : null;
        var ipqsGate = settings.Plan.MayUseIpqs
            ? new BulkIpqsGate(instrumentation, ipqs!, settings.MaxConcurrency, _work, _token)
            : null;
        _lanes = new BulkLanes(batcher, ipqsGate, new BulkOutput(settings.Ordered));
        _duplicates = new BulkDuplicates(settings.DuplicateWindow, WindowSize);
        _progress = new BulkProgress(settings.Progress, settings.ProgressInterval, settings.Total, instrumentation.TimeProvider);
    }

    /// <summary>The most inputs in flight (read, not yet yielded).</summary>
    public int WindowSize { get; }

    private BindBatcher? Batcher => _lanes.Batcher;

    private ILogger Logger => _instrumentation.Logger;

    public void Start()
    {
        var previous = Activity.Current;
        _activity = NumberIntelInstrumentation.Source.StartActivity(NumberIntelTelemetry.AssessManyActivity, ActivityKind.Internal);
        Activity.Current = previous; // the run's activity is the parent of its work, not the caller's ambient activity
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag(NumberIntelTelemetry.TagStrategy, NumberIntelInstrumentation.StrategyTag(_settings.Plan.Strategy));
        }

        AssessmentLog.RunStarted(Logger, _settings.Plan.Strategy, _settings.Ordered, _settings.MaxConcurrency, _settings.BindBatchSize);
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
        var output = _lanes.Output.Reader;
        while (true)
        {
            ThrowIfStopped();
            BulkItem? item;
            VendorOutcome? outcome;
            try
            {
                if (!output.TryRead(out item))
                {
                    if (!await output.WaitToReadAsync(_token).ConfigureAwait(false))
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
            AssessmentInstrumentation.Returned(assessment);
            _progress.Count(assessment);
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
            _work.End(); // the reader's share of the count
        }

        await _work.AllDone.ConfigureAwait(false);
        await _closeBatcher.DisposeAsync().ConfigureAwait(false);
        if (!_finished)
        {
            if (_fatal is null)
            {
                AssessmentLog.RunCanceled(Logger, _progress.Done, _progress.ElapsedMilliseconds);
            }

            _activity?.SetStatus(ActivityStatusCode.Error, _fatal?.GetType().Name ?? "canceled");
        }

        _activity?.Dispose();

        // The finished enumerator may stay referenced for a while (e.g. by the caller's state machine): let the big parts go now.
        _duplicates.Clear();
        Batcher?.Dispose();
        _lanes.Ipqs?.Dispose();
        _window.Dispose();
        _cts.Dispose();
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
            if (Logger.IsEnabled(LogLevel.Error))
            {
                var vendor = (exception as NumberIntelException)?.Vendor;
                var reason = exception is NumberIntelException ? exception.Message : "see the exception thrown by the enumeration";
                var type = exception.GetType().Name;
                AssessmentLog.RunStopped(Logger, _progress.Done, vendor, type, reason);
            }

            _cts.Cancel();
        }
    }

    private void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        var progress = _progress.Final();
        AssessmentLog.RunFinished(
            Logger, progress.Done, progress.PaidLookups, progress.CacheHits, progress.Duplicates, progress.Degraded, progress.Elapsed.TotalMilliseconds);
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag("numberintel.done", progress.Done);
            _activity.SetTag("numberintel.paid_lookups", progress.PaidLookups);
            _activity.SetTag("numberintel.cache_hits", progress.CacheHits);
            _activity.SetTag("numberintel.duplicates", progress.Duplicates);
            _activity.SetTag("numberintel.degraded_count", progress.Degraded);
        }
    }

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
