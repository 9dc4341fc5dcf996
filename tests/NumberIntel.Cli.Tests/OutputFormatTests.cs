using System.Text.Json;
using NumberIntel.Cli.Tests.Infrastructure;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli.Tests;

/// <summary>The shape of each output format (with a fake client, so that only the CLI's writing is under test).</summary>
public sealed class OutputFormatTests
{
    [Fact]
    public async Task Jsonl_TwoNumbers_WritesOneObjectPerNumberWithTheDocumentedFields()
    {
        var result = await CliRun.RunAsync(["assess", MagicNumbers.HrVerifiedMobile, "not a number", "--format", "jsonl"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.Equal(2, result.StdoutLines.Count);
        using var first = JsonDocument.Parse(result.StdoutLines[0]);
        var root = first.RootElement;
        foreach (var field in new[] { "index", "input", "msisdn", "e164", "confidence", "score", "is_disposable", "line_type", "carrier", "country", "degraded", "duplicate_of", "errors", "paid_lookups", "cache_hits", "reasons" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing field '{field}'");
        }

        Assert.Equal(MagicNumbers.HrVerifiedMobile, root.GetProperty("input").GetString());
        Assert.Equal("385915550101", root.GetProperty("msisdn").GetString());
        Assert.Equal("verified", root.GetProperty("confidence").GetString());
        Assert.Equal(0.95, root.GetProperty("score").GetDouble());
        Assert.Equal("mobile", root.GetProperty("line_type").GetString());
        Assert.Equal("HR", root.GetProperty("country").GetString());
        Assert.False(root.GetProperty("degraded").GetBoolean());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("errors").ValueKind);

        using var second = JsonDocument.Parse(result.StdoutLines[1]);
        Assert.Equal("not a number", second.RootElement.GetProperty("input").GetString());
        Assert.Equal(1, second.RootElement.GetProperty("index").GetInt64());
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("msisdn").ValueKind);
        Assert.Equal("invalid", second.RootElement.GetProperty("confidence").GetString());
    }

    [Fact]
    public async Task Jsonl_PlusSign_IsWrittenUnescaped()
    {
        var result = await CliRun.RunAsync(["assess", MagicNumbers.HrVerifiedMobile, "-f", "jsonl"], FakeClientRun.Options());

        Assert.Contains("\"input\":\"+385915550101\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_TwoNumbers_WritesHeaderAndOneRfc4180RecordPerNumber()
    {
        var result = await CliRun.RunAsync(["assess", MagicNumbers.HrLowDisposable, "x,y", "--format", "csv"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        var records = result.Stdout.Split("\r\n");
        Assert.Equal(4, records.Length); // header, two records, the empty rest after the last CRLF
        Assert.Equal("index,input,msisdn,e164,confidence,score,is_disposable,line_type,carrier,country,degraded,duplicate_of,errors,paid_lookups,cache_hits,reasons", records[0]);
        Assert.StartsWith("0,+385915550108,385915550108,+385915550108,low,0.20,true,mobile,\"Fake, \"\"Telecom\"\"\",HR,false,,,bind ipqs,,", records[1], StringComparison.Ordinal);
        Assert.StartsWith("1,\"x,y\",,,invalid,0.00,false,unknown,,,false,,", records[2], StringComparison.Ordinal);
        Assert.Equal(string.Empty, records[3]);
    }

    [Fact]
    public async Task Table_TwoNumbers_RendersOneRowEachWithTheLabelAndTheReasons()
    {
        var result = await CliRun.RunAsync(["assess", MagicNumbers.HrVerifiedMobile, MagicNumbers.HrLowVoip, "--format", "table"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        var rows = result.StdoutLines.Where(l => l.Contains("+385915550", StringComparison.Ordinal) && l.Contains('│')).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("verified", rows[0], StringComparison.Ordinal);
        Assert.Contains("0.95", rows[0], StringComparison.Ordinal);
        Assert.Contains("low", rows[1], StringComparison.Ordinal);
        Assert.Contains("Label", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Stdout, StringComparison.Ordinal); // no ANSI codes when not a terminal
    }

    [Fact]
    public async Task DefaultFormat_StdoutRedirected_IsJsonl()
    {
        var result = await CliRun.RunAsync(["assess", MagicNumbers.HrVerifiedMobile], FakeClientRun.Options(stdoutIsTerminal: false));

        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        Assert.Equal("verified", json.RootElement.GetProperty("confidence").GetString());
    }

    [Fact]
    public async Task DefaultFormat_StdoutIsTerminal_IsTable()
    {
        var result = await CliRun.RunAsync(["assess", MagicNumbers.HrVerifiedMobile], FakeClientRun.Options(stdoutIsTerminal: true));

        Assert.Contains("│ Label", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"confidence\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_CsvFile_IsWrittenAsCsvAndStdoutStaysEmpty()
    {
        using var file = new TempFile(".csv");

        var result = await CliRun.RunAsync(["assess", MagicNumbers.HrVerifiedMobile, "--output", file.Path], FakeClientRun.Options(stdoutIsTerminal: true));

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        var lines = await File.ReadAllLinesAsync(file.Path);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("index,input,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("0,+385915550101,", lines[1], StringComparison.Ordinal);
    }
}
