namespace NumberIntel.Client.Confidence;

/// <summary>
/// Builds a <see cref="ConfidenceResult"/>'s <see cref="ConfidenceDiagnostics"/> on first read: the label, line type,
/// carrier and country are computed eagerly, the step records only when someone reads <see cref="ConfidenceResult.Diagnostics"/>
/// (or <see cref="ConfidenceResult.Explain"/>). The inputs are immutable, so building later gives the same diagnostics.
/// </summary>
/// <param name="source">Where the verdict came from (needed eagerly by <see cref="ConfidenceResult.Combine"/>).</param>
internal abstract class LazyDiagnostics(ConfidenceSource source)
{
    /// <summary>Where the verdict came from.</summary>
    public ConfidenceSource Source { get; } = source;

    /// <summary>Builds the diagnostics (called at most a few times, concurrently at worst; the first one kept wins).</summary>
    /// <returns>The diagnostics.</returns>
    public abstract ConfidenceDiagnostics Build();
}
