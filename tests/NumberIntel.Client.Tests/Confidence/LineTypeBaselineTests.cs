using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

public sealed class LineTypeBaselineTests
{
    private readonly ConfidenceNormalizer _normalizer = new();

    public static TheoryData<LineType, ConfidenceLabel> Baselines => new()
    {
        { LineType.Mobile, ConfidenceLabel.Verified },
        { LineType.FixedLine, ConfidenceLabel.Verified },
        { LineType.FixedLineOrMobile, ConfidenceLabel.Likely },
        { LineType.TollFree, ConfidenceLabel.Likely },
        { LineType.Voip, ConfidenceLabel.Low },
        { LineType.Pager, ConfidenceLabel.Low },
        { LineType.Voicemail, ConfidenceLabel.Low },
        { LineType.PremiumRate, ConfidenceLabel.Uncertain },
        { LineType.SharedCost, ConfidenceLabel.Uncertain },
        { LineType.Uan, ConfidenceLabel.Uncertain },
        { LineType.PersonalNumber, ConfidenceLabel.Uncertain },
        { LineType.Satellite, ConfidenceLabel.Uncertain },
        { LineType.Emergency, ConfidenceLabel.Uncertain },
        { LineType.Unknown, ConfidenceLabel.Uncertain },
    };

    [Theory]
    [MemberData(nameof(Baselines))]
    public void GetLineTypeBaseline_EachLineType_ReturnsDocumentedLabel(LineType lineType, ConfidenceLabel expected) =>
        Assert.Equal(expected, ConfidenceNormalizer.GetLineTypeBaseline(lineType));

    [Fact]
    public void GetLineTypeBaseline_TheoryData_CoversEveryLineType() =>
        Assert.Equal(Enum.GetValues<LineType>().Length, Baselines.Count);

    [Theory]
    [InlineData(BindPhoneType.Mobile, LineType.Mobile, ConfidenceLabel.Verified)]
    [InlineData(BindPhoneType.Landline, LineType.FixedLine, ConfidenceLabel.Verified)]
    [InlineData(BindPhoneType.TollFree, LineType.TollFree, ConfidenceLabel.Likely)]
    [InlineData(BindPhoneType.SharedCost, LineType.SharedCost, ConfidenceLabel.Uncertain)]
    [InlineData(BindPhoneType.Voip, LineType.Voip, ConfidenceLabel.Low)]
    [InlineData(BindPhoneType.Emergency, LineType.Emergency, ConfidenceLabel.Uncertain)]
    [InlineData(BindPhoneType.Unknown, LineType.Unknown, ConfidenceLabel.Uncertain)]
    public void Normalize_BindPhoneType_MapsLineTypeAndBaseline(BindPhoneType type, LineType lineType, ConfidenceLabel label)
    {
        var result = _normalizer.Normalize(BindResult(type: type, carrier: null, credibility: Credibility.VeryHigh));

        Assert.Equal(lineType, result.LineType);
        Assert.Equal(label, result.Diagnostics.LineTypeBaseline);
        Assert.Equal(label, result.Label);
    }

    [Theory]
    [InlineData("Wireless", LineType.Mobile, ConfidenceLabel.Verified)]
    [InlineData("Mobile", LineType.Mobile, ConfidenceLabel.Verified)]
    [InlineData("Landline", LineType.FixedLine, ConfidenceLabel.Verified)]
    [InlineData("Toll Free", LineType.TollFree, ConfidenceLabel.Likely)]
    [InlineData("Toll-Free", LineType.TollFree, ConfidenceLabel.Likely)]
    [InlineData("VOIP", LineType.Voip, ConfidenceLabel.Low)]
    [InlineData("Pager", LineType.Pager, ConfidenceLabel.Low)]
    [InlineData("Premium Rate", LineType.PremiumRate, ConfidenceLabel.Uncertain)]
    [InlineData("Satellite", LineType.Satellite, ConfidenceLabel.Uncertain)]
    [InlineData("Internet Service Provider", LineType.Unknown, ConfidenceLabel.Uncertain)]
    [InlineData("Unknown", LineType.Unknown, ConfidenceLabel.Uncertain)]
    [InlineData("Carrier Pigeon", LineType.Unknown, ConfidenceLabel.Uncertain)]
    [InlineData(null, LineType.Unknown, ConfidenceLabel.Uncertain)]
    public void Normalize_IpqsLineType_MapsLineTypeAndBaseline(string? wire, LineType lineType, ConfidenceLabel label)
    {
        var result = _normalizer.Normalize(IpqsResult(lineType: wire, carrier: null));

        Assert.Equal(lineType, result.LineType);
        Assert.Equal(label, result.Diagnostics.LineTypeBaseline);
        Assert.Equal(label, result.Label);
    }

    [Fact]
    public void Normalize_IpqsLineType_RecordsTheVendorsRawValue()
    {
        var step = Step(_normalizer.Normalize(IpqsResult(lineType: "Toll-Free")), ConfidenceStepNames.LineTypeBaseline);

        Assert.Equal("Toll-Free", step.Observed);
        Assert.Equal(ConfidenceLabel.Likely, step.Decision);
        Assert.True(step.Applied);
    }

    [Fact]
    public void Normalize_BindWithoutPhone_BaselineIsUncertainWithNoDataReason()
    {
        var result = _normalizer.Normalize(BindResult() with { Phone = null });
        var step = Step(result, ConfidenceStepNames.LineTypeBaseline);

        Assert.Equal(LineType.Unknown, result.LineType);
        Assert.Null(step.Observed);
        Assert.Equal(ConfidenceLabel.Uncertain, step.Decision);
        Assert.Contains("no phone data", step.Reason, StringComparison.Ordinal);
    }
}
