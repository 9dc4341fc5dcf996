using NumberIntel.Client.Confidence;

namespace NumberIntel.Client.Tests.Confidence;

/// <summary>The normalizer's step buffer has no fixed step count: a pipeline with more steps than today's still records them all.</summary>
public sealed class PipelineBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(200)]
    public void Record_AnyNumberOfSteps_KeepsEveryStepInOrder(int count)
    {
        var pipeline = new ConfidenceNormalizer.Pipeline(record: true);
        for (var i = 0; i < count; i++)
        {
            pipeline.Record("step" + i, null, null, i == count - 1 ? ConfidenceLabel.Low : null, "test");
        }

        var result = pipeline.ToResult(
            ConfidenceSource.Bind, LineType.Mobile, null, null, null, ConfidenceLabel.Verified, CarrierProfileDiagnostics.NotMatched,
            new ConfidenceNormalizer(), null, null, null);

        Assert.Equal(Enumerable.Range(0, count).Select(i => "step" + i), result.Diagnostics!.Steps.Select(s => s.Name));
        Assert.Equal(count == 0 ? ConfidenceLabel.Verified : ConfidenceLabel.Low, result.Label);
    }
}
