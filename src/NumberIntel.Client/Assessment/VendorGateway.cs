using Microsoft.Extensions.Logging;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client;

/// <summary>
/// How an assessment reaches the vendors: directly for <see cref="NumberIntelClient.AssessAsync(string, AssessOptions?, CancellationToken)"/>,
/// through the Bind batcher and the IPQS concurrency gate in a bulk run.
/// </summary>
internal abstract class VendorGateway
{
    /// <summary>The level of the per-number "vendor failed, degraded" log (bulk runs log per batch instead, at warning).</summary>
    public virtual LogLevel DegradedLogLevel => LogLevel.Warning;

    /// <summary>Whether a fatal error of one vendor should cancel the other vendor's call of the same assessment.</summary>
    public virtual bool CancelSiblingOnFatal => true;

    /// <summary>Scores one MSISDN with Bind (with the client's item retries).</summary>
    public abstract Task<BindScoringResult> ScoreAsync(string msisdn, CancellationToken cancellationToken);

    /// <summary>Validates one E.164 number with IPQS.</summary>
    public abstract Task<IpqsPhoneResult> ValidateAsync(string e164, IpqsPhoneRequest? request, CancellationToken cancellationToken);

    /// <summary>Says, as early as known, that this assessment will not call Bind (a cache hit, a cascade that stops): the batcher may then flush sooner.</summary>
    public virtual void BindNotNeeded()
    {
    }
}
