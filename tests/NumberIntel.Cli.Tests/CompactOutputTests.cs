using System.Text;
using System.Text.Json;
using NumberIntel.Cli.Tests.Infrastructure;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli.Tests;

/// <summary>The table for people and the compact machine output (issue 13: ≤ 400 bytes per JSON line on average).</summary>
public sealed class CompactOutputTests
{
    [Fact]
    public async Task Jsonl_BulkRun_AveragesAtMost400BytesPerLineWithReasonsAndNoDiagnostics()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        using var input = TempFile.WithLines(BulkInput.Lines(2_000, seed: 42));

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "-f", "jsonl"], CliRun.Hermetic(emulator));

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        var bytes = Encoding.UTF8.GetByteCount(result.Stdout);
        Assert.InRange(bytes / (double)result.StdoutLines.Count, 1, 400);
        Assert.DoesNotContain("\"diagnostics\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"reasons\":[\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jsonl_LowVoipNumber_ReasonsAreTheLoweringStepsOnly()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();

        var result = await CliRun.RunAsync(["assess", MagicNumbers.UsLowVoip, "-f", "jsonl"], CliRun.Hermetic(emulator));

        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var reasons = json.RootElement.GetProperty("reasons").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("ipqs.line_type_baseline", reasons);
        Assert.DoesNotContain("combine", reasons);
        Assert.DoesNotContain(reasons, r => r!.EndsWith(".prepaid", StringComparison.Ordinal)); // recorded-only signals never lower
    }

    [Fact]
    public async Task Table_WithoutExplain_ShowsOnlyTheLoweringSteps_WithExplainEveryStep()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();

        var plain = await CliRun.RunAsync(["assess", MagicNumbers.HrVerifiedMobile, MagicNumbers.UsLowVoip, "-f", "table"], CliRun.Hermetic(emulator));
        var explained = await CliRun.RunAsync(["assess", MagicNumbers.HrVerifiedMobile, MagicNumbers.UsLowVoip, "-f", "table", "--explain"], CliRun.Hermetic(emulator));

        Assert.Contains("(lowered)", plain.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("no effect", plain.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("#0 " + MagicNumbers.HrVerifiedMobile, plain.Stdout, StringComparison.Ordinal); // nothing lowered it
        Assert.Contains("no effect", explained.Stdout, StringComparison.Ordinal);
        Assert.Contains("#0 " + MagicNumbers.HrVerifiedMobile + ": verified (0.95)", explained.Stdout, StringComparison.Ordinal);
    }
}
