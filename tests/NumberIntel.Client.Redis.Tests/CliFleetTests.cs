using Microsoft.Extensions.Configuration;
using NumberIntel.Cli;
using NumberIntel.Client.Redis.Tests.Infrastructure;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Redis.Tests;

/// <summary>Several <c>numberintel</c> runs with <c>--set NumberIntel:Redis:Configuration=…</c> act as one job.</summary>
public sealed class CliFleetTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "numberintel-redis-cli-" + Guid.NewGuid().ToString("N"));
    private GarnetRedis _redis = null!;
    private NumberIntelEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _redis = GarnetRedis.Start();
        _emulator = await NumberIntelEmulator.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        await _redis.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Assess_TwoRunsWithRedis_SecondTakesTheSharedNumbersFromTheFleetCache()
    {
        var first = await RunAsync("first.txt", ["+385 98 300 0001", "+385 98 300 0002", "+385 98 300 0003"]);
        var second = await RunAsync("second.txt", ["+385 98 300 0002", "+385 98 300 0003", "+385 98 300 0004"]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("(from the fleet's cache in Redis: 0)", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("(from the fleet's cache in Redis: 4)", second.Stderr, StringComparison.Ordinal); // 2 numbers × 2 vendors
        Assert.All(_emulator.Bind.BilledByNumber.Values, n => Assert.Equal(1, n));
        Assert.Equal(4, _emulator.Ipqs.Billed);
    }

    private async Task<(int ExitCode, string Stderr)> RunAsync(string name, string[] numbers)
    {
        var input = Path.Combine(_directory, name);
        await File.WriteAllLinesAsync(input, numbers);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var options = new CliRunOptions
        {
            SettingsDirectory = _directory,
            UseEnvironmentVariables = false,
            UseUserSecrets = false,
            Emulator = _emulator,
            ConfigureConfiguration = b => b.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["NumberIntel:Bind:Resilience:UseJitter"] = "false",
                ["NumberIntel:Redis:OperationTimeout"] = "00:00:05", // a busy test machine is not a Redis failure
            }),
        };
        var exitCode = await CliApp.RunAsync(
            ["assess", "--input", input, "--no-progress", "--set", "NumberIntel:Redis:Configuration=" + _redis.Configuration],
            new StringReader(string.Empty),
            stdout,
            stderr,
            options).WaitAsync(Patience);
        return (exitCode, stderr.ToString());
    }
}
