namespace NumberIntel.Client;

/// <summary>Settings of a bulk run (<see cref="INumberIntelClient.AssessManyAsync(IEnumerable{string}, AssessManyOptions?, CancellationToken)"/>).</summary>
public sealed record AssessManyOptions : AssessOptions
{
    /// <summary>The default <see cref="DuplicateWindow"/>: 10,000 distinct numbers.</summary>
    public const int DefaultDuplicateWindow = 10_000;

    /// <summary>The default <see cref="ProgressInterval"/>: one second.</summary>
    public static readonly TimeSpan DefaultProgressInterval = TimeSpan.FromSeconds(1);

    /// <summary>Yield in input order (the default) or as assessments complete.</summary>
    public bool Ordered { get; init; } = true;

    /// <summary>How many vendor calls may be in flight at once, per vendor (Bind batches, IPQS requests); null for <see cref="NumberIntelOptions.MaxConcurrency"/>. 1 to 256.</summary>
    public int? MaxConcurrency { get; init; }

    /// <summary>The number of inputs when known in advance (for progress and ETA); null when not (a collection's count is then used).</summary>
    public long? TotalCount { get; init; }

    /// <summary>Receives progress reports (done, paid lookups, cache hits, per-label counts) during the run, at most every <see cref="ProgressInterval"/>, and once at the end.</summary>
    public IProgress<AssessProgress>? Progress { get; init; }

    /// <summary>The least time between two progress reports (the last report is always sent); <see cref="TimeSpan.Zero"/> reports after every assessment. Default one second.</summary>
    public TimeSpan? ProgressInterval { get; init; }

    /// <summary>
    /// How many distinct numbers' vendor answers the run keeps for repeats of the same MSISDN (besides those still in
    /// flight, which are always shared). A repeat further back is answered by the cache when it has the number, and looked
    /// up again otherwise. Each kept number costs its vendor answers (roughly 1–3 KB). Default 10,000; 0 keeps only those in flight.
    /// </summary>
    public int? DuplicateWindow { get; init; }
}
