using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Assessment;

/// <summary>The vendors as one assessment calls them: directly, one request per vendor.</summary>
internal sealed class DirectGateway(AssessmentInstrumentation instrumentation, IBindClient? bind, IIpqsClient? ipqs) : VendorGateway
{
    public override Task<BindScoringResult> ScoreAsync(string msisdn, CancellationToken cancellationToken) =>
        instrumentation.BindCallAsync(
            (Client: bind!, Msisdn: msisdn),
            1,
            msisdn,
            static (state, token) => state.Client.ScoreAsync(state.Msisdn, token),
            cancellationToken);

    public override Task<IpqsPhoneResult> ValidateAsync(string e164, IpqsPhoneRequest? request, CancellationToken cancellationToken) =>
        instrumentation.ValidateAsync(ipqs!, e164, request, cancellationToken);
}
