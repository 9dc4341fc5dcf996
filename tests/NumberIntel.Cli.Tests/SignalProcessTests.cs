using System.Diagnostics;
using System.Globalization;
using NumberIntel.Cli.Tests.Infrastructure;
using NumberIntel.Client;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli.Tests;

/// <summary>
/// Real signals to a real <c>numberintel</c> process (Linux/macOS: <c>kill</c>), against an emulator in the test: the
/// first SIGINT/SIGTERM stops the run gracefully with every bought answer written; a second one ends it at once.
/// </summary>
public sealed class SignalProcessTests
{
    [Theory]
    [InlineData("INT", CliExitCodes.Cancelled)]
    [InlineData("TERM", CliExitCodes.Terminated)]
    public async Task Signal_MidBulkRunThenResume_OutputEqualsAnUninterruptedRunAndEachNumberIsBoughtOnce(string signal, int exitCode)
    {
        var lines = BulkInput.Lines(10_000, seed: 7);
        using var input = TempFile.WithLines(lines);
        using var expected = new TempFile(".jsonl");
        await using (var reference = await NumberIntelEmulator.StartAsync())
        {
            Assert.Equal(CliExitCodes.Success, (await CliRun.RunAsync(["assess", "--input", input.Path, "--output", expected.Path], ResumeTests.Options(reference))).ExitCode);
        }

        await using var emulator = await NumberIntelEmulator.StartAsync();
        var hold = emulator.Faults.Add(EmulatorFault.Hold().OnVendor(NumberIntelVendor.Ipqs).ForNumber(BulkInput.FirstNewNumberAtOrAfter(lines, 5_000)));
        using var output = new TempFile(".jsonl");

        using var process = CliProcess.Start(emulator, ["assess", "--input", input.Path, "--output", output.Path]);
        var stderr = StderrWatch.Start(process);
        await WaitForHitAsync(hold, process, stderr.All);
        await KillAsync(process, signal);
        await stderr.WaitForLineAsync(Program.StopAcknowledgement, TestContext.Timeout); // the stop is taken before the held lookup ends
        hold.Release();
        await process.WaitForExitAsync().WaitAsync(TestContext.Timeout);

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Contains("summary: cancelled after", await stderr.All.WaitAsync(TestContext.Timeout), StringComparison.Ordinal);
        var second = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", output.Path, "--resume"], ResumeTests.Options(emulator));
        Assert.Equal(CliExitCodes.Success, second.ExitCode);
        Assert.Equal(await File.ReadAllLinesAsync(expected.Path), await File.ReadAllLinesAsync(output.Path));
        Assert.All(emulator.Bind.BilledByNumber, pair => Assert.True(pair.Value == 1, $"Bind billed {pair.Key} {pair.Value} times"));
        Assert.All(emulator.Ipqs.BilledByNumber, pair => Assert.True(pair.Value == 1, $"IPQS billed {pair.Key} {pair.Value} times"));
    }

    [Fact]
    public async Task SecondSignal_WhileALookupIsHeld_EndsAtOnceWithWhatIsWritten()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        var numbers = Enumerable.Range(0, 20).Select(i => string.Create(CultureInfo.InvariantCulture, $"+38591{4_000_000 + i}")).ToArray();
        var hold = emulator.Faults.Add(EmulatorFault.Hold().OnVendor(NumberIntelVendor.Ipqs).ForNumber(numbers[10]));
        using var input = TempFile.WithLines(numbers);
        using var output = new TempFile(".jsonl");

        // The held lookup would keep a graceful stop waiting for five minutes: only the second signal can end it in time.
        using var process = CliProcess.Start(emulator, ["assess", "--input", input.Path, "--output", output.Path, "--vendors", "ipqs", "--set", "NumberIntel:Ipqs:Resilience:AttemptTimeout=00:05:00", "--set", "NumberIntel:Ipqs:Resilience:TotalTimeout=00:10:00", "--set", "NumberIntel:MaxConcurrency=1"]);
        var stderr = StderrWatch.Start(process);
        await WaitForHitAsync(hold, process, stderr.All);
        await KillAsync(process, "INT");
        await stderr.WaitForLineAsync(Program.StopAcknowledgement, TestContext.Timeout); // two pending signals would be one
        await KillAsync(process, "INT");
        await process.WaitForExitAsync().WaitAsync(TestContext.Timeout);

        Assert.Equal(CliExitCodes.Cancelled, process.ExitCode);
        Assert.Equal(10, File.ReadLines(output.Path).Count());
        Assert.Contains("cancelled", await stderr.All.WaitAsync(TestContext.Timeout), StringComparison.Ordinal);
    }

    /// <summary>Waits until the child's lookup is held; fails with the child's standard error if it ended first.</summary>
    private static async Task WaitForHitAsync(EmulatorFaultHandle hold, Process process, Task<string> stderr)
    {
        var hit = hold.WaitForHitAsync();
        await Task.WhenAny(hit, process.WaitForExitAsync()).WaitAsync(TestContext.Timeout);
        Assert.True(hit.IsCompleted, "the CLI ended before its lookup was held: " + (process.HasExited ? await stderr : "(still running)"));
    }

    private static async Task KillAsync(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", signal, process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync().WaitAsync(TestContext.Timeout);
        Assert.Equal(0, kill.ExitCode);
    }
}
