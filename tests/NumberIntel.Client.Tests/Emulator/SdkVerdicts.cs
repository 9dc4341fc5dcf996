using System.Text.Json;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Tests.Emulator;

/// <summary>
/// The SDK's own verdict on an emulator answer read off the wire: the body goes through the SDK's JSON contracts (the
/// parser its typed clients use) and the real <see cref="ConfidenceNormalizer"/> with the default policy — so the
/// emulator's magic numbers are checked against the rules as they are, not against a copy of them.
/// </summary>
public static class SdkVerdicts
{
    private static readonly ConfidenceNormalizer Normalizer = new(ConfidencePolicy.Default);

    /// <summary>The verdict on one item of a Bind answer.</summary>
    public static ConfidenceResult FromBind(JsonElement item) =>
        Normalizer.Normalize(item.Deserialize(BindJsonContext.Default.BindScoringResult)
            ?? throw new InvalidOperationException("The Bind item is null."));

    /// <summary>The verdict on an IPQS answer.</summary>
    public static ConfidenceResult FromIpqs(JsonElement answer) =>
        Normalizer.Normalize(answer.Deserialize(IpqsJsonContext.Default.IpqsPhoneResult)
            ?? throw new InvalidOperationException("The IPQS answer is null."));

    /// <summary>
    /// Asserts the reason a magic-number table promises: with <paramref name="step"/> null, no step lowers the label
    /// below verified; otherwise that step ran and decided <paramref name="label"/>.
    /// </summary>
    public static void AssertDecidedBy(ConfidenceResult result, string? step, ConfidenceLabel label)
    {
        var steps = result.Diagnostics!.Steps;
        if (step is null)
        {
            Assert.DoesNotContain(steps, s => s.Decision is { } d && d < ConfidenceLabel.Verified);
            return;
        }

        Assert.Contains(steps, s => s.Name == step && s.Decision == label);
    }
}
