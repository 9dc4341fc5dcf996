using System.Net;
using NumberIntel.Cli.Tests.Infrastructure;
using NumberIntel.Client;

namespace NumberIntel.Cli.Tests;

/// <summary>Exit codes for failures and cancellation (with a fake client, so that the stream stops exactly where the test says).</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task RunAsync_CancelledMidRun_ExitsWith130AndFlushesEveryResultWrittenSoFar()
    {
        using var input = TempFile.WithLines(Enumerable.Range(0, 10).Select(i => $"+3859155502{i:00}"));
        var client = new FakeNumberIntelClient { PauseAfter = 3 };
        using var cancellation = new CancellationTokenSource();
        var stdout = new BufferedWriter();

        var run = CliRun.RunAsync(["assess", "--input", input.Path, "--format", "jsonl"], FakeClientRun.Options(client), stdout: stdout, cancellationToken: cancellation.Token);
        await client.Paused.WaitAsync(TestContext.Timeout);
        await cancellation.CancelAsync();
        var result = await run.WaitAsync(TestContext.Timeout);

        Assert.Equal(CliExitCodes.Cancelled, result.ExitCode);
        var lines = stdout.Flushed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"input\":\"+385915550200\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"input\":\"+385915550202\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("cancelled", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CancelledMidRun_SummarySaysHowFarItGot()
    {
        using var input = TempFile.WithLines(Enumerable.Range(0, 10).Select(i => $"+3859155502{i:00}"));
        var client = new FakeNumberIntelClient { PauseAfter = 4 };
        using var cancellation = new CancellationTokenSource();

        var run = CliRun.RunAsync(["assess", "--input", input.Path], FakeClientRun.Options(client), cancellationToken: cancellation.Token);
        await client.Paused.WaitAsync(TestContext.Timeout);
        await cancellation.CancelAsync();
        var result = await run.WaitAsync(TestContext.Timeout);

        Assert.Contains("cancelled after 4 inputs", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AuthenticationException_ExitsWith3AndNamesTheSetting()
    {
        var client = new FakeNumberIntelClient
        {
            Failure = new NumberIntelAuthenticationException(
                "Bind rejected the API key (HTTP 401). Check NumberIntel:Bind:ApiKey; retrying will not help.", NumberIntelVendor.Bind, HttpStatusCode.Unauthorized),
        };

        var result = await CliRun.RunAsync(["assess", "+385915550101"], FakeClientRun.Options(client));

        Assert.Equal(CliExitCodes.AuthenticationError, result.ExitCode);
        Assert.Contains("NumberIntel:Bind:ApiKey", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("NumberIntel__Bind__ApiKey", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AccountException_ExitsWith3()
    {
        var client = new FakeNumberIntelClient
        {
            Failure = new NumberIntelAccountException("IPQS refused the lookup for an account reason.", NumberIntelVendor.Ipqs, HttpStatusCode.OK),
        };

        var result = await CliRun.RunAsync(["assess", "+385915550101"], FakeClientRun.Options(client));

        Assert.Equal(CliExitCodes.AuthenticationError, result.ExitCode);
        Assert.Contains("account", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_VendorException_ExitsWith1()
    {
        var client = new FakeNumberIntelClient { Failure = new NumberIntelVendorException("IPQS answered HTTP 500.", NumberIntelVendor.Ipqs, HttpStatusCode.InternalServerError) };

        var result = await CliRun.RunAsync(["assess", "+385915550101"], FakeClientRun.Options(client));

        Assert.Equal(CliExitCodes.Failure, result.ExitCode);
        Assert.Contains("IPQS answered HTTP 500.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ErrorMessageHoldsTheKey_KeyIsScrubbed()
    {
        const string key = "fake-bind-key-not-used";
        var client = new FakeNumberIntelClient { Failure = new NumberIntelAuthenticationException($"rejected {key}", NumberIntelVendor.Bind) };

        var result = await CliRun.RunAsync(["assess", "+385915550101"], FakeClientRun.Options(client));

        Assert.DoesNotContain(key, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("rejected ***", result.Stderr, StringComparison.Ordinal);
    }
}
