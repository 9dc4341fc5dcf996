namespace NumberIntel.Client;

/// <summary>
/// The facade most users call: one number in, one <see cref="NumberAssessment"/> out; many numbers in, a stream out.
/// Input is parsed offline first and impossible numbers never cause a paid call. Safe for concurrent use.
/// </summary>
public interface INumberIntelClient
{
    /// <summary>Assesses one number as a person typed it, with the configured vendors.</summary>
    /// <param name="input">What the person typed, e.g. <c>+385 91 234 5678</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The assessment; never null.</returns>
    Task<NumberAssessment> AssessAsync(string input, CancellationToken cancellationToken = default);

    /// <summary>Assesses one number with per-call settings.</summary>
    /// <param name="input">What the person typed.</param>
    /// <param name="options">Vendors, default region and IPQS extras for this call; null for the configured defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The assessment; never null.</returns>
    Task<NumberAssessment> AssessAsync(string input, AssessOptions? options, CancellationToken cancellationToken = default);

    /// <summary>
    /// Assesses many numbers as a stream: exactly one assessment per input (blank and garbage lines included),
    /// deduplicated by MSISDN within the run, batched for Bind, bounded in concurrency and memory.
    /// </summary>
    /// <param name="inputs">The inputs; enumerated lazily, never held in memory whole.</param>
    /// <param name="options">Bulk settings; null for the defaults (input order kept).</param>
    /// <param name="cancellationToken">Stops the run promptly.</param>
    /// <returns>The assessments.</returns>
    IAsyncEnumerable<NumberAssessment> AssessManyAsync(IEnumerable<string> inputs, AssessManyOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Assesses many numbers from an asynchronous source (a file being read, a queue); see the other overload.</summary>
    /// <param name="inputs">The inputs; enumerated lazily.</param>
    /// <param name="options">Bulk settings; null for the defaults (input order kept).</param>
    /// <param name="cancellationToken">Stops the run promptly.</param>
    /// <returns>The assessments.</returns>
    IAsyncEnumerable<NumberAssessment> AssessManyAsync(IAsyncEnumerable<string> inputs, AssessManyOptions? options = null, CancellationToken cancellationToken = default);
}
