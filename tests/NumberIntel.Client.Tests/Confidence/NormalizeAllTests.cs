using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

public sealed class NormalizeAllTests
{
    private readonly ConfidenceNormalizer _normalizer = new();

    [Fact]
    public void Normalize_NeitherVendor_IsTheFormatOnlyVerdict()
    {
        var result = _normalizer.Normalize(Possible(), null, null);

        Assert.Equal(_normalizer.Normalize(Possible()), result);
        Assert.Equal(ConfidenceSource.Format, result.Diagnostics.Source);
    }

    [Fact]
    public void Normalize_BindOnly_IsTheBindVerdict()
    {
        var bind = BindResult();

        Assert.Equal(_normalizer.Normalize(Possible(), bind), _normalizer.Normalize(Possible(), bind, null));
    }

    [Fact]
    public void Normalize_IpqsOnly_IsTheIpqsVerdict()
    {
        var ipqs = IpqsResult(fraudScore: 80);

        Assert.Equal(_normalizer.Normalize(Possible(), ipqs), _normalizer.Normalize(Possible(), null, ipqs));
    }

    [Fact]
    public void Normalize_BothVendors_IsTheCombinedVerdict()
    {
        var bind = BindResult();
        var ipqs = IpqsResult(lineType: "VOIP");

        var result = _normalizer.Normalize(Possible(), bind, ipqs);

        Assert.Equal(ConfidenceResult.Combine(_normalizer.Normalize(Possible(), bind), _normalizer.Normalize(Possible(), ipqs)), result);
        Assert.Equal(ConfidenceLabel.Low, result.Label);
        Assert.Equal(ConfidenceSource.Combined, result.Diagnostics.Source);
    }

    [Fact]
    public void Normalize_NullNumber_Throws() =>
        Assert.Throws<ArgumentNullException>(() => _normalizer.Normalize((PhoneNumberParseResult)null!, (BindScoringResult?)null, (IpqsPhoneResult?)null));
}
