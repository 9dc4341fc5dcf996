using Microsoft.Extensions.Time.Testing;
using System.Net;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

/// <summary>The emulator's per-vendor rate (<see cref="NumberIntelEmulatorOptions.BindPermitsPerSecond"/>, <see cref="NumberIntelEmulatorOptions.IpqsPermitsPerSecond"/>).</summary>
public sealed class RateTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = EmulatorCalls.NewClient();
    private NumberIntelEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions
    {
        TimeProvider = _time,
        BindPermitsPerSecond = 3,
        IpqsPermitsPerSecond = 2,
    });

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Bind_ItemsOverTheRate_AreAnsweredThrottledAndNotBilled()
    {
        var answer = await EmulatorCalls.BindAsync(_http, _emulator, ["385915550101", "385915550102", "385915550103", "385915550104", "385915550105"]);

        var codes = answer.Json.EnumerateArray().Select(i => i.GetProperty("response").GetInt32()).ToArray();
        Assert.Equal([0, 0, 0, 4, 4], codes);
        Assert.Equal(3, _emulator.Bind.Billed);
        Assert.Equal(2, _emulator.Bind.Throttled);
        Assert.Equal(0, _emulator.Bind.BilledCount("385915550104"));
    }

    [Fact]
    public async Task Bind_AfterASecond_HasItsPermitsBack()
    {
        await EmulatorCalls.BindAsync(_http, _emulator, ["385915550101", "385915550102", "385915550103"]);
        _time.Advance(TimeSpan.FromSeconds(1));

        var answer = await EmulatorCalls.BindAsync(_http, _emulator, ["385915550104", "385915550105", "385915550106"]);

        Assert.All(answer.Json.EnumerateArray(), i => Assert.Equal(0, i.GetProperty("response").GetInt32()));
        Assert.Equal(0, _emulator.Bind.Throttled);
    }

    [Fact]
    public async Task Ipqs_RequestOverTheRate_Gets429WithRetryAfterAndIsNotBilled()
    {
        await EmulatorCalls.IpqsAsync(_http, _emulator, MagicNumbers.UsVerifiedMobile);
        await EmulatorCalls.IpqsAsync(_http, _emulator, MagicNumbers.UsVerifiedMobile);

        var third = await EmulatorCalls.IpqsAsync(_http, _emulator, MagicNumbers.UsVerifiedMobile);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), third.Response.Headers.RetryAfter?.Delta);
        Assert.Equal(2, _emulator.Ipqs.Billed);
        Assert.Equal(1, _emulator.Ipqs.Throttled);
    }

    [Fact]
    public async Task Ipqs_NoRateSet_NeverThrottles()
    {
        await using var unlimited = await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { TimeProvider = _time });

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await EmulatorCalls.IpqsAsync(_http, unlimited, MagicNumbers.UsVerifiedMobile)).Status);
        }

        Assert.Equal(0, unlimited.Ipqs.Throttled);
    }
}
