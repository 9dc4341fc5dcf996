using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Assessment;

/// <summary>
/// How an assessment reaches the vendors: directly for <see cref="NumberIntelClient.AssessAsync(string, AssessOptions?, CancellationToken)"/>
/// (<see cref="DirectGateway"/>), through the Bind batcher and the IPQS concurrency gate in a bulk run (<see cref="BulkEntry"/>).
/// </summary>
internal abstract class VendorGateway
{
    /// <summary>Scores one MSISDN with Bind (with the client's item retries).</summary>
    public abstract Task<BindScoringResult> ScoreAsync(string msisdn, CancellationToken cancellationToken);

    /// <summary>Validates one E.164 number with IPQS.</summary>
    public abstract Task<IpqsPhoneResult> ValidateAsync(string e164, IpqsPhoneRequest? request, CancellationToken cancellationToken);
}
