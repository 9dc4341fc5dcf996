namespace NumberIntel.Client.Testing;

/// <summary>Settings of a <see cref="NumberIntelEmulator"/>.</summary>
public sealed class NumberIntelEmulatorOptions
{
    /// <summary>The Bind key the emulator accepts unless told otherwise.</summary>
    public const string DefaultBindApiKey = "emulator-bind-key";

    /// <summary>The IPQS key the emulator accepts unless told otherwise.</summary>
    public const string DefaultIpqsApiKey = "emulator-ipqs-key";

    /// <summary>The default of <see cref="RecentRequestLimit"/>.</summary>
    public const int DefaultRecentRequestLimit = 10_000;

    /// <summary>The default of <see cref="NumberCountLimit"/>.</summary>
    public const int DefaultNumberCountLimit = 100_000;

    /// <summary>The only <c>X-API-KEY</c> Bind accepts. Default <see cref="DefaultBindApiKey"/>.</summary>
    public string BindApiKey { get; set; } = DefaultBindApiKey;

    /// <summary>The only <c>IPQS-KEY</c> (or key-in-path) IPQS accepts. Default <see cref="DefaultIpqsApiKey"/>.</summary>
    public string IpqsApiKey { get; set; } = DefaultIpqsApiKey;

    /// <summary>The most MSISDNs Bind accepts in one request; larger bodies get 400. Default 100, as the SDK's batch cap.</summary>
    public int BindMaxBatchSize { get; set; } = 100;

    /// <summary>The clock of Bind's <c>date</c>, of recorded requests and of <see cref="EmulatorFault.Delayed"/> faults. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Bind's rate for this account in MSISDNs per second, as the real vendor enforces an allocation: the items of a request
    /// beyond it are answered with code 4 (throttled, looked up, not billed; counted in <see cref="EmulatorVendorCounters.Throttled"/>).
    /// </summary>
    /// <value>The default value is null: no limit.</value>
    public double? BindPermitsPerSecond { get; set; }

    /// <summary>The most MSISDNs Bind lets through at once before its rate applies (the bucket's size).</summary>
    /// <value>The default value is 0: one second's worth of <see cref="BindPermitsPerSecond"/>.</value>
    public int BindBurstSize { get; set; }

    /// <summary>
    /// IPQS's rate for this account in requests per second: a request beyond it gets HTTP 429 with <c>Retry-After</c>
    /// (not looked up, not billed; counted in <see cref="EmulatorVendorCounters.Throttled"/>).
    /// </summary>
    /// <value>The default value is null: no limit.</value>
    public double? IpqsPermitsPerSecond { get; set; }

    /// <summary>The most IPQS requests let through at once before its rate applies (the bucket's size).</summary>
    /// <value>The default value is 0: one second's worth of <see cref="IpqsPermitsPerSecond"/>.</value>
    public int IpqsBurstSize { get; set; }

    /// <summary>
    /// How many of the most recent requests each vendor's counters keep (<see cref="EmulatorVendorCounters.ReceivedRequests"/>,
    /// <see cref="EmulatorVendorCounters.BatchSizes"/>); older ones are dropped, the totals stay exact. 0 keeps none.
    /// Default <see cref="DefaultRecentRequestLimit"/> (a bulk run of millions of numbers keeps memory flat).
    /// </summary>
    public int RecentRequestLimit { get; set; } = DefaultRecentRequestLimit;

    /// <summary>
    /// For how many distinct numbers each vendor's counters keep per-number counts (<see cref="EmulatorVendorCounters.LookupCount"/>,
    /// <see cref="EmulatorVendorCounters.BilledCount"/>, <see cref="EmulatorVendorCounters.BilledByNumber"/>); later numbers
    /// count in the totals only. 0 keeps none. Default <see cref="DefaultNumberCountLimit"/>.
    /// </summary>
    public int NumberCountLimit { get; set; } = DefaultNumberCountLimit;
}
