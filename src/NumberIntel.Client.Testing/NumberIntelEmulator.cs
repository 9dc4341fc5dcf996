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
/// <para>The emulator is a bare Kestrel server, not a generic host: starting it anywhere in an application (also in
/// <c>Program.cs</c> before the application's own host is built) leaves <c>WebApplicationFactory&lt;Program&gt;</c>
/// undisturbed, and it starts no ASP.NET Core request activities, so its requests never show up in the application's
/// traces. In an application with a host, <c>UseSandbox()</c> starts and stops it with the host.</para>
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
    private readonly EmulatorServer _server;
    private readonly CancellationTokenSource _stopping;
    private int _disposed;

    private NumberIntelEmulator(EmulatorServer server, CancellationTokenSource stopping, NumberIntelEmulatorOptions options, EmulatorVendorCounters bind, EmulatorVendorCounters ipqs, EmulatorFaults faults)
    {
        _server = server;
        _stopping = stopping;
        BaseAddress = server.BaseAddress;
        BindBaseAddress = new Uri(BaseAddress, EmulatorHandler.BindPrefix.TrimStart('/'));
        IpqsBaseAddress = new Uri(BaseAddress, EmulatorHandler.IpqsPrefix.TrimStart('/'));
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
        var emulator = CreateBound(options);
        try
        {
            await emulator.StartServingAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return emulator;
    }

    /// <summary>
    /// Creates an emulator whose loopback socket is bound and listening (so its addresses are known) but which does not
    /// answer until <see cref="StartServingAsync"/>; connections made before that wait in the socket's backlog.
    /// </summary>
    /// <param name="options">Keys, batch cap and clock; defaults when null.</param>
    /// <returns>The bound emulator; dispose it to close the socket.</returns>
    internal static NumberIntelEmulator CreateBound(NumberIntelEmulatorOptions? options)
    {
        options ??= new NumberIntelEmulatorOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BindMaxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.RecentRequestLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(options.NumberCountLimit);
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
            RecentRequestLimit = options.RecentRequestLimit,
            NumberCountLimit = options.NumberCountLimit,
        };

        var stopping = new CancellationTokenSource();
        var bind = new EmulatorVendorCounters(NumberIntelVendor.Bind, snapshot.RecentRequestLimit, snapshot.NumberCountLimit);
        var ipqs = new EmulatorVendorCounters(NumberIntelVendor.Ipqs, snapshot.RecentRequestLimit, snapshot.NumberCountLimit);
        var faults = new EmulatorFaults();
        var handler = new EmulatorHandler(snapshot, bind, ipqs, faults, stopping.Token);
        try
        {
            return new NumberIntelEmulator(EmulatorServer.Bind(handler.HandleAsync), stopping, snapshot, bind, ipqs, faults);
        }
        catch
        {
            stopping.Dispose();
            throw;
        }
    }

    /// <summary>Starts answering requests (once; later calls do nothing).</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the emulator answers.</returns>
    internal Task StartServingAsync(CancellationToken cancellationToken) => _server.StartAsync(cancellationToken);

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
        await _server.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
