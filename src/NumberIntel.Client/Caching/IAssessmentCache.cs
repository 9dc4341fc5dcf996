using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Caching;

/// <summary>
/// Keeps vendor answers per vendor and MSISDN, so that a number is not paid for twice across assessments and runs.
/// Used by <see cref="NumberIntelClient"/>: it looks each vendor up here before paying, and stores what it paid for.
/// </summary>
/// <remarks>
/// <para>Implementations: <see cref="MemoryAssessmentCache"/> (the default with <c>AddNumberIntel</c> when
/// <see cref="NumberIntelCacheOptions.Enabled"/>) and <see cref="DistributedAssessmentCache"/> (<c>UseDistributedCache()</c>).</para>
/// <para>Only final answers are stored (<see cref="AssessmentCacheRules.IsCacheable(BindScoringResult)"/>,
/// <see cref="AssessmentCacheRules.IsCacheable(IpqsPhoneResult)"/>): failures, Bind codes 4, 7 and unknown, and IPQS
/// <c>success:false</c> never are; implementations ignore such values. A cache that fails (throws) never fails an
/// assessment: the client logs the failure and goes on as on a miss.</para>
/// <para>Implementations must be thread-safe.</para>
/// </remarks>
public interface IAssessmentCache
{
    /// <summary>Gets Bind's answer for <paramref name="msisdn"/>, or null.</summary>
    /// <param name="msisdn">Digits only, country code first.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The cached answer, or null when there is none (or it expired).</returns>
    ValueTask<BindScoringResult?> GetBindAsync(string msisdn, CancellationToken cancellationToken = default);

    /// <summary>Stores Bind's answer for <paramref name="msisdn"/> for <see cref="NumberIntelCacheOptions.BindTimeToLive"/>; ignored when not cacheable.</summary>
    /// <param name="msisdn">Digits only, country code first.</param>
    /// <param name="result">Bind's answer.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the answer is stored.</returns>
    ValueTask SetBindAsync(string msisdn, BindScoringResult result, CancellationToken cancellationToken = default);

    /// <summary>Gets IPQS's answer for <paramref name="msisdn"/> asked with the request settings <paramref name="variant"/>, or null.</summary>
    /// <param name="msisdn">Digits only, country code first.</param>
    /// <param name="variant">
    /// The IPQS request settings that change the answer (strictness, countries, add-ons) as a short stable text
    /// (<see cref="AssessmentCacheRules.IpqsVariant"/>), or null for the account's defaults. Answers of different variants are kept apart.
    /// </param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The cached answer, or null.</returns>
    ValueTask<IpqsPhoneResult?> GetIpqsAsync(string msisdn, string? variant, CancellationToken cancellationToken = default);

    /// <summary>Stores IPQS's answer for <see cref="NumberIntelCacheOptions.IpqsTimeToLive"/>; ignored when not cacheable (<c>success:false</c>).</summary>
    /// <param name="msisdn">Digits only, country code first.</param>
    /// <param name="variant">The request settings (see <see cref="GetIpqsAsync"/>).</param>
    /// <param name="result">IPQS's answer.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the answer is stored.</returns>
    ValueTask SetIpqsAsync(string msisdn, string? variant, IpqsPhoneResult result, CancellationToken cancellationToken = default);
}
