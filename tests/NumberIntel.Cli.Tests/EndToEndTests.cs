using System.Globalization;
using System.Text.Json;
using NumberIntel.Cli.Tests.Infrastructure;
using NumberIntel.Client;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli.Tests;

/// <summary>The CLI in-process with the SDK's real client, against the emulator over loopback (embedded sandbox or injected).</summary>
public sealed class EndToEndTests
{
    private static readonly string[] SandboxNumbers =
    [
        MagicNumbers.HrVerifiedMobile,
        MagicNumbers.HrLikelyTollFree,
        MagicNumbers.HrUncertainSharedCost,
        MagicNumbers.UsLowVoip,
        MagicNumbers.GbLowDisposable,
        MagicNumbers.HrInvalid,
    ];

    [Fact]
    public async Task ReadmeFirstCommand_NoKey_ExitsWith0AndWritesOneResult()
    {
        // As `dotnet run --project samples/NumberIntel.Cli -- assess +385912345678` runs it (output redirected, so jsonl).
        var result = await CliRun.RunAsync(["assess", "+385912345678"], CliRun.Hermetic());

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        Assert.Equal("+385912345678", json.RootElement.GetProperty("input").GetString());
        Assert.Equal("385912345678", json.RootElement.GetProperty("msisdn").GetString());
        Assert.Contains("sandbox mode", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sandbox_MagicNumbersAsJsonl_LabelsAreTheDocumentedOnes()
    {
        var result = await CliRun.RunAsync(["assess", .. SandboxNumbers, "--format", "jsonl", "--explain"], CliRun.Hermetic());

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.Contains("sandbox mode: no API key configured", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(SandboxNumbers.Length, result.StdoutLines.Count);
        for (var i = 0; i < SandboxNumbers.Length; i++)
        {
            Assert.True(MagicNumbers.TryFind(SandboxNumbers[i], out var magic));
            using var json = JsonDocument.Parse(result.StdoutLines[i]);
            var root = json.RootElement;
            Assert.Equal(magic.E164, root.GetProperty("input").GetString());
            Assert.Equal(magic.Msisdn, root.GetProperty("msisdn").GetString());
            Assert.Equal(LabelText(magic.ExpectedLabel), root.GetProperty("confidence").GetString());
            Assert.Equal(magic.ExpectedDisposable, root.GetProperty("is_disposable").GetBoolean());
            Assert.Equal(magic.CountryCode, root.GetProperty("country").GetString());
            Assert.NotEqual(0, root.GetProperty("diagnostics").GetArrayLength());
        }
    }

    [Fact]
    public async Task Sandbox_NoKey_NeverPrintsTheEmulatorKeys()
    {
        var result = await CliRun.RunAsync(["assess", MagicNumbers.HrVerifiedMobile, "--format", "table"], CliRun.Hermetic());

        Assert.DoesNotContain(NumberIntelEmulatorOptions.DefaultBindApiKey, result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(NumberIntelEmulatorOptions.DefaultIpqsApiKey, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkInput_TenThousandLinesWithDuplicatesGarbageAndThrottling_OneResultPerLineInOrderNothingBilledTwice()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        var itemThrottles = emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Throttled).Times(50));
        var bindTooMany = emulator.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(30)).OnVendor(NumberIntelVendor.Bind).Times(3));
        var ipqsTooMany = emulator.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(30)).OnVendor(NumberIntelVendor.Ipqs).Times(3));
        var lines = BulkInput.Lines(10_000, seed: 20240601);
        using var input = TempFile.WithLines(lines);
        var options = CliRun.Hermetic(emulator, new Dictionary<string, string?> { ["NumberIntel:MaxConcurrency"] = "16" });

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--format", "jsonl"], options);

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        var output = result.StdoutLines;
        Assert.Equal(lines.Count, output.Count);
        var msisdns = new string?[lines.Count];
        var duplicates = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            using var json = JsonDocument.Parse(output[i]);
            var root = json.RootElement;
            Assert.Equal(i, root.GetProperty("index").GetInt64());
            Assert.Equal(lines[i], root.GetProperty("input").GetString());
            msisdns[i] = root.GetProperty("msisdn").GetString();
            if (string.IsNullOrWhiteSpace(lines[i]) || lines[i].StartsWith('x'))
            {
                Assert.Equal("invalid", root.GetProperty("confidence").GetString());
            }

            if (root.GetProperty("duplicate_of").ValueKind == JsonValueKind.Number)
            {
                var original = root.GetProperty("duplicate_of").GetInt64();
                Assert.True(original < i);
                Assert.Equal(msisdns[original], msisdns[i]);
                Assert.Equal(0, root.GetProperty("paid_lookups").GetArrayLength());
                duplicates++;
            }
        }

        Assert.True(duplicates > 0);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"duplicates saved: {duplicates:N0}"), result.Stderr, StringComparison.Ordinal);

        Assert.Equal(0, itemThrottles.Remaining);
        Assert.Equal(0, bindTooMany.Remaining);
        Assert.Equal(0, ipqsTooMany.Remaining);
        Assert.All(emulator.Bind.BilledByNumber, pair => Assert.True(pair.Value <= 1, $"Bind billed {pair.Key} {pair.Value} times"));
        Assert.All(emulator.Ipqs.BilledByNumber, pair => Assert.True(pair.Value <= 1, $"IPQS billed {pair.Key} {pair.Value} times"));
        Assert.Contains("summary: assessed 10,000 inputs", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkInput_FromStdin_OneResultPerLine()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        string[] lines = [MagicNumbers.HrVerifiedMobile, "", "garbage", MagicNumbers.HrVerifiedMobile];

        var result = await CliRun.RunAsync(["assess", "--input", "-", "--format", "csv"], CliRun.Hermetic(emulator), stdin: string.Join('\n', lines) + "\n");

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        var records = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, records.Length);
        Assert.StartsWith("0,+385915550101,385915550101,+385915550101,verified,0.95,", records[1], StringComparison.Ordinal);
        Assert.StartsWith("1,,,,invalid,0.00,", records[2], StringComparison.Ordinal);
        Assert.StartsWith("2,garbage,,,invalid,0.00,", records[3], StringComparison.Ordinal);
        Assert.StartsWith("3,+385915550101,385915550101,+385915550101,verified,0.95,false,mobile,", records[4], StringComparison.Ordinal);
        Assert.Contains(",false,0,", records[4], StringComparison.Ordinal); // not degraded, a duplicate of line 0
        Assert.Equal(1, emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal(1, emulator.Ipqs.BilledCount(MagicNumbers.HrVerifiedMobile));
    }

    [Fact]
    public async Task VendorsBind_AsksBindOnly()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();

        var result = await CliRun.RunAsync(["assess", MagicNumbers.HrUncertainFraudScore, "--vendors", "bind", "-f", "jsonl"], CliRun.Hermetic(emulator));

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.Equal(0, emulator.Ipqs.Requests);
        Assert.Equal(1, emulator.Bind.BilledCount(MagicNumbers.HrUncertainFraudScore));
        Assert.Contains("\"confidence\":\"verified\"", result.Stdout, StringComparison.Ordinal); // IPQS's fraud score would have made it uncertain
    }

    [Fact]
    public async Task Region_NationalNumber_IsPlacedInTheRegion()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();

        var result = await CliRun.RunAsync(["assess", "091 555 0101", "--region", "HR", "-f", "jsonl"], CliRun.Hermetic(emulator));

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.Contains("\"msisdn\":\"385915550101\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"confidence\":\"verified\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_AgainstTheEmulator_OneRowPerNumberAndTheReasons()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();

        var result = await CliRun.RunAsync(["assess", MagicNumbers.HrVerifiedMobile, MagicNumbers.HrLowVoip, "-f", "table"], CliRun.Hermetic(emulator));

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        var rows = result.StdoutLines.Where(l => l.StartsWith("│ ", StringComparison.Ordinal) && l.Contains("+385915550", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("│ verified ", rows[0], StringComparison.Ordinal);
        Assert.Contains("│ low ", rows[1], StringComparison.Ordinal);
        Assert.Contains("#1 " + MagicNumbers.HrLowVoip + ": low (0.20)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadKey_Always_ExitsWith3NamingTheSettingWithoutTheKey()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        emulator.Faults.Add(EmulatorFault.BadKey().Always());

        var result = await CliRun.RunAsync(["assess", MagicNumbers.HrVerifiedMobile], CliRun.Hermetic(emulator));

        Assert.Equal(CliExitCodes.AuthenticationError, result.ExitCode);
        Assert.Matches("NumberIntel:(Bind|Ipqs):ApiKey", result.Stderr);
        Assert.DoesNotContain(emulator.BindApiKey, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.IpqsApiKey, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadKey_BulkRun_ExitsWith3()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        emulator.Faults.Add(EmulatorFault.BadKey().OnVendor(NumberIntelVendor.Bind).Always());
        using var input = TempFile.WithLines([MagicNumbers.HrVerifiedMobile, MagicNumbers.HrLowVoip]);

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--vendors", "bind"], CliRun.Hermetic(emulator));

        Assert.Equal(CliExitCodes.AuthenticationError, result.ExitCode);
        Assert.Contains("NumberIntel:Bind:ApiKey", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_WhileAVendorHoldsARequest_ExitsWith130AndEverythingWrittenIsFlushed()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        var numbers = Enumerable.Range(0, 8).Select(i => string.Create(CultureInfo.InvariantCulture, $"+3859123400{i:00}")).ToArray();
        var hold = emulator.Faults.Add(EmulatorFault.Hold().OnVendor(NumberIntelVendor.Ipqs).ForNumber(numbers[4]));
        using var input = TempFile.WithLines(numbers);
        using var cancellation = new CancellationTokenSource();
        var stdout = new BufferedWriter();
        var options = CliRun.Hermetic(emulator, new Dictionary<string, string?> { ["NumberIntel:MaxConcurrency"] = "1" });

        var run = CliRun.RunAsync(["assess", "--input", input.Path, "--vendors", "ipqs", "-f", "jsonl"], options, stdout: stdout, cancellationToken: cancellation.Token);
        await hold.WaitForHitAsync().WaitAsync(TestContext.Timeout);
        await cancellation.CancelAsync();
        var result = await run.WaitAsync(TestContext.Timeout);

        Assert.Equal(CliExitCodes.Cancelled, result.ExitCode);
        var flushed = stdout.Flushed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(flushed.Length, 0, 4); // nothing at or after the held number
        for (var i = 0; i < flushed.Length; i++)
        {
            using var json = JsonDocument.Parse(flushed[i]);
            Assert.Equal(numbers[i], json.RootElement.GetProperty("input").GetString());
        }

        Assert.Contains($"cancelled: {flushed.Length} result", result.Stderr, StringComparison.Ordinal);
    }

    private static string LabelText(ConfidenceLabel label) => label switch
    {
        ConfidenceLabel.Verified => "verified",
        ConfidenceLabel.Likely => "likely",
        ConfidenceLabel.Uncertain => "uncertain",
        ConfidenceLabel.Low => "low",
        _ => "invalid",
    };
}
