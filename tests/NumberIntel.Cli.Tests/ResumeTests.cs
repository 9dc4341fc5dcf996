using System.Globalization;
using NumberIntel.Cli.Tests.Infrastructure;
using NumberIntel.Client;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli.Tests;

/// <summary>
/// A bulk run stopped by SIGINT or SIGTERM (the graceful-stop path that <see cref="Program.Main"/> wires to the signals,
/// driven in-process here; <see cref="SignalProcessTests"/> sends real signals) and resumed with <c>--resume</c>.
/// </summary>
public sealed class ResumeTests
{
    [Theory]
    [InlineData(CliExitCodes.Cancelled)]
    [InlineData(CliExitCodes.Terminated)]
    public async Task StopMidRunThenResume_OutputEqualsAnUninterruptedRunAndEachNumberIsBoughtOncePerVendor(int signalExitCode)
    {
        var lines = BulkInput.Lines(10_000, seed: 20261130);
        using var input = TempFile.WithLines(lines);
        using var expected = new TempFile(".jsonl");
        await using (var reference = await NumberIntelEmulator.StartAsync())
        {
            var uninterrupted = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", expected.Path], Options(reference));
            Assert.Equal(CliExitCodes.Success, uninterrupted.ExitCode);
        }

        await using var emulator = await NumberIntelEmulator.StartAsync();
        using var output = new TempFile(".jsonl");
        var heldNumber = BulkInput.FirstNewNumberAtOrAfter(lines, 5_000);
        var hold = emulator.Faults.Add(EmulatorFault.Hold().OnVendor(NumberIntelVendor.Ipqs).ForNumber(heldNumber));
        using var stop = new CliStopSignal();

        var run = CliRun.RunAsync(["assess", "--input", input.Path, "--output", output.Path], Options(emulator) with { Stop = stop });
        await hold.WaitForHitAsync().WaitAsync(TestContext.Timeout);
        Assert.True(stop.Request(signalExitCode));
        hold.Release(); // the lookup in flight finishes, and is written
        var first = await run.WaitAsync(TestContext.Timeout);

        Assert.Equal(signalExitCode, first.ExitCode);
        Assert.Contains("cancelled after", first.Stderr, StringComparison.Ordinal); // the summary
        var writtenFirst = File.ReadLines(output.Path).Count();
        Assert.InRange(writtenFirst, 1, lines.Count - 1);

        var second = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", output.Path, "--resume"], Options(emulator));

        Assert.Equal(CliExitCodes.Success, second.ExitCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"the output holds {writtenFirst:N0} results"), second.Stderr, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllLinesAsync(expected.Path), await File.ReadAllLinesAsync(output.Path));
        Assert.All(emulator.Bind.BilledByNumber, pair => Assert.True(pair.Value == 1, $"Bind billed {pair.Key} {pair.Value} times"));
        Assert.All(emulator.Ipqs.BilledByNumber, pair => Assert.True(pair.Value == 1, $"IPQS billed {pair.Key} {pair.Value} times"));
    }

    [Fact]
    public async Task Stop_WhileStandardInputIsIdle_EndsWithTheSignalsCodeAndWhatWasRead()
    {
        var stdin = new StallingReader(MagicNumbers.HrVerifiedMobile + "\n" + MagicNumbers.HrLowVoip + "\n");
        using var stop = new CliStopSignal();
        var stdout = new BufferedWriter();

        var run = CliApp.RunAsync(["assess", "--input", "-", "-f", "jsonl"], stdin, stdout, TextWriter.Null, FakeClientRun.Options() with { Stop = stop });
        await stdin.Stalled.WaitAsync(TestContext.Timeout);
        stop.Request(CliExitCodes.Terminated);
        var exitCode = await run.WaitAsync(TestContext.Timeout);

        Assert.Equal(CliExitCodes.Terminated, exitCode);
        Assert.Equal(2, stdout.Flushed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Resume_TornLastLine_IsRewritten()
    {
        string[] numbers = [MagicNumbers.HrVerifiedMobile, MagicNumbers.HrLowVoip, MagicNumbers.HrLikelyTollFree];
        using var input = TempFile.WithLines(numbers);
        using var output = new TempFile(".jsonl");
        var full = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", output.Path], FakeClientRun.Options());
        Assert.Equal(CliExitCodes.Success, full.ExitCode);
        var complete = await File.ReadAllTextAsync(output.Path);
        var lines = complete.Split('\n');
        await File.WriteAllTextAsync(output.Path, lines[0] + "\n" + lines[1][..20]); // died mid-write of the second line

        var resumed = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", output.Path, "--resume"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.Success, resumed.ExitCode);
        Assert.Equal(complete, await File.ReadAllTextAsync(output.Path));
    }

    [Fact]
    public async Task Resume_CsvOutputWithTornRecord_IsCompletedWithoutASecondHeader()
    {
        string[] numbers = [MagicNumbers.HrVerifiedMobile, MagicNumbers.HrLowVoip, MagicNumbers.HrLikelyTollFree];
        using var input = TempFile.WithLines(numbers);
        using var output = new TempFile(".csv");
        await CliRun.RunAsync(["assess", "--input", input.Path, "--output", output.Path], FakeClientRun.Options());
        var complete = await File.ReadAllTextAsync(output.Path);
        await File.WriteAllTextAsync(output.Path, complete[..(complete.IndexOf("\r\n2,", StringComparison.Ordinal) + 6)]);

        var resumed = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", output.Path, "--resume"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.Success, resumed.ExitCode);
        Assert.Equal(complete, await File.ReadAllTextAsync(output.Path));
    }

    [Fact]
    public async Task Resume_OutputOfAnotherInput_IsAUsageErrorAndTheOutputIsKept()
    {
        using var input = TempFile.WithLines([MagicNumbers.HrVerifiedMobile, MagicNumbers.HrLowVoip]);
        using var other = TempFile.WithLines([MagicNumbers.UsVerifiedMobile, MagicNumbers.UsLowVoip]);
        using var output = new TempFile(".jsonl");
        await CliRun.RunAsync(["assess", "--input", other.Path, "--output", output.Path], FakeClientRun.Options());
        var before = await File.ReadAllTextAsync(output.Path);

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", output.Path, "--resume"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.UsageError, result.ExitCode);
        Assert.Contains("another run's", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(output.Path));
    }

    [Fact]
    public async Task Resume_WithoutOutput_IsAUsageError()
    {
        var result = await CliRun.RunAsync(["assess", "--input", "-", "--resume"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--resume needs --output FILE", result.Stderr, StringComparison.Ordinal);
    }

    internal static CliRunOptions Options(NumberIntelEmulator emulator) =>
        CliRun.Hermetic(emulator, new Dictionary<string, string?> { ["NumberIntel:MaxConcurrency"] = "8" });
}
