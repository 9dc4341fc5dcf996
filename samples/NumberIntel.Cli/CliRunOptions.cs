using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli;

/// <summary>
/// How <see cref="CliApp.RunAsync(string[], TextReader, TextWriter, TextWriter, CliRunOptions?, CancellationToken)"/> runs:
/// where configuration comes from, what the terminal looks like, and hooks for tests and hosts.
/// </summary>
public sealed record CliRunOptions
{
    /// <summary>The folder whose <c>appsettings.json</c> (optional) is read; null for the folder of the executable.</summary>
    public string? SettingsDirectory { get; init; }

    /// <summary>Whether environment variables (<c>NumberIntel__Bind__ApiKey</c>, …) are read. Default true.</summary>
    public bool UseEnvironmentVariables { get; init; } = true;

    /// <summary>Whether the user-secrets store of the CLI is read (<c>dotnet user-secrets</c>). Default true.</summary>
    public bool UseUserSecrets { get; init; } = true;

    /// <summary>Adds configuration sources after the defaults (before <c>--set</c> values, which win).</summary>
    public Action<IConfigurationBuilder>? ConfigureConfiguration { get; init; }

    /// <summary>Adjusts services after <c>AddNumberIntel</c> (e.g. to replace the <see cref="TimeProvider"/> or the client).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>
    /// A running emulator to send every call to instead of the configured vendors (tests inject faults and read its
    /// counters). Null: the configured vendors, or an embedded emulator in sandbox mode when no key is configured.
    /// </summary>
    public NumberIntelEmulator? Emulator { get; init; }

    /// <summary>Whether standard output is an interactive terminal (decides the default format). Default false.</summary>
    public bool StdoutIsTerminal { get; init; }

    /// <summary>Whether standard error is an interactive terminal (decides the progress bar and the summary's bar chart). Default false.</summary>
    public bool StderrIsTerminal { get; init; }

    /// <summary>
    /// Whether the <c>stdin</c> reader is the process's standard input (file descriptor 0), so that <c>--input -</c> with
    /// standard input redirected from the <c>--output</c> file is refused too. Default false (tests pass their own reader).
    /// </summary>
    public bool StdinIsProcessInput { get; init; }

    /// <summary>The width tables and charts are laid out for; null for the terminal's width (or 160 when not a terminal).</summary>
    public int? Width { get; init; }

    /// <summary>
    /// A graceful stop (the first SIGINT or SIGTERM; <see cref="Program.Main"/> wires it): no new lookups, the ones in
    /// flight finish, everything is written. Null: only the cancellation token (a hard stop) ends a run early.
    /// </summary>
    public CliStopSignal? Stop { get; init; }

    /// <summary>
    /// How long lookups in flight may take to finish after a graceful stop before the run stops hard; null for the
    /// longer of the vendors' attempt timeouts (<c>NumberIntel:Bind:Resilience:AttemptTimeout</c>, default 10 s) plus one second.
    /// </summary>
    public TimeSpan? StopGracePeriod { get; init; }

    /// <summary>The most distinct numbers a run remembers to never buy one twice (<see cref="Run.RunRecord.DefaultLimit"/>).</summary>
    public int RunRecordLimit { get; init; } = Run.RunRecord.DefaultLimit;

    /// <summary>How often bulk output is flushed at the latest. Default 1 second.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(1);
}
