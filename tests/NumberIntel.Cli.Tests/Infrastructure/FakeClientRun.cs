using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client;

namespace NumberIntel.Cli.Tests.Infrastructure;

/// <summary>Runs the CLI with a <see cref="FakeNumberIntelClient"/> in place of the SDK's client (a key is configured, so no sandbox starts).</summary>
public static class FakeClientRun
{
    public static CliRunOptions Options(FakeNumberIntelClient? client = null, bool stdoutIsTerminal = false, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var values = new Dictionary<string, string?> { ["NumberIntel:Bind:ApiKey"] = "fake-bind-key-not-used" };
        foreach (var pair in configuration ?? new Dictionary<string, string?>())
        {
            values[pair.Key] = pair.Value;
        }

        return CliRun.Hermetic(
            configuration: values,
            services: s => s.AddSingleton<INumberIntelClient>(client ?? new FakeNumberIntelClient()),
            stdoutIsTerminal: stdoutIsTerminal);
    }
}
