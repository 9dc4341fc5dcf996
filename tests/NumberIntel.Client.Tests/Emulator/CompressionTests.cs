using System.IO.Compression;
using System.Net;
using System.Text.Json;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

public sealed class CompressionTests(SharedEmulator shared) : IClassFixture<SharedEmulator>
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Ipqs_AcceptEncoding_AnswerIsCompressed(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, EmulatorCalls.IpqsUri(shared.Emulator, MagicNumbers.UsVerifiedMobile));
        request.Headers.Add("IPQS-KEY", shared.Emulator.IpqsApiKey);
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        using var response = await shared.Http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        using var json = JsonDocument.Parse(Decompress(bytes, encoding));
        Assert.True(json.RootElement.GetProperty("success").GetBoolean());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Bind_AcceptEncoding_AnswerIsCompressed(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(shared.Emulator.BindBaseAddress, "lookup/number-scoring"))
        {
            Content = new StringContent("{\"msisdn\":[\"385915550101\"]}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-API-KEY", shared.Emulator.BindApiKey);
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        using var response = await shared.Http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        using var json = JsonDocument.Parse(Decompress(bytes, encoding));
        Assert.Equal(0, json.RootElement[0].GetProperty("response").GetInt32());
    }

    [Fact]
    public async Task Ipqs_NoAcceptEncoding_AnswerIsPlain()
    {
        var answer = await EmulatorCalls.IpqsAsync(shared.Http, shared.Emulator, MagicNumbers.UsVerifiedMobile);

        Assert.Empty(answer.Response.Content.Headers.ContentEncoding);
        Assert.True(answer.Json.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Ipqs_ClientWithAutomaticDecompression_ReadsTheAnswer()
    {
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All });

        var answer = await EmulatorCalls.IpqsAsync(http, shared.Emulator, MagicNumbers.UsVerifiedMobile);

        Assert.True(answer.Json.GetProperty("success").GetBoolean());
    }

    private static byte[] Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
