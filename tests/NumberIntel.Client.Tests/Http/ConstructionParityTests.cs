using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Testing;
using NumberIntel.Client.Tests.Infrastructure;
using Polly;
using Polly.CircuitBreaker;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace NumberIntel.Client.Tests.Http;

/// <summary>A Bind client built by hand and one built by DI raise the same exception types for the same fault (real sockets, WireMock.Net).</summary>
public sealed class ConstructionParityTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    public static TheoryData<string> Paths => new() { "direct", "di" };

    private static async Task<Exception> FailAsync(string path, Uri baseAddress, string key = WireMockVendor.BindKey)
    {
        if (path == "direct")
        {
            var client = WireMockVendor.DirectBind(baseAddress, Timeout, out var http, key);
            using (http)
            {
                return await Record.ExceptionAsync(() => client.ScoreAsync("385911234567").WaitAsync(TimeSpan.FromSeconds(20)));
            }
        }

        await using var services = WireMockVendor.Services(baseAddress, baseAddress, Timeout, o => o.Bind.ApiKey = key);
        var bind = services.GetRequiredService<IBindClient>();
        return await Record.ExceptionAsync(() => bind.ScoreAsync("385911234567").WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ScoreAsync_UnreachableHost_VendorExceptionWithHttpRequestExceptionInside(string path)
    {
        var error = await FailAsync(path, new Uri($"http://127.0.0.1:{WireMockVendor.ClosedPort()}/"));

        var vendor = Assert.IsType<NumberIntelVendorException>(error);
        Assert.IsType<HttpRequestException>(vendor.InnerException);
        Assert.Equal(NumberIntelVendor.Bind, vendor.Vendor);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ScoreAsync_ConnectionReset_VendorExceptionWithHttpRequestExceptionInside(string path)
    {
        // WireMock.Net's faults answer 200 with a broken body instead of resetting: the emulator drops the connection.
        await using var emulator = await NumberIntelEmulator.StartAsync();
        emulator.Faults.Add(EmulatorFault.DropConnection());

        var error = await FailAsync(path, emulator.BindBaseAddress, emulator.BindApiKey);

        Assert.IsType<HttpRequestException>(Assert.IsType<NumberIntelVendorException>(error).InnerException);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ScoreAsync_NoAnswerInTime_VendorExceptionWithRequestTimeout(string path)
    {
        using var vendor = new WireMockVendor();
        vendor.Server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(5)).WithBody("[]"));

        var error = await FailAsync(path, vendor.BaseAddress);

        var timeout = Assert.IsType<NumberIntelVendorException>(error);
        Assert.Equal(HttpStatusCode.RequestTimeout, timeout.StatusCode);
        Assert.NotNull(timeout.InnerException);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ScoreAsync_401_Authentication(string path)
    {
        using var vendor = new WireMockVendor();
        vendor.Server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "text/plain").WithBody("Unauthorized"));

        var error = await FailAsync(path, vendor.BaseAddress);

        Assert.Equal(HttpStatusCode.Unauthorized, Assert.IsType<NumberIntelAuthenticationException>(error).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ScoreAsync_AccountCode3_Account(string path)
    {
        using var vendor = new WireMockVendor();
        vendor.Server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""[{"msisdn":"385911234567","response":3}]"""));

        var error = await FailAsync(path, vendor.BaseAddress);

        Assert.Equal("3", Assert.IsType<NumberIntelAccountException>(error).VendorCode);
    }

    [Fact]
    public async Task ScoreAsync_DiCircuitOpen_VendorExceptionWithBrokenCircuitInside()
    {
        using var vendor = new WireMockVendor();
        vendor.Server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(500));
        await using var services = WireMockVendor.Services(vendor.BaseAddress, vendor.BaseAddress, Timeout, o =>
        {
            o.Bind.Resilience.CircuitBreakerEnabled = true;
            o.Bind.Resilience.CircuitBreakerMinimumThroughput = 2;
            o.Bind.Resilience.CircuitBreakerFailureRatio = 0.5;
        });
        var bind = services.GetRequiredService<IBindClient>();

        await Assert.ThrowsAsync<NumberIntelVendorException>(() => bind.ScoreAsync("385911234567"));
        await Assert.ThrowsAsync<NumberIntelVendorException>(() => bind.ScoreAsync("385911234567"));
        var open = await Assert.ThrowsAsync<NumberIntelVendorException>(() => bind.ScoreAsync("385911234567"));

        Assert.IsAssignableFrom<BrokenCircuitException>(open.InnerException);
        Assert.Equal(2, vendor.Requests.Count);
    }

    [Fact]
    public async Task ScoreAsync_DirectOverHttpClientWithItsOwnOpenCircuit_SameVendorExceptionWithBrokenCircuitInside()
    {
        using var vendor = new WireMockVendor();
        vendor.Server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(500));
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                MinimumThroughput = 2,
                FailureRatio = 0.5,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.InternalServerError),
            })
            .Build();
        using var http = new HttpClient(new Microsoft.Extensions.Http.Resilience.ResilienceHandler(pipeline) { InnerHandler = new SocketsHttpHandler() });
        var bind = new BindClient(http, new BindOptions { ApiKey = WireMockVendor.BindKey, BaseAddress = vendor.BaseAddress });

        await Assert.ThrowsAsync<NumberIntelVendorException>(() => bind.ScoreAsync("385911234567"));
        await Assert.ThrowsAsync<NumberIntelVendorException>(() => bind.ScoreAsync("385911234567"));
        var open = await Assert.ThrowsAsync<NumberIntelVendorException>(() => bind.ScoreAsync("385911234567"));

        Assert.IsAssignableFrom<BrokenCircuitException>(open.InnerException);
        Assert.Equal(2, vendor.Requests.Count);
    }
}
