using System.Diagnostics;
using NumberIntel.Cli.Output;
using NumberIntel.Cli.Run;
using NumberIntel.Client;

namespace NumberIntel.Cli.Progress;

/// <summary>What a run has produced so far, counted from the assessments written (read by the progress bar and the summary).</summary>
internal sealed class RunStats
{
    private readonly long[] _labels = new long[5];
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
    private long _done;
    private long _paidBind;
    private long _paidIpqs;
    private long _cacheHits;
    private long _degraded;
    private long _duplicates;

    public long Done => Interlocked.Read(ref _done);

    public long PaidBind => Interlocked.Read(ref _paidBind);

    public long PaidIpqs => Interlocked.Read(ref _paidIpqs);

    public long PaidLookups => PaidBind + PaidIpqs;

    public long CacheHits => Interlocked.Read(ref _cacheHits);

    public long Degraded => Interlocked.Read(ref _degraded);

    /// <summary>Inputs that reused an earlier input's answers (<see cref="ResultRow.DuplicateOf"/>): nothing paid for them.</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    public TimeSpan Elapsed => _stopwatch.Elapsed;

    /// <summary>Inputs per second so far.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public long LabelCount(Client.Confidence.ConfidenceLabel label) => Interlocked.Read(ref _labels[(int)label]);

    public void Add(ResultRow assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        Interlocked.Increment(ref _labels[(int)assessment.Label]);
        foreach (var vendor in assessment.PaidLookups)
        {
            if (vendor == NumberIntelVendor.Bind)
            {
                Interlocked.Increment(ref _paidBind);
            }
            else
            {
                Interlocked.Increment(ref _paidIpqs);
            }
        }

        Interlocked.Add(ref _cacheHits, assessment.CacheHits.Count);
        if (assessment.Degraded)
        {
            Interlocked.Increment(ref _degraded);
        }

        if (assessment.DuplicateOf is not null)
        {
            Interlocked.Increment(ref _duplicates);
        }

        Interlocked.Increment(ref _done);
    }

    public void Stop() => _stopwatch.Stop();
}
