using System.Xml.Linq;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

/// <summary>
/// The XML docs of <see cref="MagicNumberScenario"/> (what users read in their IDE) name the label the scenario
/// definitions give, so the prose cannot drift from the table.
/// </summary>
public sealed class MagicScenarioDocsTests
{
    public static TheoryData<MagicNumberScenario> Scenarios() => [.. Enum.GetValues<MagicNumberScenario>()];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void ScenarioDocs_AnyScenario_NameTheCombinedLabel(MagicNumberScenario scenario)
    {
        var magic = MagicNumbers.All.First(m => m.Scenario == scenario);
        var expected = "Label " + magic.ExpectedLabel.ToString().ToLowerInvariant();

        var summary = Summary("F:" + typeof(MagicNumberScenario).FullName + "." + scenario);

        Assert.Contains(expected, summary, StringComparison.Ordinal);
        Assert.Equal(magic.ExpectedDisposable, summary.Contains(expected + ", disposable", StringComparison.Ordinal));
    }

    [Fact]
    public void ScenarioDocs_DisposableCarrier_NameEveryCountrysCarrier()
    {
        var summary = Summary("F:" + typeof(MagicNumberScenario).FullName + "." + MagicNumberScenario.LowDisposableCarrier);

        Assert.All(
            MagicNumbers.All.Where(m => m.Scenario == MagicNumberScenario.LowDisposableCarrier),
            m => Assert.Contains(MagicScenarios.DisposableCarrierOf(m.CountryCode), summary, StringComparison.Ordinal));
    }

    private static string Summary(string member)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "NumberIntel.Client.Testing.xml");
        var element = XDocument.Load(path).Descendants("member").Single(m => (string?)m.Attribute("name") == member);
        return string.Join(' ', element.Element("summary")!.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
