using System.Text.Json;
using NumberIntel.Client.Confidence;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

public sealed class ConfidenceResultTests
{
    [Theory]
    [InlineData(ConfidenceLabel.Verified, 0.95)]
    [InlineData(ConfidenceLabel.Likely, 0.80)]
    [InlineData(ConfidenceLabel.Uncertain, 0.55)]
    [InlineData(ConfidenceLabel.Low, 0.20)]
    [InlineData(ConfidenceLabel.Invalid, 0.00)]
    public void Score_EachLabel_IsTheDocumentedValue(ConfidenceLabel label, double score)
    {
        Assert.Equal(score, ConfidenceResult.GetScore(label));
        Assert.Equal(score, new ConfidenceResult { Label = label }.Score);
    }

    [Fact]
    public void GetScore_UndefinedLabel_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceResult.GetScore((ConfidenceLabel)7));

    [Fact]
    public void ConfidenceLabel_IsOrderedFromInvalidToVerified() =>
        Assert.Equal(
            [ConfidenceLabel.Invalid, ConfidenceLabel.Low, ConfidenceLabel.Uncertain, ConfidenceLabel.Likely, ConfidenceLabel.Verified],
            Enum.GetValues<ConfidenceLabel>().Order());

    [Fact]
    public void NewResult_WithoutDiagnostics_HasEmptyDiagnostics()
    {
        var result = new ConfidenceResult { Label = ConfidenceLabel.Uncertain };

        Assert.Same(ConfidenceDiagnostics.Empty, result.Diagnostics);
        Assert.Empty(result.Diagnostics.Steps);
        Assert.Equal(ConfidenceSource.None, result.Diagnostics.Source);
    }

    [Fact]
    public void Explain_LowResult_SaysWhichStepLoweredItAndWhy()
    {
        var result = new ConfidenceNormalizer().Normalize(BindResult(carrier: "Twilio"));

        var text = result.Explain();

        Assert.StartsWith("low (0.20), line type mobile, carrier \"Twilio\", from bind", text, StringComparison.Ordinal);
        Assert.Contains(
            "[bind] carrier_profile: saw \"Twilio\" -> at most low (lowered the label): known disposable VoIP carrier",
            text,
            StringComparison.Ordinal);
        Assert.Contains("[bind] scoring.credibility: saw \"high\" -> no effect", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Combined_ListsEachVendorsSteps()
    {
        var normalizer = new ConfidenceNormalizer();
        var combined = ConfidenceResult.Combine(normalizer.Normalize(BindResult()), normalizer.Normalize(IpqsResult(fraudScore: 90)));

        var text = combined.Explain();

        Assert.Contains("\n  ipqs:\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  bind:\n", text, StringComparison.Ordinal);
        Assert.Contains("[ipqs] fraud_score: saw \"90\" -> at most low (lowered the label)", text, StringComparison.Ordinal);
        Assert.Contains("combine: saw \"low + verified\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_ToString_IsExplain()
    {
        var diagnostics = new ConfidenceNormalizer().Normalize(Possible()).Diagnostics;

        Assert.Equal(diagnostics.Explain(), diagnostics.ToString());
        Assert.StartsWith("1. format: saw \"valid\" -> no effect", diagnostics.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Result_UsesDocumentedLabelNamesAndKeepsSteps()
    {
        var result = new ConfidenceNormalizer().Normalize(BindResult(carrier: "Twilio"));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(result));
        var root = json.RootElement;

        Assert.Equal("low", root.GetProperty("Label").GetString());
        Assert.Equal(0.2, root.GetProperty("Score").GetDouble());
        Assert.Equal("mobile", root.GetProperty("LineType").GetString());
        var diagnostics = root.GetProperty("Diagnostics");
        Assert.Equal("bind", diagnostics.GetProperty("Source").GetString());
        Assert.Equal("verified", diagnostics.GetProperty("LineTypeBaseline").GetString());
        Assert.True(diagnostics.GetProperty("CarrierProfile").GetProperty("Matched").GetBoolean());
        var carrierStep = diagnostics.GetProperty("Steps")[1];
        Assert.Equal("carrier_profile", carrierStep.GetProperty("Name").GetString());
        Assert.Equal("low", carrierStep.GetProperty("Decision").GetString());
        Assert.True(carrierStep.GetProperty("Applied").GetBoolean());
    }

    [Fact]
    public void Serialize_CombinedResult_RoundTrips()
    {
        var normalizer = new ConfidenceNormalizer(new ConfidencePolicy { DisposablePrefixes = { "38591" } });
        var combined = ConfidenceResult.Combine(
            normalizer.Normalize(Possible(), BindResult(carrier: "Twilio")),
            normalizer.Normalize(IpqsResult(fraudScore: 80)));

        var copy = JsonSerializer.Deserialize<ConfidenceResult>(JsonSerializer.Serialize(combined));

        Assert.Equal(combined, copy);
    }

    [Fact]
    public void Diagnostics_SameRun_AreEqual()
    {
        var normalizer = new ConfidenceNormalizer();

        var first = normalizer.Normalize(BindResult(carrier: "Twilio"));
        var second = normalizer.Normalize(BindResult(carrier: "Twilio"));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, normalizer.Normalize(BindResult(carrier: "Burner")));
    }
}
