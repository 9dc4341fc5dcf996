using FsCheck.Xunit;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Tests.Confidence;

/// <summary>
/// FsCheck properties of the confidence model over any vendor answer (<see cref="VendorAnswerArbitraries"/>): the label
/// is always one of the five with its documented score, and <see cref="ConfidenceResult.Combine"/> is the minimum,
/// commutative, and disposable when either input is.
/// </summary>
public sealed class ConfidencePropertyTests
{
    private static readonly ConfidenceNormalizer Normalizer = new();

    /// <summary>The scores the README and <see cref="ConfidenceLabel"/> document, written out here on purpose.</summary>
    private static readonly Dictionary<ConfidenceLabel, double> DocumentedScores = new()
    {
        [ConfidenceLabel.Invalid] = 0.00,
        [ConfidenceLabel.Low] = 0.20,
        [ConfidenceLabel.Uncertain] = 0.55,
        [ConfidenceLabel.Likely] = 0.80,
        [ConfidenceLabel.Verified] = 0.95,
    };

    [Property(Arbitrary = [typeof(VendorAnswerArbitraries)])]
    public void Normalize_AnyBindAnswer_LabelIsOneOfTheFiveWithItsScore(PhoneNumberParseResult number, BindScoringResult bind)
    {
        AssertOneOfTheFive(Normalizer.Normalize(number, bind));
        AssertOneOfTheFive(Normalizer.Normalize(bind));
    }

    [Property(Arbitrary = [typeof(VendorAnswerArbitraries)])]
    public void Normalize_AnyIpqsAnswer_LabelIsOneOfTheFiveWithItsScore(PhoneNumberParseResult number, IpqsPhoneResult ipqs)
    {
        AssertOneOfTheFive(Normalizer.Normalize(number, ipqs));
        AssertOneOfTheFive(Normalizer.Normalize(ipqs));
    }

    [Property(Arbitrary = [typeof(VendorAnswerArbitraries)])]
    public void Normalize_AnyAnswersFromBoth_LabelIsOneOfTheFiveAndTheLowerOfEach(
        PhoneNumberParseResult number, BindScoringResult bind, IpqsPhoneResult ipqs)
    {
        var both = Normalizer.Normalize(number, bind, ipqs);

        AssertOneOfTheFive(both);
        var lower = (ConfidenceLabel)Math.Min((int)Normalizer.Normalize(number, bind).Label, (int)Normalizer.Normalize(number, ipqs).Label);
        Assert.Equal(lower, both.Label);
    }

    [Property(Arbitrary = [typeof(VendorAnswerArbitraries)])]
    public void Combine_AnyTwoResults_LabelIsTheLowerOfBoth(ConfidenceResult first, ConfidenceResult second)
    {
        var combined = ConfidenceResult.Combine(first, second);

        Assert.Equal((ConfidenceLabel)Math.Min((int)first.Label, (int)second.Label), combined.Label);
        AssertOneOfTheFive(combined);
    }

    [Property(Arbitrary = [typeof(VendorAnswerArbitraries)])]
    public void Combine_AnyTwoResults_IsCommutative(ConfidenceResult first, ConfidenceResult second)
    {
        var ab = ConfidenceResult.Combine(first, second);
        var ba = ConfidenceResult.Combine(second, first);

        Assert.Equal(ab.Label, ba.Label);
        Assert.Equal(ab.IsDisposable, ba.IsDisposable);
        Assert.Equal(ab.LineType, ba.LineType);
        Assert.Equal(ab.Carrier, ba.Carrier);
        Assert.Equal(ab.CountryCode, ba.CountryCode);
    }

    [Property(Arbitrary = [typeof(VendorAnswerArbitraries)])]
    public void Combine_AnyTwoResults_IsDisposableWhenEitherIs(ConfidenceResult first, ConfidenceResult second) =>
        Assert.Equal(first.IsDisposable || second.IsDisposable, ConfidenceResult.Combine(first, second).IsDisposable);

    private static void AssertOneOfTheFive(ConfidenceResult result)
    {
        Assert.True(DocumentedScores.TryGetValue(result.Label, out var score), $"label {(int)result.Label} is not one of the five");
        Assert.Equal(score, result.Score);
    }
}
