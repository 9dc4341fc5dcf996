using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Assessment;

/// <summary>
/// One distinct MSISDN of a bulk run: looked up once, its outcome shared by every input with that MSISDN. It is also the
/// run's <see cref="VendorGateway"/> for that number (Bind through the batcher, IPQS through the concurrency gate) and
/// tells the batcher when the number will not ask Bind (<see cref="IBindDecision"/>). It knows the run's lanes, never the run.
/// </summary>
internal sealed class BulkEntry : VendorGateway, IBindDecision
{
    private readonly BulkLanes _lanes;
    private readonly TaskCompletionSource<VendorOutcome> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();
    private List<BulkItem>? _waiting;
    private bool _completed;
    private int _bindDecided;

    public BulkEntry(BulkLanes lanes, PhoneNumberParseResult number, long firstIndex)
    {
        _lanes = lanes;
        var bindUndecided = lanes.Batcher is not null;
        Number = number;
        FirstIndex = firstIndex;
        _bindDecided = bindUndecided ? 0 : 1;
    }

    public PhoneNumberParseResult Number { get; }

    /// <summary>The index of the input that created the entry.</summary>
    public long FirstIndex { get; }

    public Task<VendorOutcome> Completion => _completion.Task;

    public bool IsCompleted
    {
        get
        {
            lock (_gate)
            {
                return _completed;
            }
        }
    }

    public override Task<BindScoringResult> ScoreAsync(string msisdn, CancellationToken cancellationToken)
    {
        var decides = Interlocked.Exchange(ref _bindDecided, 1) == 0;
        return _lanes.Batcher!.Submit(msisdn, decides);
    }

    public override Task<IpqsPhoneResult> ValidateAsync(string e164, IpqsPhoneRequest? request, CancellationToken cancellationToken) =>
        _lanes.Ipqs!.ValidateAsync(e164, request); // bound to the run, like Bind's batches

    public void BindNotNeeded()
    {
        if (Interlocked.Exchange(ref _bindDecided, 1) == 0)
        {
            _lanes.Batcher!.Decide();
        }
    }

    /// <summary>Unordered runs: publishes <paramref name="item"/> when the entry completes (at once if it has).</summary>
    public void PublishWhenDone(BulkItem item)
    {
        lock (_gate)
        {
            if (!_completed)
            {
                (_waiting ??= []).Add(item);
                return;
            }
        }

        _lanes.Output.Publish(item);
    }

    public void Complete(VendorOutcome outcome)
    {
        _completion.TrySetResult(outcome);
        PublishWaiting();
    }

    public void Fail(Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            _completion.TrySetCanceled(cancellationToken);
        }
        else
        {
            _completion.TrySetException(exception);
        }

        PublishWaiting();
    }

    private void PublishWaiting()
    {
        List<BulkItem>? waiting;
        lock (_gate)
        {
            _completed = true;
            waiting = _waiting;
            _waiting = null;
        }

        if (waiting is not null)
        {
            foreach (var item in waiting)
            {
                _lanes.Output.Publish(item);
            }
        }
    }
}
