using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NumberIntel.Cli.Tests.Infrastructure;
using NumberIntel.Client;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli.Tests;

/// <summary>The defects hostile testing found (issue 13): each fails on the CLI before its fix.</summary>
public sealed class DefectTests
{
    [Fact]
    public async Task Output_SymlinkToInput_RefusedWithExit2AndInputKept()
    {
        using var input = TempFile.WithLines([MagicNumbers.HrVerifiedMobile]);
        var link = input.Path + ".link.jsonl";
        File.CreateSymbolicLink(link, input.Path);
        try
        {
            var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", link], FakeClientRun.Options());

            Assert.Equal(CliExitCodes.UsageError, result.ExitCode);
            Assert.Contains("--output is the --input file", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(MagicNumbers.HrVerifiedMobile + "\n", await File.ReadAllTextAsync(input.Path));
        }
        finally
        {
            File.Delete(link);
        }
    }

    [Fact]
    public async Task Output_HardLinkToInput_RefusedWithExit2AndInputKept()
    {
        using var input = TempFile.WithLines([MagicNumbers.HrVerifiedMobile]);
        var link = input.Path + ".hard.jsonl";
        await HardLinkAsync(input.Path, link);
        try
        {
            var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", link], FakeClientRun.Options());

            Assert.Equal(CliExitCodes.UsageError, result.ExitCode);
            Assert.Equal(MagicNumbers.HrVerifiedMobile + "\n", await File.ReadAllTextAsync(input.Path));
        }
        finally
        {
            File.Delete(link);
        }
    }

    [Fact]
    public async Task Input_LineOver1024Characters_IsOneInvalidResultWithLineTooLong()
    {
        using var input = TempFile.WithLines([new string('9', 200_000), MagicNumbers.HrVerifiedMobile]);

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "-f", "jsonl"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.Equal(2, result.StdoutLines.Count);
        using var first = JsonDocument.Parse(result.StdoutLines[0]);
        Assert.Equal("invalid", first.RootElement.GetProperty("confidence").GetString());
        Assert.Equal("line_too_long", Assert.Single(first.RootElement.GetProperty("errors").EnumerateArray()).GetString());
        Assert.True(first.RootElement.GetProperty("input").GetString()!.Length < 100);
        using var second = JsonDocument.Parse(result.StdoutLines[1]);
        Assert.Equal("verified", second.RootElement.GetProperty("confidence").GetString());
    }

    [Fact]
    public async Task BrokenOutputPipe_StopsAtOnceWithExit141AndBuysNoMore()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        var lines = Enumerable.Range(0, 2_000).Select(i => string.Create(CultureInfo.InvariantCulture, $"+38591{3_000_000 + i}")).ToList();
        using var input = TempFile.WithLines(lines);
        var stdout = new ClosingWriter(linesRead: 2);
        var options = CliRun.Hermetic(emulator, new Dictionary<string, string?> { ["NumberIntel:MaxConcurrency"] = "2" });

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--vendors", "ipqs", "-f", "csv"], options, stdout: stdout).WaitAsync(TestContext.Timeout);

        Assert.Equal(CliExitCodes.OutputClosed, result.ExitCode);
        Assert.Contains("output closed", result.Stderr, StringComparison.Ordinal);
        Assert.InRange(emulator.Ipqs.Billed, 1, 50); // the lookups in flight when the pipe closed, not 2,000
    }

    [Fact]
    public async Task Csv_FormulaLeadingInputs_AreNeutralizedWithAQuotePrefix()
    {
        string[] hostile = ["=cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "+1+cmd", "\t=1"];

        var result = await CliRun.RunAsync(["assess", "--input", "-", "-f", "csv"], FakeClientRun.Options(), stdin: string.Join('\n', hostile) + "\n");

        var records = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("0,\"'=cmd|' /C calc'!A0\",", records[1], StringComparison.Ordinal);
        Assert.StartsWith("1,\"'@SUM(1+1)\",", records[2], StringComparison.Ordinal);
        Assert.StartsWith("2,\"'-2+3\",", records[3], StringComparison.Ordinal);
        Assert.StartsWith("3,\"'+1+cmd\",", records[4], StringComparison.Ordinal);
        Assert.StartsWith("4,\"'\t=1\",", records[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_EscapeSequencesInInput_ReachTheTerminalEscaped()
    {
        const string hostile = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202Eevil";

        var result = await CliRun.RunAsync(["assess", hostile, "-f", "table"], FakeClientRun.Options(stdoutIsTerminal: true));

        Assert.DoesNotContain('\u001b', result.Stdout.Replace("\u001b[", string.Empty, StringComparison.Ordinal).Replace("\u001b]8;", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b]0;", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[2J", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', result.Stdout);
        Assert.DoesNotContain('\u009b', result.Stdout);
        Assert.DoesNotContain('\u202E', result.Stdout);
        Assert.Contains("\\x1B]0;pwned\\x07", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NumberIntel:Bind:ApiKey=abc\r\ndef", "NumberIntel:Bind:ApiKey")]
    [InlineData("NumberIntel:Ipqs:ApiKey=kéy", "NumberIntel:Ipqs:ApiKey")]
    [InlineData("NumberIntel:Ipqs:DefaultRequest:Strictness=9", "NumberIntel:Ipqs:DefaultRequest:Strictness")]
    public async Task Configuration_BadSetting_Exits2NamingTheSetting(string set, string setting)
    {
        var result = await CliRun.RunAsync(["assess", MagicNumbers.HrVerifiedMobile, "--set", set], CliRun.Hermetic());

        Assert.Equal(CliExitCodes.UsageError, result.ExitCode);
        Assert.Contains("configuration error", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(setting, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CacheDisabled_RepeatFurtherBackThanTheDuplicateWindow_IsBoughtOncePerVendor()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        var distinct = Enumerable.Range(0, AssessManyOptions.DefaultDuplicateWindow + 1)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"+38591{2_000_000 + i}"));
        using var input = TempFile.WithLines([MagicNumbers.HrVerifiedMobile, .. distinct, MagicNumbers.HrVerifiedMobile]);
        var options = CliRun.Hermetic(emulator, new Dictionary<string, string?>
        {
            ["NumberIntel:Cache:Enabled"] = "false",
            ["NumberIntel:MaxConcurrency"] = "16",
        });

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "-f", "jsonl"], options);

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.Equal(1, emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal(1, emulator.Ipqs.BilledCount(MagicNumbers.HrVerifiedMobile));
        using var last = JsonDocument.Parse(result.StdoutLines[^1]);
        Assert.Equal(0, last.RootElement.GetProperty("duplicate_of").GetInt64());
    }

    [Fact]
    public async Task Output_IsTheFileStandardInputIsRedirectedFrom_RefusedWithExit2AndInputKept()
    {
        using var input = TempFile.WithLines([MagicNumbers.HrVerifiedMobile]);
        var command = $"exec '{CliProcess.Host}' '{CliProcess.Assembly()}' assess --input - --output '{input.Path}' < '{input.Path}'";

        var (exitCode, stderr) = await CliProcess.ShellAsync(null, command);

        Assert.Equal(CliExitCodes.UsageError, exitCode);
        Assert.Contains("--output is the --input file", stderr, StringComparison.Ordinal);
        Assert.Equal(MagicNumbers.HrVerifiedMobile + "\n", await File.ReadAllTextAsync(input.Path));
    }

    [Fact]
    public async Task PipeToHead_RealProcess_StopsAtOnceWithExit141AndBuysNoMore()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        var lines = Enumerable.Range(0, 2_000).Select(i => string.Create(CultureInfo.InvariantCulture, $"+38591{5_000_000 + i}"));
        using var input = TempFile.WithLines(lines);
        using var exit = new TempFile(".rc");
        var command = $"{{ '{CliProcess.Host}' '{CliProcess.Assembly()}' assess --input '{input.Path}' --vendors ipqs -f csv; echo $? > '{exit.Path}'; }} | head -2 > /dev/null";

        var (_, stderr) = await CliProcess.ShellAsync(emulator, command);

        Assert.Equal(CliExitCodes.OutputClosed.ToString(CultureInfo.InvariantCulture), (await File.ReadAllTextAsync(exit.Path)).Trim());
        Assert.Contains("output closed", stderr, StringComparison.Ordinal);
        Assert.InRange(emulator.Ipqs.Billed, 1, 200); // the lookups in flight when the pipe closed, not 2,000
    }

    private static async Task HardLinkAsync(string target, string link)
    {
        using var ln = Process.Start(new ProcessStartInfo("ln", [target, link]) { UseShellExecute = false })!;
        await ln.WaitForExitAsync().WaitAsync(TestContext.Timeout);
        Assert.Equal(0, ln.ExitCode);
    }
}
