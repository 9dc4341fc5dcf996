using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NumberIntel.Cli.Assess;
using NumberIntel.Client;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli.Hosting;

/// <summary>
/// The Generic Host of one run: configuration the .NET way (appsettings.json beside the executable, user secrets,
/// environment variables, <c>--set</c>), <c>AddNumberIntel</c>, and — with no API key configured — sandbox mode: an
/// embedded <see cref="NumberIntelEmulator"/> that every call goes to.
/// </summary>
internal sealed class CliHost : IAsyncDisposable
{
    public const string BindKeySetting = "NumberIntel:Bind:ApiKey";
    public const string IpqsKeySetting = "NumberIntel:Ipqs:ApiKey";

    /// <summary>Set (with <c>--set</c> or <c>NumberIntel__Redis__Configuration</c>), the run shares its allocation and cache with other workers through Redis.</summary>
    public const string RedisSetting = "NumberIntel:Redis:Configuration";

    private readonly IHost _host;
    private readonly NumberIntelEmulator? _ownedEmulator;

    private CliHost(IHost host, NumberIntelEmulator? ownedEmulator, NumberIntelEmulator? emulator, IReadOnlyList<string> secrets)
    {
        _host = host;
        _ownedEmulator = ownedEmulator;
        Emulator = emulator;
        Secrets = secrets;
    }

    /// <summary>True when no key was configured and the embedded emulator answers.</summary>
    public bool IsSandbox => _ownedEmulator is not null;

    /// <summary>The emulator calls go to (embedded or injected), or null for the real vendors.</summary>
    public NumberIntelEmulator? Emulator { get; }

    /// <summary>The configured key values, to scrub from any text printed (belt and braces: the SDK never puts them in messages).</summary>
    public IReadOnlyList<string> Secrets { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<CliHost> StartAsync(AssessSettings settings, CliStreams io, CancellationToken cancellationToken)
    {
        var options = io.Options;
        var directory = options.SettingsDirectory ?? AppContext.BaseDirectory;
        var environment = (options.UseEnvironmentVariables ? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") : null) ?? Environments.Production;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = typeof(CliApp).Assembly.GetName().Name,
            ContentRootPath = directory,
            EnvironmentName = environment,
        });

        var configuration = builder.Configuration;
        configuration.AddJsonFile(Path.Combine(directory, "appsettings.json"), optional: true, reloadOnChange: false);
        configuration.AddJsonFile(Path.Combine(directory, $"appsettings.{environment}.json"), optional: true, reloadOnChange: false);
        if (options.UseUserSecrets)
        {
            configuration.AddUserSecrets(typeof(CliApp).Assembly, optional: true, reloadOnChange: false);
        }

        if (options.UseEnvironmentVariables)
        {
            configuration.AddEnvironmentVariables();
        }

        options.ConfigureConfiguration?.Invoke(configuration);
        if (settings.ConfigurationValues.Count > 0)
        {
            configuration.AddInMemoryCollection(settings.ConfigurationValues);
        }

        ConfigurationChecks.Check(configuration);
        var bindKey = configuration[BindKeySetting];
        var ipqsKey = configuration[IpqsKeySetting];
        var hasKey = !string.IsNullOrWhiteSpace(bindKey) || !string.IsNullOrWhiteSpace(ipqsKey);

        NumberIntelEmulator? owned = null;
        var emulator = options.Emulator;
        if (emulator is null && !hasKey)
        {
            // Nothing reads the sandbox's request log or per-number counts: keep neither, so memory stays flat over millions of lines.
            owned = await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { RecentRequestLimit = 0, NumberCountLimit = 0 }, cancellationToken);
            emulator = owned;

            // The emulator has no allocation to protect: lift the client-side rate limit unless the configuration sets one.
            configuration.Sources.Insert(0, new MemoryConfigurationSource
            {
                InitialData =
                [
                    new("NumberIntel:Bind:RateLimit:Enabled", "false"),
                    new("NumberIntel:Ipqs:RateLimit:Enabled", "false"),
                ],
            });
        }

        try
        {
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(settings.Verbose ? LogLevel.Information : LogLevel.Warning);
            builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning); // one line per request otherwise
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Warning);
            builder.Logging.AddProvider(new TextWriterLoggerProvider(io.Stderr));

            builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();
            var numberIntel = builder.Services.AddNumberIntel(configuration.GetSection(NumberIntelOptions.SectionName));
            if (emulator is not null)
            {
                numberIntel.UseEmulator(emulator);
            }

            if (!string.IsNullOrWhiteSpace(configuration[RedisSetting]))
            {
                numberIntel.UseRedis(); // several CLI processes act as one job: one allocation, one cache (NumberIntel:Redis:*)
            }

            options.ConfigureServices?.Invoke(builder.Services);

            var secrets = new[] { bindKey, ipqsKey, emulator?.BindApiKey, emulator?.IpqsApiKey }
                .Where(static s => !string.IsNullOrWhiteSpace(s) && s.Length >= 4)
                .Select(static s => s!)
                .Distinct(StringComparer.Ordinal)
                .ToArray();

            var host = builder.Build();
            try
            {
                await host.StartAsync(cancellationToken); // validates NumberIntelOptions (ValidateOnStart)
            }
            catch
            {
                host.Dispose();
                throw;
            }

            return new CliHost(host, owned, emulator, secrets);
        }
        catch
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(CancellationToken.None);
        }
        finally
        {
            if (_host is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else
            {
                _host.Dispose();
            }

            if (_ownedEmulator is not null)
            {
                await _ownedEmulator.DisposeAsync();
            }
        }
    }
}
