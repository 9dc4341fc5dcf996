using System.Text;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

/// <summary>
/// The README's magic-number table is rendered from <see cref="MagicNumbers.All"/> (built from the scenario
/// definitions), never written by hand. After an intended change, run the tests with <c>NUMBERINTEL_UPDATE_README=1</c>
/// to rewrite the table in README.md, and commit it.
/// </summary>
public sealed class MagicNumberReadmeTests
{
    public const string UpdateVariable = "NUMBERINTEL_UPDATE_README";
    private const string Begin = "<!-- magic-numbers:begin (generated from MagicNumbers.All; see MagicNumberReadmeTests) -->";
    private const string End = "<!-- magic-numbers:end -->";
    private static readonly string[] Countries = ["HR", "US", "GB", "DE"];

    [Fact]
    public void Readme_MagicNumberTable_IsTheOneRenderedFromTheTable()
    {
        var copy = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md"));
        var expected = Render();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var source = Path.Combine(RepositoryRoot.Find(), "README.md");
            File.WriteAllText(source, Replace(File.ReadAllText(source), expected));
            return;
        }

        Assert.Equal(expected, Section(copy));
    }

    [Fact]
    public void Render_AnyScenario_ShowsEveryNumberAndTheLabels()
    {
        var table = Render();

        Assert.All(MagicNumbers.All, m => Assert.Contains("`" + m.E164 + "`", table, StringComparison.Ordinal));
        Assert.Contains("| LowDisposable |", table, StringComparison.Ordinal);
        Assert.Contains("low / verified / **low** (disposable)", table, StringComparison.Ordinal);
    }

    /// <summary>The Markdown table: one row per scenario, the numbers by country, the answers and the labels.</summary>
    public static string Render()
    {
        var text = new StringBuilder()
            .Append("| scenario | ").AppendJoin(" | ", Countries).Append(" | Bind answers | IPQS answers | Bind / IPQS / **combined** |\n")
            .Append("| --- |").Append(string.Concat(Enumerable.Repeat(" --- |", Countries.Length + 3))).Append('\n');
        foreach (var scenario in MagicScenarios.All.Select(s => s.Scenario))
        {
            var entries = MagicNumbers.All.Where(m => m.Scenario == scenario).ToArray();
            var first = entries[0];
            text.Append("| ").Append(scenario).Append(" | ");
            foreach (var country in Countries)
            {
                var entry = entries.FirstOrDefault(m => m.CountryCode == country);
                text.Append(entry is null ? "—" : "`" + entry.E164 + "`").Append(" | ");
            }

            var spec = MagicScenarios.Of(scenario);
            text.Append(Answer(spec.BindAnswer, entries)).Append(" | ")
                .Append(Answer(spec.IpqsAnswer, entries)).Append(" | ")
                .Append(Label(first.ExpectedBindLabel)).Append(" / ").Append(Label(first.ExpectedIpqsLabel))
                .Append(" / **").Append(Label(first.ExpectedLabel)).Append("**")
                .Append(first.ExpectedDisposable ? " (disposable)" : string.Empty)
                .Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>A scenario's answer; a carrier that differs by country is shown with its countries.</summary>
    private static string Answer(string template, MagicNumber[] entries) => template.Replace(
        MagicScenarioSpec.CarrierPlaceholder,
        string.Join(
            " / ",
            entries.GroupBy(m => MagicScenarios.DisposableCarrierOf(m.CountryCode))
                .Select(g => g.Key + " (" + string.Join(", ", g.Select(m => m.CountryCode)) + ")")),
        StringComparison.Ordinal);

    private static string Label(ConfidenceLabel label) => label.ToString().ToLowerInvariant();

    private static string Section(string readme)
    {
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md has no '{Begin}' … '{End}' section.");
        return readme[(start + Begin.Length)..end].Trim('\n') + "\n";
    }

    private static string Replace(string readme, string table)
    {
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        return readme[..(start + Begin.Length)] + "\n" + table + readme[end..];
    }
}
