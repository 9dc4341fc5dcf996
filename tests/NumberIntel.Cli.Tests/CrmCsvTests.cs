using System.Text;
using System.Text.Json;
using CsvHelper;
using NumberIntel.Cli.Tests.Infrastructure;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli.Tests;

/// <summary><c>--input leads.csv --column phone</c>: a CRM export as it is, cleaned with every original column kept.</summary>
public sealed class CrmCsvTests
{
    private static readonly string[] Header = ["name", "company", "email", "phone", "notes"];

    private static readonly string[][] Leads =
    [
        ["Ana Horvat", "Acme; d.o.o.", "ana@acme.hr", "+385 91 555 0101", "first line\nsecond, with a comma"],
        ["Ivo \"The Boss\" Kovač", "Beta", "ivo@beta.hr", "091 555 0107", "plain"],
        ["Mia", "Gamma", "=HYPERLINK(\"http://x\")", "+385915550101", "multi\r\nline; and \"quotes\""],
        ["Empty", "Delta", string.Empty, string.Empty, string.Empty],
    ];

    [Fact]
    public async Task CsvOutput_QuotedFieldsEmbeddedDelimitersAndNewlinesBomSemicolon_EveryRowKeepsItsColumnsPlusTheSdkColumns()
    {
        using var input = await WriteExportAsync();
        using var output = new TempFile(".csv");

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--column", "phone", "--region", "HR", "--output", output.Path], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        var records = await ReadCsvAsync(output.Path, ';');
        Assert.Equal([.. Header, "confidence", "score", "e164", "line_type", "carrier", "country", "is_disposable", "degraded", "reasons"], records[0]);
        Assert.Equal(Leads.Length + 1, records.Count);
        for (var i = 0; i < Leads.Length; i++)
        {
            var row = records[i + 1];
            Assert.Equal(Leads[i], row.Take(Header.Length).Select(Restore)); // the original columns, unchanged
        }

        Assert.Equal(["verified", "0.95", "+385915550101"], records[1][5..8]);
        Assert.Equal(["low", "0.20", "+385915550107"], records[2][5..8]);
        Assert.Equal("verified", records[3][5]);
        Assert.Equal(["invalid", "0.00", string.Empty], records[4][5..8]);
        Assert.Equal("'=HYPERLINK(\"http://x\")", records[3][2]); // neutralized, not run by a spreadsheet
    }

    [Fact]
    public async Task JsonLinesOutput_CarriesTheOriginalRowAsAnObject()
    {
        using var input = await WriteExportAsync();

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--column", "4", "--region", "HR", "-f", "jsonl"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.Equal(Leads.Length, result.StdoutLines.Count);
        using var first = JsonDocument.Parse(result.StdoutLines[0]);
        var row = first.RootElement.GetProperty("row");
        for (var c = 0; c < Header.Length; c++)
        {
            Assert.Equal(Leads[0][c], row.GetProperty(Header[c]).GetString());
        }

        Assert.Equal("+385915550101", first.RootElement.GetProperty("e164").GetString());
    }

    [Fact]
    public async Task NoHeaderCommaFile_ColumnByIndex_EveryRecordIsAssessed()
    {
        using var input = new TempFile(".csv");
        await File.WriteAllTextAsync(input.Path, "a,+385915550101,x\nb,+385915550107,\"y,z\"\n");

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--column", "2", "-f", "csv"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("column1,column2,column3,confidence,score,e164,line_type,carrier,country,is_disposable,degraded,reasons", lines[0]);
        Assert.StartsWith("a,+385915550101,x,verified,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("b,+385915550107,\"y,z\",low,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownColumn_IsAUsageErrorListingTheHeader()
    {
        using var input = await WriteExportAsync();

        var result = await CliRun.RunAsync(["assess", "--input", input.Path, "--column", "mobile"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.UsageError, result.ExitCode);
        Assert.Contains("'phone'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_CrmCsvOutput_ContinuesAfterTheLastCompleteRecord()
    {
        using var input = await WriteExportAsync();
        using var output = new TempFile(".csv");
        string[] args = ["assess", "--input", input.Path, "--column", "phone", "--region", "HR", "--output", output.Path];
        await CliRun.RunAsync(args, FakeClientRun.Options());
        var complete = await File.ReadAllTextAsync(output.Path);
        await File.WriteAllTextAsync(output.Path, complete[..complete.IndexOf("Mia", StringComparison.Ordinal)] + "Mia;Gam");

        var resumed = await CliRun.RunAsync([.. args, "--resume"], FakeClientRun.Options());

        Assert.Equal(CliExitCodes.Success, resumed.ExitCode);
        Assert.Contains("the output holds 2 results", resumed.Stderr, StringComparison.Ordinal);
        Assert.Equal(complete, await File.ReadAllTextAsync(output.Path));
    }

    private static string Restore(string cell) => cell.StartsWith('\'') ? cell[1..] : cell;

    private static async Task<TempFile> WriteExportAsync()
    {
        var file = new TempFile(".csv");
        var text = new StringBuilder();
        foreach (var record in new[] { Header }.Concat(Leads))
        {
            text.Append(string.Join(';', record.Select(Quote))).Append("\r\n");
        }

        await File.WriteAllTextAsync(file.Path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return file;
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(";\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task<List<string[]>> ReadCsvAsync(string path, char separator)
    {
        var records = new List<string[]>();
        await using var reader = CsvReader.Create(File.OpenRead(path), CsvReaderOptions.Default with { HasHeader = false, Separator = separator }, false);
        while (await reader.ReadAsync())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return records;
    }
}
