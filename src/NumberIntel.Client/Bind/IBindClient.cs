namespace NumberIntel.Client.Bind;

/// <summary>Bind number scoring (<c>POST /lookup/number-scoring</c>).</summary>
public interface IBindClient
{
    /// <summary>Scores one MSISDN.</summary>
    /// <param name="msisdn">Digits only, country code first (a leading <c>+</c> is accepted and removed).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The result. Per-number outcomes (<see cref="BindResponseCode.InvalidNumber"/>, <see cref="BindResponseCode.NotResolved"/>,
    /// <see cref="BindResponseCode.Throttled"/>, …) are results; when the vendor leaves the number out of its answer the
    /// result has <see cref="BindScoringResult.Response"/> = <see cref="BindResponseCode.Unknown"/>.
    /// </returns>
    /// <exception cref="ArgumentException">The MSISDN is empty or not digits.</exception>
    /// <exception cref="NumberIntelAuthenticationException">The key was rejected (HTTP 401/403).</exception>
    /// <exception cref="NumberIntelAccountException">Response code 2, 3 or 8: the account must be fixed.</exception>
    /// <exception cref="NumberIntelThrottledException">HTTP 429.</exception>
    /// <exception cref="NumberIntelVendorException">Any other HTTP error, or a body that is not usable.</exception>
    /// <exception cref="NumberIntelVendorException">The vendor could not be reached, the connection failed or the call timed out (the original exception is the inner exception).</exception>
    Task<BindScoringResult> ScoreAsync(string msisdn, CancellationToken cancellationToken = default);

    /// <summary>Scores many MSISDNs, batching them into requests of at most <see cref="BindOptions.MaxBatchSize"/>.</summary>
    /// <param name="msisdns">Digits only, country code first (a leading <c>+</c> is accepted and removed).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// Exactly one result per input, in input order. A number given more than once is sent once and its result is
    /// repeated at each position. A number the vendor left out of its answer gets a result with that
    /// <see cref="BindScoringResult.Msisdn"/> and <see cref="BindScoringResult.Response"/> = <see cref="BindResponseCode.Unknown"/>.
    /// </returns>
    /// <exception cref="ArgumentException">The sequence is empty, or an item is empty or not digits.</exception>
    /// <exception cref="NumberIntelAuthenticationException">The key was rejected (HTTP 401/403).</exception>
    /// <exception cref="NumberIntelAccountException">Response code 2, 3 or 8: the account must be fixed.</exception>
    /// <exception cref="NumberIntelThrottledException">HTTP 429.</exception>
    /// <exception cref="NumberIntelVendorException">Any other HTTP error, or a body that is not usable.</exception>
    /// <exception cref="NumberIntelVendorException">The vendor could not be reached, the connection failed or the call timed out (the original exception is the inner exception).</exception>
    Task<IReadOnlyList<BindScoringResult>> ScoreAsync(IEnumerable<string> msisdns, CancellationToken cancellationToken = default);
}
