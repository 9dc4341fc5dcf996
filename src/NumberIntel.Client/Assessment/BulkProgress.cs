namespace NumberIntel.Client.Assessment;

/// <summary>
/// The counters of a bulk run and its progress reports: paid lookups, cache hits and duplicates (counted by the run's
/// tasks), done, degraded and per-label counts (counted by the consumer), reported at most every interval.
/// </summary>
internal sealed class BulkProgress
{
    private readonly IProgress<AssessProgress>? _progress;
    private readonly TimeSpan _interval;
    private readonly long? _total;
    private readonly TimeProvider _time;
    private readonly long[] _labels = new long[5];
    private readonly long _started;
    private long _lastReport;
    private long _paid;
    private long _cacheHits;
    private long _duplicates;
    private long _done;
    private long _degraded;

    public BulkProgress(IProgress<AssessProgress>? progress, TimeSpan interval, long? total, TimeProvider time)
    {
        _progress = progress;
        _interval = interval;
        _total = total;
        _time = time;
        _started = time.GetTimestamp();
        _lastReport = _started;
    }

    /// <summary>How many assessments the consumer has taken.</summary>
    public long Done => Volatile.Read(ref _done);

    /// <summary>Milliseconds since the run started.</summary>
    public double ElapsedMilliseconds => _time.GetElapsedTime(_started).TotalMilliseconds;

    /// <summary>An input repeats an MSISDN already seen.</summary>
    public void Duplicate() => Interlocked.Increment(ref _duplicates);

    /// <summary>A distinct number was resolved.</summary>
    public void Resolved(VendorOutcome outcome)
    {
        Interlocked.Add(ref _paid, outcome.Paid.Count);
        Interlocked.Add(ref _cacheHits, outcome.CacheHits.Count);
    }

    /// <summary>The consumer took an assessment: counts it and reports when the interval has passed.</summary>
    public void Count(NumberAssessment assessment)
    {
        _done++;
        if (assessment.Degraded)
        {
            _degraded++;
        }

        _labels[(int)assessment.Label]++;
        if (_progress is not null)
        {
            var now = _time.GetTimestamp();
            if (_time.GetElapsedTime(_lastReport, now) >= _interval)
            {
                _lastReport = now;
                _progress.Report(Snapshot());
            }
        }
    }

    /// <summary>The last report, sent once at the end.</summary>
    public AssessProgress Final()
    {
        var progress = Snapshot();
        _progress?.Report(progress);
        return progress;
    }

    private AssessProgress Snapshot() => new()
    {
        Done = _done,
        Total = _total,
        PaidLookups = Interlocked.Read(ref _paid),
        CacheHits = Interlocked.Read(ref _cacheHits),
        Duplicates = Interlocked.Read(ref _duplicates),
        Degraded = _degraded,
        LabelCounts = (long[])_labels.Clone(),
        Elapsed = _time.GetElapsedTime(_started),
    };
}
