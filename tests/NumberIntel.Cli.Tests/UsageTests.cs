using NumberIntel.Cli.Tests.Infrastructure;

namespace NumberIntel.Cli.Tests;

/// <summary>Command-line and configuration mistakes exit with 2 and say what to fix; help exits with 0.</summary>
public sealed class UsageTests
{
    [Theory]
    [InlineData("")]
    [InlineData("assess")]
    [InlineData("assess --bogus")]
    [InlineData("assess +385915550101 --format xml")]
    [InlineData("assess +385915550101 --vendors all")]
    [InlineData("assess +385915550101 --region XX")]
    [InlineData("assess --input /no/such/file.txt")]
    [InlineData("assess +385915550101 --input -")]
    [InlineData("assess +385915550101 --set NumberIntel:MaxConcurrency")]
    [InlineData("frobnicate")]
    public async Task RunAsync_UsageError_ExitsWith2AndPointsToHelp(string commandLine)
    {
        var result = await CliRun.RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), FakeClientRun.Options());

        Assert.Equal(CliExitCodes.UsageError, result.ExitCode);
        Assert.Contains("error:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task RunAsync_BadRegion_NamesTheOption()
    {
        var result = await CliRun.RunAsync(["assess", "091 555 0101", "--region", "XX"], FakeClientRun.Options());

        Assert.Contains("--region must be an ISO 3166-1 alpha-2 region", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OutputIsTheInputFile_ExitsWith2AndLeavesTheInputAlone()
    {
        using var input = TempFile.WithLines(["+385915550101"]);

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--output", input.Path], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.UsageError, result.ExitCode);
        Assert.Equal("+385915550101\n", await File.ReadAllTextAsync(input.Path));
    }

    [Fact]
    public async Task RunAsync_InvalidSetting_ExitsWith2AndNamesTheSetting()
    {
        var result = await CliRun.RunAsync(["assess", "+385915550101", "--set", "NumberIntel:MaxConcurrency=0"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.UsageError, result.ExitCode);
        Assert.Contains("NumberIntel:MaxConcurrency must be between 1 and 256", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AssessHelp_PrintsUsageOnStdoutAndExitsWith0()
    {
        var result = await CliRun.RunAsync(["assess", "--help"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.Contains("numberintel assess [<NUMBER>...] [options]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--input <FILE|->", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--format <table|jsonl|csv>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--vendors <both|bind|ipqs|cascade>", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RegionGiven_PlacesNationalNumbers()
    {
        var result = await CliRun.RunAsync(["assess", "091 555 0101", "--region", "hr", "-f", "jsonl"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.Contains("\"msisdn\":\"385915550101\"", result.Stdout, StringComparison.Ordinal);
    }
}
