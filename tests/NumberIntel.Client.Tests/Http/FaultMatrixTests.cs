using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace NumberIntel.Client.Tests.Http;

/// <summary>
/// The HTTP faults the README promises to handle, through a real socket (WireMock.Net) and the whole DI-built chain:
/// one retry with a short back-off and an attempt timeout long enough that a loaded machine never times out a normal
/// answer (the timeout test makes its own chain with a short one).
/// </summary>
public sealed class FaultMatrixTests : IDisposable
{
    private readonly WireMockVendor _vendor = new();
    private readonly ServiceProvider _services;

    public FaultMatrixTests() => _services = Services(TimeSpan.FromSeconds(10));

    /// <summary>The DI chain over the stub: one retry, a short back-off, the given attempt timeout.</summary>
    private ServiceProvider Services(TimeSpan attemptTimeout) =>
        WireMockVendor.Services(_vendor.BaseAddress, _vendor.IpqsBaseAddress, attemptTimeout, o =>
        {
            foreach (var vendor in new NumberIntelVendorOptions[] { o.Bind, o.Ipqs })
            {
                vendor.Resilience.MaxRetryAttempts = 1;
                vendor.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
            }
        });

    public void Dispose()
    {
        _services.Dispose();
        _vendor.Dispose();
    }

    private Task<BindScoringResult> ScoreAsync() =>
        _services.GetRequiredService<IBindClient>().ScoreAsync("385911234567").WaitAsync(TimeSpan.FromSeconds(20));

    private void Answer(IResponseBuilder response) =>
        _vendor.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);

    [Fact]
    public async Task ScoreAsync_AnswerSlowerThanAttemptTimeout_RetriedThenTimeout()
    {
        Answer(Response.Create().WithDelay(TimeSpan.FromSeconds(3)).WithBody("[]"));
        using var shortTimeout = Services(TimeSpan.FromMilliseconds(500));

        var error = await Assert.ThrowsAsync<NumberIntelVendorException>(
            () => shortTimeout.GetRequiredService<IBindClient>().ScoreAsync("385911234567").WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(HttpStatusCode.RequestTimeout, error.StatusCode);
        await _vendor.WaitForRequestsAsync(2, TimeSpan.FromSeconds(20));
        Assert.Equal(2, _vendor.Requests.Count);
    }

    [Theory]
    [InlineData("application/json", "[{\"msisdn\":\"3859")]
    [InlineData("application/json", "not json at all")]
    [InlineData("text/html", "<html><body>Bad gateway</body></html>")]
    public async Task ScoreAsync_200WithUnusableBody_VendorErrorWithJsonExceptionNotRetried(string contentType, string body)
    {
        Answer(Response.Create().WithHeader("Content-Type", contentType).WithBody(body));

        var error = await Assert.ThrowsAsync<NumberIntelVendorException>(ScoreAsync);

        Assert.IsAssignableFrom<JsonException>(error.InnerException);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Single(_vendor.Requests);
    }

    [Fact]
    public async Task ScoreAsync_429WithLongRetryAfter_FailsAtOnceAsThrottledWithRetryAfter()
    {
        Answer(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "3600"));

        var error = await Assert.ThrowsAsync<NumberIntelThrottledException>(ScoreAsync);

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Single(_vendor.Requests);
    }

    [Fact]
    public async Task ScoreAsync_429WithShortRetryAfter_RetriedThenThrottled()
    {
        Answer(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0"));

        var error = await Assert.ThrowsAsync<NumberIntelThrottledException>(ScoreAsync);

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(2, _vendor.Requests.Count);
    }

    [Fact]
    public async Task ScoreAsync_503_RetriedThenVendorErrorWithStatus()
    {
        Answer(Response.Create().WithStatusCode(503).WithHeader("X-Request-Id", "req-42"));

        var error = await Assert.ThrowsAsync<NumberIntelVendorException>(ScoreAsync);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("req-42", error.RequestId);
        Assert.Equal(2, _vendor.Requests.Count);
    }

    [Fact]
    public async Task ScoreAsync_401_AuthenticationNotRetried()
    {
        Answer(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "text/plain").WithBody("Unauthorized"));

        var error = await Assert.ThrowsAsync<NumberIntelAuthenticationException>(ScoreAsync);

        Assert.DoesNotContain(WireMockVendor.BindKey, error.ToString(), StringComparison.Ordinal);
        Assert.Single(_vendor.Requests);
    }

    [Fact]
    public async Task ScoreAsync_BodyOverSizeCap_VendorErrorNotRetried()
    {
        Answer(Response.Create().WithHeader("Content-Type", "application/json").WithBody("[" + new string(' ', 5 * 1024 * 1024) + "]"));

        var error = await Assert.ThrowsAsync<NumberIntelVendorException>(ScoreAsync);

        Assert.Contains("MaxResponseBytes", error.Message, StringComparison.Ordinal);
        Assert.Single(_vendor.Requests);
    }

    [Fact]
    public async Task ValidateAsync_200WithSuccessFalseBadKey_AuthenticationNotRetried()
    {
        Answer(Response.Create().WithHeader("Content-Type", "application/json")
            .WithBody("""{"success":false,"message":"Invalid or unauthorized key. Please check the API key and try again.","request_id":"r1"}"""));

        var error = await Assert.ThrowsAsync<NumberIntelAuthenticationException>(
            () => _services.GetRequiredService<IIpqsClient>().ValidateAsync("+18005551234").WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal("r1", error.RequestId);
        Assert.Single(_vendor.Requests);
    }
}
