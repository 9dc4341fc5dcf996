using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Confidence;

/// <summary>Diagnostics on demand: the hot path computes the label only; the steps are recorded again when read.</summary>
public sealed partial class ConfidenceNormalizer
{
    /// <summary>Re-runs one pipeline with step recording on, the first time its result's diagnostics are read.</summary>
    private sealed class PipelineDiagnostics(
        ConfidenceNormalizer normalizer,
        ConfidenceSource source,
        PhoneNumberParseResult? number,
        BindScoringResult? bind,
        IpqsPhoneResult? ipqs) : LazyDiagnostics(source)
    {
        public override ConfidenceDiagnostics Build() => Source switch
        {
            ConfidenceSource.Bind => normalizer.NormalizeBind(number, bind!, record: true).Diagnostics,
            ConfidenceSource.Ipqs => normalizer.NormalizeIpqs(number, ipqs!, record: true).Diagnostics,
            _ => normalizer.NormalizeFormat(number!, record: true).Diagnostics,
        };
    }
}
