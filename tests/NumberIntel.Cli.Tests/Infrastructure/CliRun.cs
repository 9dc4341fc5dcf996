using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli.Tests.Infrastructure;

/// <summary>The outcome of one in-process CLI run.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard output split into lines (the last, empty one after the final line end dropped).</summary>
    public IReadOnlyList<string> StdoutLines
    {
        get
        {
            var lines = Stdout.Split('\n');
            return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
        }
    }
}

/// <summary>Runs <see cref="CliApp"/> in-process, hermetically: no appsettings.json, environment variables or user secrets of the machine.</summary>
public static class CliRun
{
    /// <summary>Configuration values every test run gets: tiny back-offs so that retries never wait on a real clock.</summary>
    public static readonly IReadOnlyDictionary<string, string?> FastRetries = new Dictionary<string, string?>
    {
        ["NumberIntel:Bind:Resilience:BaseDelay"] = "00:00:00.001",
        ["NumberIntel:Bind:Resilience:MaxDelay"] = "00:00:00.001",
        ["NumberIntel:Bind:Resilience:ItemBaseDelay"] = "00:00:00.001",
        ["NumberIntel:Bind:Resilience:UseJitter"] = "false",
        ["NumberIntel:Ipqs:Resilience:BaseDelay"] = "00:00:00.001",
        ["NumberIntel:Ipqs:Resilience:MaxDelay"] = "00:00:00.001",
        ["NumberIntel:Ipqs:Resilience:UseJitter"] = "false",
        ["NumberIntel:Bind:RateLimit:Enabled"] = "false",
        ["NumberIntel:Ipqs:RateLimit:Enabled"] = "false",
    };

    public static CliRunOptions Hermetic(
        NumberIntelEmulator? emulator = null,
        IReadOnlyDictionary<string, string?>? configuration = null,
        Action<IServiceCollection>? services = null,
        bool stdoutIsTerminal = false,
        bool stderrIsTerminal = false) =>
        new()
        {
            SettingsDirectory = EmptyDirectory.Value,
            UseEnvironmentVariables = false,
            UseUserSecrets = false,
            Emulator = emulator,
            ConfigureConfiguration = builder => builder
                .AddInMemoryCollection(FastRetries)
                .AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()),
            ConfigureServices = services,
            StdoutIsTerminal = stdoutIsTerminal,
            StderrIsTerminal = stderrIsTerminal,
            Width = 200,
        };

    public static async Task<CliResult> RunAsync(string[] args, CliRunOptions? options = null, string stdin = "", TextWriter? stdout = null, CancellationToken cancellationToken = default)
    {
        var output = stdout ?? new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = await CliApp.RunAsync(args, new StringReader(stdin), output, error, options ?? Hermetic(), cancellationToken);
        return new CliResult(exitCode, output.ToString() ?? string.Empty, error.ToString());
    }

    private static readonly Lazy<string> EmptyDirectory = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "numberintel-cli-tests-" + Environment.ProcessId);
        Directory.CreateDirectory(path);
        return path;
    });
}
