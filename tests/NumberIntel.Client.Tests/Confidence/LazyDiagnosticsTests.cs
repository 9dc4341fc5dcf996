using NumberIntel.Client.Confidence;
using NumberIntel.Client.PhoneNumbers;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

/// <summary>The normalizer computes the label eagerly and the diagnostics on first read; what is read must not change.</summary>
public sealed class LazyDiagnosticsTests
{
    private readonly ConfidenceNormalizer _normalizer = new();
    private readonly PhoneNumberParseResult _number = PhoneNumberParser.Parse("+385 91 555 0101");

    [Fact]
    public void Diagnostics_ReadTwice_IsTheSameInstance()
    {
        var result = _normalizer.Normalize(_number, BindResult(), IpqsResult());

        Assert.Same(result.Diagnostics, result.Diagnostics);
    }

    [Fact]
    public void Equals_OneResultsDiagnosticsReadAndOneNot_AreEqual()
    {
        var read = _normalizer.Normalize(_number, BindResult(), IpqsResult(fraudScore: 80));
        var unread = _normalizer.Normalize(_number, BindResult(), IpqsResult(fraudScore: 80));
        _ = read.Diagnostics;

        Assert.Equal(read, unread);
        Assert.Equal(read.GetHashCode(), unread.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentSteps_AreNotEqual()
    {
        var low = _normalizer.Normalize(IpqsResult(fraudScore: 10));
        var other = _normalizer.Normalize(IpqsResult(fraudScore: 20));

        Assert.Equal(low.Label, other.Label);
        Assert.NotEqual(low, other);
    }

    [Fact]
    public async Task Diagnostics_ReadConcurrently_EveryReaderGetsTheSameInstance()
    {
        var result = _normalizer.Normalize(_number, BindResult(), IpqsResult());
        using var start = new ManualResetEventSlim();
        var readers = Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() =>
            {
                start.Wait(TimeSpan.FromSeconds(10));
                return result.Diagnostics;
            }))
            .ToArray();
        start.Set();

        var seen = await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(seen, d => Assert.Same(seen[0], d));
    }

    [Fact]
    public void Combined_Diagnostics_RecordEveryStepOfBothVendorsAndTheCombineStep()
    {
        var bind = _normalizer.Normalize(_number, BindResult());
        var ipqs = _normalizer.Normalize(_number, IpqsResult());

        var combined = _normalizer.Normalize(_number, BindResult(), IpqsResult());

        Assert.Equal(
            bind.Diagnostics.Steps.Length + ipqs.Diagnostics.Steps.Length + 1,
            combined.Diagnostics.GetAllSteps().Count);
        Assert.Equal([bind.Diagnostics, ipqs.Diagnostics], combined.Diagnostics.Inputs.ToArray());
        Assert.NotNull(combined.Diagnostics.Format);
    }

    [Fact]
    public void With_Diagnostics_ReplacesTheLazyOnes()
    {
        var result = _normalizer.Normalize(_number, BindResult(), IpqsResult());

        var replaced = result with { Diagnostics = ConfidenceDiagnostics.Empty };

        Assert.Same(ConfidenceDiagnostics.Empty, replaced.Diagnostics);
    }

    [Fact]
    public void Explain_DiagnosticsNeverRead_ListsTheSteps()
    {
        var result = _normalizer.Normalize(_number, BindResult(), IpqsResult());

        var text = result.Explain();

        Assert.Contains(ConfidenceStepNames.Combine, text, StringComparison.Ordinal);
        Assert.Contains(ConfidenceStepNames.IpqsFraudScore, text, StringComparison.Ordinal);
        Assert.Contains(ConfidenceStepNames.BindCredibility, text, StringComparison.Ordinal);
    }
}
