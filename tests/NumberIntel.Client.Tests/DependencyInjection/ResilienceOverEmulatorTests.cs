using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Testing;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.DependencyInjection;

/// <summary>The whole DI-built stack (typed client → resilience → rate limit → Kestrel) against the emulator.</summary>
public sealed class ResilienceOverEmulatorTests : IAsyncLifetime
{
    private static readonly string[] Five =
    [
        "385915550101", "12125550101", "447400555101", "4915155500101", "385915550102",
    ];

    private readonly TimerAwareTimeProvider _time = new();
    private NumberIntelEmulator _emulator = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _emulator = await NumberIntelEmulator.StartAsync();
        _services = Build();
    }

    public async Task DisposeAsync()
    {
        await _time.DisposeDrivingClockAsync(_services, TestTimeouts.Wait);
        await _emulator.DisposeAsync();
    }

    private ServiceProvider Build(Action<INumberIntelBuilder>? more = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        var builder = services.AddNumberIntel(o =>
        {
            o.Bind.Resilience.UseJitter = false;
            o.Ipqs.Resilience.UseJitter = false;
        }).UseEmulator(_emulator);
        more?.Invoke(builder);
        return services.BuildServiceProvider();
    }

    // Back-offs here are seconds; attempt (10 s) and total (30 s) timeouts are never advanced by the driver.
    private static bool IsBackoff(TimeSpan due) => due <= TimeSpan.FromSeconds(8);

    [Fact]
    public async Task ScoreAsync_BatchWithThrottledAndTimedOutItems_EndsWithAllSuccessesPayingEachOnce()
    {
        _emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Throttled).ForNumber(Five[1]).Times(2));
        _emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Timeout).ForNumber(Five[3]).Times(1));
        var bind = _services.GetRequiredService<IBindClient>();

        var results = await _time.RunAsync(bind.ScoreAsync(Five), IsBackoff, TestTimeouts.Wait);

        Assert.All(results, r => Assert.Equal(BindResponseCode.Success, r.Response));
        Assert.Equal(Five, results.Select(r => r.Msisdn));
        Assert.Equal(1, _emulator.Bind.LookupCount(Five[0]));
        Assert.Equal(3, _emulator.Bind.LookupCount(Five[1]));
        Assert.Equal(1, _emulator.Bind.LookupCount(Five[2]));
        Assert.Equal(2, _emulator.Bind.LookupCount(Five[3]));
        Assert.Equal(1, _emulator.Bind.LookupCount(Five[4]));
        Assert.All(Five, m => Assert.Equal(1, _emulator.Bind.BilledCount(m)));
        Assert.Equal([5, 2, 1], _emulator.Bind.BatchSizes);
    }

    [Fact]
    public async Task ScoreAsync_NumberThrottledForever_GivesUpAfterMaxItemAttemptsAndBackoffTime()
    {
        _emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Throttled).ForNumber(Five[0]).Always());
        var bind = _services.GetRequiredService<IBindClient>();

        var result = await _time.RunAsync(bind.ScoreAsync(Five[0]), IsBackoff, TestTimeouts.Wait);

        Assert.Equal(BindResponseCode.Throttled, result.Response);
        Assert.Equal(4, _emulator.Bind.LookupCount(Five[0]));
        Assert.Equal(TimeSpan.FromSeconds(1 + 2 + 4), _time.Elapsed);
        Assert.Equal(0, _emulator.Bind.BilledCount(Five[0]));
    }

    [Fact]
    public async Task ScoreAsync_429WithRetryAfter_WaitsAndRetries()
    {
        _emulator.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(3)).OnVendor(NumberIntelVendor.Bind));
        var bind = _services.GetRequiredService<IBindClient>();

        var call = bind.ScoreAsync(Five[0]);
        await _time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(3), TestTimeouts.Wait);
        _time.Advance(TimeSpan.FromSeconds(3));
        var result = await call.WaitAsync(TestTimeouts.Wait);

        Assert.Equal(BindResponseCode.Success, result.Response);
        Assert.Equal(2, _emulator.Bind.Requests);
    }

    [Fact]
    public async Task ValidateAsync_500Then200_IsRetried()
    {
        _emulator.Faults.Add(EmulatorFault.ServerError(500).OnVendor(NumberIntelVendor.Ipqs));
        var ipqs = _services.GetRequiredService<IIpqsClient>();

        var result = await _time.RunAsync(ipqs.ValidateAsync("+12125550101"), IsBackoff, TestTimeouts.Wait);

        Assert.True(result.Success);
        Assert.Equal(2, _emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task ScoreAsync_BadKey_ThrowsAuthenticationWithoutRetry()
    {
        _emulator.Faults.Add(EmulatorFault.BadKey().OnVendor(NumberIntelVendor.Bind));
        var bind = _services.GetRequiredService<IBindClient>();

        await Assert.ThrowsAsync<NumberIntelAuthenticationException>(() => bind.ScoreAsync(Five[0]));

        Assert.Equal(1, _emulator.Bind.Requests);
    }

    [Fact]
    public async Task ValidateAsync_IpqsBadKey_ThrowsAuthenticationWithoutRetry()
    {
        _emulator.Faults.Add(EmulatorFault.BadKey().OnVendor(NumberIntelVendor.Ipqs));
        var ipqs = _services.GetRequiredService<IIpqsClient>();

        await Assert.ThrowsAsync<NumberIntelAuthenticationException>(() => ipqs.ValidateAsync("+12125550101"));

        Assert.Equal(1, _emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task ScoreAsync_OutOfBalance_ThrowsAccountWithoutRetry()
    {
        _emulator.Faults.Add(EmulatorFault.BindOutOfBalance().OnVendor(NumberIntelVendor.Bind));
        var bind = _services.GetRequiredService<IBindClient>();

        var error = await Assert.ThrowsAsync<NumberIntelAccountException>(() => bind.ScoreAsync(Five));

        Assert.Equal("3", error.VendorCode);
        Assert.Equal(1, _emulator.Bind.Requests);
    }

    [Fact]
    public async Task ValidateAsync_QuotaExceeded_ThrowsAccountWithoutRetry()
    {
        _emulator.Faults.Add(EmulatorFault.IpqsQuotaExceeded().OnVendor(NumberIntelVendor.Ipqs));
        var ipqs = _services.GetRequiredService<IIpqsClient>();

        await Assert.ThrowsAsync<NumberIntelAccountException>(() => ipqs.ValidateAsync("+12125550101"));

        Assert.Equal(1, _emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task UseRateLimiter_HostLimiter_IsAskedForOnePermitPerMsisdn()
    {
        var limiter = new RecordingRateLimiter();
        await using var services = Build(b => b.UseRateLimiter(NumberIntelVendor.Bind, limiter));
        var bind = services.GetRequiredService<IBindClient>();

        await bind.ScoreAsync(Five);

        Assert.Equal([5], limiter.Requested);
    }

    [Fact]
    public async Task AddNumberIntel_CalledTwice_SendsThroughOnePipeline()
    {
        var limiter = new RecordingRateLimiter();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddNumberIntel(o => o.Bind.MaxBatchSize = 100).UseEmulator(_emulator);
        services.AddNumberIntel(o => o.Ipqs.MaxResponseBytes = 1 << 20).UseRateLimiter(NumberIntelVendor.Bind, limiter);
        await using var sp = services.BuildServiceProvider();

        await sp.GetRequiredService<IBindClient>().ScoreAsync(Five[0]);

        Assert.Equal([1], limiter.Requested);
        Assert.Equal(1, _emulator.Bind.Requests);
    }
}
