using NumberIntel.Client.Confidence;

namespace NumberIntel.Client;

/// <summary>A snapshot of a bulk run's progress, for progress bars and summaries.</summary>
public sealed record AssessProgress
{
    /// <summary>Assessments yielded so far.</summary>
    public long Done { get; init; }

    /// <summary>The number of inputs, when known.</summary>
    public long? Total { get; init; }

    /// <summary>Paid vendor lookups so far (per number and vendor; a Bind batch of 100 counts 100).</summary>
    public long PaidLookups { get; init; }

    /// <summary>Vendor answers served from the cache so far.</summary>
    public long CacheHits { get; init; }

    /// <summary>Inputs that repeated an MSISDN already seen in this run (paid once, answered again for free while the run or the cache still holds the answers; see <see cref="AssessManyOptions.DuplicateWindow"/>).</summary>
    public long Duplicates { get; init; }

    /// <summary>Degraded assessments so far (assessments yielded, duplicates included).</summary>
    public long Degraded { get; init; }

    /// <summary>Assessments per label so far, indexed by <see cref="ConfidenceLabel"/> (Invalid..Verified).</summary>
    public IReadOnlyList<long> LabelCounts { get; init; } = new long[5];

    /// <summary>Time since the run started.</summary>
    public TimeSpan Elapsed { get; init; }
}
