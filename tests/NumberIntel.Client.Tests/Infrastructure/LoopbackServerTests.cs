namespace NumberIntel.Client.Tests.Infrastructure;

public sealed class LoopbackServerTests
{
    [Fact]
    public async Task StartAsync_FixedResponse_AnswersOnLoopbackAndRecordsRequest()
    {
        await using var server = await LoopbackServer.StartAsync(200, "application/json", "[]");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var body = await http.GetStringAsync("ping?x=1");

        Assert.Equal("[]", body);
        Assert.True(server.BaseAddress.IsLoopback);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/ping?x=1", request.PathAndQuery);
    }
}
