using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client;

/// <summary>The vendors as one assessment calls them: directly, one request per vendor.</summary>
internal sealed class DirectGateway(AssessmentCore core, IBindClient? bind, IIpqsClient? ipqs) : VendorGateway
{
    public override async Task<BindScoringResult> ScoreAsync(string msisdn, CancellationToken cancellationToken)
    {
        var started = core.TimeProvider.GetTimestamp();
        using var activity = core.StartVendorActivity(NumberIntelVendor.Bind, 1, msisdn);
        try
        {
            var result = await bind!.ScoreAsync(msisdn, cancellationToken).ConfigureAwait(false);
            core.EndVendorCall(activity, NumberIntelVendor.Bind, started, result.Response.IsFinal() ? "answered" : "no_data");
            return result;
        }
        catch (Exception e)
        {
            core.EndVendorCall(activity, NumberIntelVendor.Bind, started, "failed", e);
            throw;
        }
    }

    public override Task<IpqsPhoneResult> ValidateAsync(string e164, IpqsPhoneRequest? request, CancellationToken cancellationToken) =>
        core.ValidateInstrumentedAsync(ipqs!, e164, request, cancellationToken);
}
