using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

public sealed class CombineTests
{
    private readonly ConfidenceNormalizer _normalizer = new();

    [Fact]
    public void Combine_DifferentLabels_TheLowerWins()
    {
        var bind = _normalizer.Normalize(BindResult());
        var ipqs = _normalizer.Normalize(IpqsResult(fraudScore: 80));

        var combined = ConfidenceResult.Combine(bind, ipqs);

        Assert.Equal(ConfidenceLabel.Uncertain, combined.Label);
        Assert.Equal(0.55, combined.Score);
        Assert.Equal(ConfidenceSource.Combined, combined.Diagnostics.Source);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Combine_EitherDisposable_IsDisposable(bool first, bool second)
    {
        var a = new ConfidenceResult { Label = ConfidenceLabel.Likely, IsDisposable = first };
        var b = new ConfidenceResult { Label = ConfidenceLabel.Verified, IsDisposable = second };

        Assert.True(ConfidenceResult.Combine(a, b).IsDisposable);
    }

    [Fact]
    public void Combine_NeitherDisposable_IsNotDisposable()
    {
        var combined = ConfidenceResult.Combine(_normalizer.Normalize(BindResult()), _normalizer.Normalize(IpqsResult()));

        Assert.False(combined.IsDisposable);
        Assert.False(combined.Diagnostics.Disposable.IsDisposable);
    }

    [Fact]
    public void Combine_KeepsBothInputsDiagnostics()
    {
        var bind = _normalizer.Normalize(BindResult(disposable: true));
        var ipqs = _normalizer.Normalize(IpqsResult());

        var combined = ConfidenceResult.Combine(ipqs, bind);

        Assert.Equal(new[] { bind.Diagnostics, ipqs.Diagnostics }, combined.Diagnostics.Inputs.ToArray());
        Assert.Equal(ConfidenceStepNames.Combine, Assert.Single(combined.Diagnostics.Steps).Name);
        Assert.Equal(bind.Diagnostics.Steps.Length + ipqs.Diagnostics.Steps.Length + 1, combined.Diagnostics.GetAllSteps().Count);
        Assert.Contains(combined.Diagnostics.GetAllSteps(), s => s.Vendor == NumberIntelVendor.Bind);
        Assert.Contains(combined.Diagnostics.GetAllSteps(), s => s.Vendor == NumberIntelVendor.Ipqs);
        Assert.Equal(bind.Diagnostics.Disposable, combined.Diagnostics.Disposable);
    }

    [Fact]
    public void Combine_CombineStep_RecordsBothLabelsAndWhetherItLowered()
    {
        var combined = ConfidenceResult.Combine(_normalizer.Normalize(BindResult()), _normalizer.Normalize(IpqsResult(lineType: "VOIP")));
        var step = Assert.Single(combined.Diagnostics.Steps);

        Assert.Equal("low + verified", step.Observed);
        Assert.Equal(ConfidenceLabel.Low, step.Decision);
        Assert.True(step.Applied);
        Assert.Null(step.Vendor);
    }

    public static TheoryData<ConfidenceResult, ConfidenceResult> Pairs()
    {
        var normalizer = new ConfidenceNormalizer();
        var bindVerified = normalizer.Normalize(BindResult());
        var bindLow = normalizer.Normalize(BindResult(type: BindPhoneType.Voip, carrier: "Burner", disposable: true));
        var ipqsVerified = normalizer.Normalize(IpqsResult());
        var ipqsUncertain = normalizer.Normalize(IpqsResult(lineType: null, carrier: "Other", country: "CA", fraudScore: 76));
        var format = normalizer.Normalize(Possible());
        return new TheoryData<ConfidenceResult, ConfidenceResult>
        {
            { bindVerified, ipqsVerified },
            { bindVerified, ipqsUncertain },
            { bindLow, ipqsVerified },
            { bindLow, ipqsUncertain },
            { format, bindVerified },
            { format, ipqsUncertain },
        };
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Combine_IsCommutative(ConfidenceResult a, ConfidenceResult b)
    {
        var ab = ConfidenceResult.Combine(a, b);
        var ba = ConfidenceResult.Combine(b, a);

        Assert.Equal(ab, ba);
        Assert.Equal((ConfidenceLabel)Math.Min((int)a.Label, (int)b.Label), ab.Label);
        Assert.Equal(a.IsDisposable || b.IsDisposable, ab.IsDisposable);
    }

    [Fact]
    public void Combine_FactsComeFromTheLowerLabelledInput()
    {
        var bind = _normalizer.Normalize(BindResult(carrier: "T-Mobile"));
        var ipqs = _normalizer.Normalize(IpqsResult(lineType: "VOIP", carrier: "Google Voice", country: "US"));

        var combined = ConfidenceResult.Combine(bind, ipqs);

        Assert.Equal(LineType.Voip, combined.LineType);
        Assert.Equal("Google Voice", combined.Carrier);
        Assert.Equal("US", combined.CountryCode);
    }

    [Fact]
    public void Combine_MissingFactsFallBackToTheOtherInput()
    {
        var bind = _normalizer.Normalize(Possible(), BindResult(carrier: "A1"));
        var ipqs = _normalizer.Normalize(IpqsResult(lineType: null, carrier: null, country: null));

        var combined = ConfidenceResult.Combine(bind, ipqs);

        Assert.Equal(ConfidenceLabel.Uncertain, combined.Label);
        Assert.Equal(LineType.Mobile, combined.LineType);
        Assert.Equal("A1", combined.Carrier);
        Assert.Equal("HR", combined.CountryCode);
        Assert.NotNull(combined.Diagnostics.Format);
    }

    [Fact]
    public void Combine_OfCombined_KeepsEveryStep()
    {
        var twice = ConfidenceResult.Combine(
            ConfidenceResult.Combine(_normalizer.Normalize(BindResult()), _normalizer.Normalize(IpqsResult())),
            _normalizer.Normalize(Possible()));

        Assert.Equal(ConfidenceLabel.Uncertain, twice.Label);
        Assert.Equal(2, twice.Diagnostics.GetAllSteps().Count(s => s.Name == ConfidenceStepNames.Combine));
    }

    [Fact]
    public void Combine_Null_Throws()
    {
        var result = _normalizer.Normalize(BindResult());

        Assert.Throws<ArgumentNullException>(() => ConfidenceResult.Combine(result, null!));
        Assert.Throws<ArgumentNullException>(() => ConfidenceResult.Combine(null!, result));
    }
}
