using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Testing.Hosting;

namespace NumberIntel.Client.Testing;

/// <summary>
/// A local emulator of both vendor APIs — Bind number scoring and IPQS phone validation — on real HTTP
/// (Kestrel on <c>127.0.0.1</c>, an ephemeral port). It answers magic numbers (<see cref="MagicNumbers"/>) with
/// documented profiles and every other number with a deterministic pseudo-random one, acts out scripted faults
/// (<see cref="Faults"/>) and counts requests, lookups and billed lookups (<see cref="Bind"/>, <see cref="Ipqs"/>).
/// </summary>
/// <remarks>
/// <para>Where the vendors' documentation is silent, the emulator chooses as follows:</para>
/// <list type="bullet">
/// <item><description>Bind items with any code but 0 carry only <c>date</c>, <c>msisdn</c> and <c>response</c> (the
/// fields the OpenAPI marks required); <c>msisdn</c> echoes the item as sent; duplicates in a batch are answered (and
/// billed) once per occurrence.</description></item>
/// <item><description>Bind answers 400 <c>text/plain</c> to a body that is not <c>{"msisdn":[…]}</c> and to more than
/// <see cref="NumberIntelEmulatorOptions.BindMaxBatchSize"/> numbers; the key is checked first. <c>callback_url</c> is
/// recorded and never called.</description></item>
/// <item><description>Bind leaves values it does not know <c>null</c> (network codes of fixed lines, port dates of
/// never-ported numbers, breach dates without breaches); IPQS writes <c>"N/A"</c>.</description></item>
/// <item><description>IPQS answers every <c>success:true</c> body with <c>message: "Success."</c>, also for
/// <c>valid:false</c>; a missing <c>phone</c> gets <c>success:false</c> "Invalid phone number." (not billed);
/// <c>name</c> and <c>active_status</c> are <c>"N/A"</c> unless <c>enhanced_name_check</c> /
/// <c>enhanced_line_check</c> is sent; <c>transaction_details</c> appears only when <c>billing_*</c>,
/// <c>shipping_*</c> or <c>username</c> parameters are sent.</description></item>
/// <item><description><c>strictness</c> raises a pseudo-random number's fraud score by 5 per level; magic numbers never
/// move. National numbers are placed with <c>country[]</c> in the order given; without a country, digits are read as
/// calling code first.</description></item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// await using var emulator = await NumberIntelEmulator.StartAsync();
/// var bind = new BindClient(new HttpClient(), emulator.CreateBindOptions());
/// var result = await bind.ScoreAsync(MagicNumbers.HrVerifiedMobile, ct);
/// Assert.Equal(1, emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
/// </code>
/// </example>
public sealed class NumberIntelEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private int _disposed;

    private NumberIntelEmulator(WebApplication app, CancellationTokenSource stopping, Uri baseAddress, NumberIntelEmulatorOptions options, EmulatorVendorCounters bind, EmulatorVendorCounters ipqs, EmulatorFaults faults)
    {
        _app = app;
        _stopping = stopping;
        BaseAddress = baseAddress;
        BindBaseAddress = new Uri(baseAddress, EmulatorHandler.BindPrefix.TrimStart('/'));
        IpqsBaseAddress = new Uri(baseAddress, EmulatorHandler.IpqsPrefix.TrimStart('/'));
        BindApiKey = options.BindApiKey;
        IpqsApiKey = options.IpqsApiKey;
        Bind = bind;
        Ipqs = ipqs;
        Faults = faults;
    }

    /// <summary>The emulator's root, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Bind's base address (<c>{root}bind/</c>); the SDK appends <c>lookup/number-scoring</c>.</summary>
    public Uri BindBaseAddress { get; }

    /// <summary>IPQS's base address (<c>{root}ipqs/api/</c>); the SDK appends <c>json/phone</c>.</summary>
    public Uri IpqsBaseAddress { get; }

    /// <summary>The <c>X-API-KEY</c> Bind accepts.</summary>
    public string BindApiKey { get; }

    /// <summary>The <c>IPQS-KEY</c> IPQS accepts.</summary>
    public string IpqsApiKey { get; }

    /// <summary>Bind's counters and received requests.</summary>
    public EmulatorVendorCounters Bind { get; }

    /// <summary>IPQS's counters and received requests.</summary>
    public EmulatorVendorCounters Ipqs { get; }

    /// <summary>The scripted-fault queue.</summary>
    public EmulatorFaults Faults { get; }

    /// <summary>Starts an emulator on <c>127.0.0.1</c> with an ephemeral port.</summary>
    /// <param name="options">Keys, batch cap, clock and per-vendor rates; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    public static async Task<NumberIntelEmulator> StartAsync(NumberIntelEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new NumberIntelEmulatorOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BindMaxBatchSize, 1);
        var snapshot = new NumberIntelEmulatorOptions
        {
            BindApiKey = options.BindApiKey ?? string.Empty,
            IpqsApiKey = options.IpqsApiKey ?? string.Empty,
            BindMaxBatchSize = options.BindMaxBatchSize,
            TimeProvider = options.TimeProvider,
            BindPermitsPerSecond = options.BindPermitsPerSecond,
            BindBurstSize = options.BindBurstSize,
            IpqsPermitsPerSecond = options.IpqsPermitsPerSecond,
            IpqsBurstSize = options.IpqsBurstSize,
        };

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(NumberIntelEmulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });

        // Nothing from the host application's configuration (appsettings, environment) may reach the emulator's Kestrel.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(5));
        builder.Services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        var app = builder.Build();
        var stopping = new CancellationTokenSource();
        var bind = new EmulatorVendorCounters(NumberIntelVendor.Bind);
        var ipqs = new EmulatorVendorCounters(NumberIntelVendor.Ipqs);
        var faults = new EmulatorFaults();
        var handler = new EmulatorHandler(snapshot, bind, ipqs, faults, stopping.Token);
        app.UseResponseCompression();
        app.Run(handler.HandleAsync);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            stopping.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new NumberIntelEmulator(app, stopping, new Uri(address.TrimEnd('/') + "/"), snapshot, bind, ipqs, faults);
    }

    /// <summary>SDK options for Bind pointed at this emulator, with its key.</summary>
    /// <returns>New options.</returns>
    public BindOptions CreateBindOptions() => new() { ApiKey = BindApiKey, BaseAddress = BindBaseAddress };

    /// <summary>SDK options for IPQS pointed at this emulator, with its key.</summary>
    /// <returns>New options.</returns>
    public IpqsOptions CreateIpqsOptions() => new() { ApiKey = IpqsApiKey, BaseAddress = IpqsBaseAddress };

    /// <summary>Clears both vendors' counters and every scripted fault (held requests are released).</summary>
    public void Reset()
    {
        Bind.Reset();
        Ipqs.Reset();
        Faults.Clear();
    }

    /// <summary>Stops the emulator: held and delayed requests end without an answer, the port is closed.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        Faults.ReleaseAll();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
