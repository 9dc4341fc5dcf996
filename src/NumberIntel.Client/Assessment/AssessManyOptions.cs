namespace NumberIntel.Client;

/// <summary>Settings of a bulk run (<see cref="INumberIntelClient.AssessManyAsync(IEnumerable{string}, AssessManyOptions?, CancellationToken)"/>).</summary>
public sealed record AssessManyOptions : AssessOptions
{
    /// <summary>Yield in input order (the default) or as assessments complete.</summary>
    public bool Ordered { get; init; } = true;

    /// <summary>How many vendor calls may be in flight at once; null for <see cref="NumberIntelOptions.MaxConcurrency"/>.</summary>
    public int? MaxConcurrency { get; init; }

    /// <summary>The number of inputs when known in advance (for progress and ETA); null when not.</summary>
    public long? TotalCount { get; init; }

    /// <summary>Receives progress reports (done, paid lookups, cache hits, per-label counts) during the run.</summary>
    public IProgress<AssessProgress>? Progress { get; init; }
}
