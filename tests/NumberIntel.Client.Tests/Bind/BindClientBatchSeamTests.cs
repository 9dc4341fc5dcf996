using Microsoft.Extensions.Logging.Abstractions;
using NumberIntel.Client.Bind;

namespace NumberIntel.Client.Tests.Bind;

public sealed class BindClientBatchSeamTests
{
    [Fact]
    public async Task ScoreBatchAsync_OneBatch_SendsOneRequestAndAlignsResults()
    {
        var codes = new Dictionary<string, int> { ["385910000001"] = 7, ["385910000002"] = 0, ["385910000003"] = 4 };
        await using var server = await BindTestServer.StartAsync(m => m.Reverse().Select(x => BindTestServer.Item(x, codes[x])));
        using var http = new HttpClient();
        var client = new BindClient(http, BindTestServer.Options(server));

        var results = await client.ScoreBatchAsync(["385910000001", "385910000002", "385910000003"], CancellationToken.None);

        Assert.Single(server.Requests);
        Assert.Equal([BindResponseCode.Timeout, BindResponseCode.Success, BindResponseCode.Throttled], results.Select(r => r.Response));
    }

    [Fact]
    public void Match_VendorRepeatsANumber_FirstItemWins()
    {
        BindScoringResult[] items =
        [
            new() { Msisdn = "1", Response = BindResponseCode.NotResolved },
            new() { Msisdn = "1", Response = BindResponseCode.Success },
        ];

        var results = BindClient.Match(["1"], items, NullLogger.Instance);

        Assert.Equal(BindResponseCode.NotResolved, Assert.Single(results).Response);
    }

    [Fact]
    public void Match_SeveralItemsWithoutMsisdn_NotGuessedAndSynthesized()
    {
        BindScoringResult[] items =
        [
            new() { Response = BindResponseCode.Success },
            new() { Response = BindResponseCode.Success },
        ];

        var results = BindClient.Match(["1", "2"], items, NullLogger.Instance);

        Assert.All(results, r => Assert.Equal(BindResponseCode.Unknown, r.Response));
        Assert.Equal(["1", "2"], results.Select(r => r.Msisdn));
    }
}
