using System.Text;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;

namespace NumberIntel.Client.Tests.Readme;

/// <summary>The README's "Bind callbacks" example, verbatim, so the README stays true.</summary>
public sealed class ReadmeBindCallbackTests
{
    [Fact]
    public async Task HandleCallbackAsync_ReadmeExample_ReadsABindCallbackAndAnswers204()
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(
            """[{"msisdn":"385915550101","response":0,"phone":{"type":"mobile"},"scoring":{"credibility":"high"}}]"""));

        var status = await HandleCallbackAsync(body, new ConfidenceNormalizer(), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(204, status);
    }

    [Fact]
    public async Task HandleCallbackAsync_ReadmeExample_AnswersAnHtmlBody400()
    {
        using var body = new MemoryStream("<html>502</html>"u8.ToArray());

        var status = await HandleCallbackAsync(body, new ConfidenceNormalizer(), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(400, status);
    }

    // ---- README "Bind callbacks", verbatim ----
    static async Task<int> HandleCallbackAsync(Stream body, ConfidenceNormalizer normalizer, CancellationToken ct)
    {
        try
        {
            IReadOnlyList<BindScoringResult> results = await BindCallbackParser.ParseAsync(body, ct);
            foreach (BindScoringResult r in results)
            {
                ConfidenceLabel label = normalizer.Normalize(r).Label;   // with r.Msisdn and r.Response: store it, act on it
            }

            return 204;
        }
        catch (NumberIntelVendorException)   // not a Bind callback: empty, HTML, truncated, not JSON
        {
            return 400;
        }
    }
    // ---- end of the README example ----
}
