using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

public sealed class CounterLimitTests
{
    [Fact]
    public async Task ReceivedRequests_MoreThanTheLimit_KeepsTheMostRecentAndExactTotals()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { RecentRequestLimit = 2 });
        using var http = EmulatorCalls.NewClient();

        await EmulatorCalls.BindAsync(http, emulator, ["385915550101"]);
        await EmulatorCalls.BindAsync(http, emulator, ["385915550102", "385915550103"]);
        await EmulatorCalls.BindAsync(http, emulator, ["385915550104", "385915550105", "385915550106"]);

        Assert.Equal(3, emulator.Bind.Requests);
        Assert.Equal(6, emulator.Bind.Billed);
        Assert.Equal([2, 3], emulator.Bind.BatchSizes);
        Assert.Equal(["385915550102", "385915550104"], emulator.Bind.ReceivedRequests.Select(r => r.Numbers[0]));
    }

    [Fact]
    public async Task BilledCount_MoreDistinctNumbersThanTheLimit_KeepsTheFirstAndReportsIncomplete()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { NumberCountLimit = 2 });
        using var http = EmulatorCalls.NewClient();

        await EmulatorCalls.BindAsync(http, emulator, ["385915550101", "385915550102"]);
        Assert.True(emulator.Bind.NumberCountsComplete);
        await EmulatorCalls.BindAsync(http, emulator, ["385915550103", "385915550101"]);

        Assert.False(emulator.Bind.NumberCountsComplete);
        Assert.Equal(4, emulator.Bind.Billed);
        Assert.Equal(2, emulator.Bind.BilledCount("385915550101"));
        Assert.Equal(0, emulator.Bind.BilledCount("385915550103"));
        Assert.Equal(2, emulator.Bind.BilledByNumber.Count);
    }

    [Fact]
    public async Task Reset_AfterTheNumberLimitWasPassed_CountsCompleteAgain()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { NumberCountLimit = 1 });
        using var http = EmulatorCalls.NewClient();
        await EmulatorCalls.BindAsync(http, emulator, ["385915550101", "385915550102"]);

        emulator.Reset();

        Assert.True(emulator.Bind.NumberCountsComplete);
    }

    [Fact]
    public void Defaults_AreBounded()
    {
        var options = new NumberIntelEmulatorOptions();

        Assert.Equal(10_000, options.RecentRequestLimit);
        Assert.Equal(100_000, options.NumberCountLimit);
    }

    [Fact]
    public async Task StartAsync_NegativeRequestLimit_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { RecentRequestLimit = -1 }));
    }
}
