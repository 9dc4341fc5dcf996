namespace NumberIntel.Client.Caching;

/// <summary>
/// An <see cref="IAssessmentCache"/> shared by several processes that also keeps them from buying the same number at the
/// same time: a miss returned by <c>GetBindAsync</c>/<c>GetIpqsAsync</c> may come with a short lease on that vendor and
/// number (other processes then wait for the answer in the cache instead of paying again).
/// </summary>
/// <remarks>
/// <see cref="NumberIntelClient"/> calls <see cref="ReleaseAsync"/> after every purchase that followed a miss — when the
/// answer was stored, and also when the vendor failed or the call was cancelled — so that a waiting process can go on at
/// once. A process that dies without releasing loses its lease when the lease expires. Implementations must be
/// thread-safe; a failure to release is logged by the client and otherwise ignored. Implemented by the
/// <c>NumberIntel.Client.Redis</c> package (<c>UseRedis()</c>).
/// </remarks>
internal interface IAssessmentCacheLeases
{
    /// <summary>Gives up the lease taken by the last miss for this vendor, MSISDN and variant, if this process holds it.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="msisdn">Digits only, country code first.</param>
    /// <param name="variant">The IPQS request variant (<see cref="AssessmentCacheRules.IpqsVariant"/>), or null (always null for Bind).</param>
    /// <param name="cancellationToken">Cancels the release.</param>
    /// <returns>A task that completes when the lease is released.</returns>
    ValueTask ReleaseAsync(NumberIntelVendor vendor, string msisdn, string? variant, CancellationToken cancellationToken = default);
}
