using NumberIntel.Cli.Tests.Infrastructure;

namespace NumberIntel.Cli.Tests;

/// <summary>The progress bar and the summary on standard error.</summary>
public sealed class ProgressTests
{
    private static readonly string[] Lines = ["+385915550101", "", "garbage", "+385915550106", "+385915550101"];

    [Fact]
    public async Task BulkRun_StderrIsTerminal_ShowsProgressWithDoneTotalAndPaidLookups()
    {
        using var input = TempFile.WithLines(Lines);
        using var output = new TempFile(".jsonl");

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", output.Path], WithTerminalStderr(FakeClientRun.Options()));

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.Contains("5/5", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("paid 4", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("\u2588", result.Stderr, StringComparison.Ordinal); // the summary's bar chart
    }

    [Fact]
    public async Task BulkRun_StderrIsTerminal_ShowsAchievedRatePerVendorNextToConfigured()
    {
        using var input = TempFile.WithLines(Lines);
        using var output = new TempFile(".jsonl");
        var configuration = new Dictionary<string, string?>
        {
            ["NumberIntel:Bind:RateLimit:Enabled"] = "true",
            ["NumberIntel:Bind:RateLimit:PermitsPerSecond"] = "400",
            ["NumberIntel:Ipqs:RateLimit:Enabled"] = "true",
            ["NumberIntel:Ipqs:RateLimit:PermitsPerSecond"] = "100",
        };

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", output.Path], WithTerminalStderr(FakeClientRun.Options(configuration: configuration)) with { Width = 200 });

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(result.Stderr, @"IPQS [0-9.,]+/100 per s · Bind [0-9.,]+/400 per s"), result.Stderr);
    }

    [Fact]
    public async Task BulkRun_NoProgressOption_ShowsNoProgressLine()
    {
        using var input = TempFile.WithLines(Lines);
        using var output = new TempFile(".jsonl");

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", output.Path, "--no-progress"], WithTerminalStderr(FakeClientRun.Options()));

        Assert.DoesNotContain("5/5", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkRun_StderrNotTerminal_PlainSummaryWithoutEscapeCodes()
    {
        using var input = TempFile.WithLines(Lines);

        var result = await CliRun.RunAsync(["assess", "--input", input.Path], FakeClientRun.Options());

        Assert.DoesNotContain("\u001b", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("5/5", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("summary: assessed 5 inputs", result.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"verified\s+2  #{40}\n", result.Stderr);
        Assert.Matches(@"low\s+1  #{20}\n", result.Stderr);
        Assert.Matches(@"invalid\s+2  #{40}\n", result.Stderr);
        Assert.Contains("paid lookups: 4 (bind 2, ipqs 2)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("duplicates saved: 1", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("failures (degraded results): 0", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SingleNumbers_NoSummary()
    {
        var result = await CliRun.RunAsync(["assess", "+385915550101"], FakeClientRun.Options());

        Assert.DoesNotContain("summary", result.Stderr, StringComparison.Ordinal);
    }

    private static CliRunOptions WithTerminalStderr(CliRunOptions options) => options with { StderrIsTerminal = true, Width = 120 };
}
