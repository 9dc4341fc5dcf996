using System.Globalization;
using NumberIntel.Client;

namespace NumberIntel.Cli.Progress;

/// <summary>
/// The achieved rate of paid lookups per vendor (Bind: MSISDNs, IPQS: requests — the units of
/// <see cref="NumberIntelRateLimitOptions.PermitsPerSecond"/>) over a sliding window, shown next to the configured
/// allocation in the progress line: <c>IPQS 99.6/100 per s · Bind 398/400 per s</c>.
/// </summary>
internal sealed class VendorRateMeter
{
    /// <summary>The default window: long enough to smooth the ordered output's stalls, short enough to follow a change.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromSeconds(10);

    private readonly Queue<Sample> _samples = new();
    private readonly TimeSpan _window;
    private Sample _last;

    /// <param name="allocation">Which vendors the run asks and their configured rates.</param>
    /// <param name="window">The span the achieved rate is measured over (the whole run until it is that long).</param>
    public VendorRateMeter(VendorAllocation allocation, TimeSpan window)
    {
        Allocation = allocation;
        _window = window;
        _samples.Enqueue(new Sample(TimeSpan.Zero, 0, 0));
    }

    public VendorAllocation Allocation { get; }

    /// <summary>Paid Bind lookups per second over the window.</summary>
    public double BindRate => Rate(static s => s.Bind);

    /// <summary>Paid IPQS lookups per second over the window.</summary>
    public double IpqsRate => Rate(static s => s.Ipqs);

    /// <summary>Records the run's paid counts at <paramref name="elapsed"/> (since the run started); drops samples older than the window.</summary>
    public void Observe(TimeSpan elapsed, long paidBind, long paidIpqs)
    {
        _last = new Sample(elapsed, paidBind, paidIpqs);
        _samples.Enqueue(_last);
        var start = elapsed - _window;
        while (_samples.Count > 2 && _samples.ElementAt(1).At <= start)
        {
            _samples.Dequeue();
        }
    }

    /// <summary>The progress line's vendor part, IPQS first; empty when the run asks no vendor.</summary>
    public string Describe()
    {
        var parts = new List<string>(2);
        if (Allocation.Ipqs)
        {
            parts.Add(Format("IPQS", IpqsRate, Allocation.IpqsPerSecond));
        }

        if (Allocation.Bind)
        {
            parts.Add(Format("Bind", BindRate, Allocation.BindPerSecond));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>
    /// One vendor's figures: the achieved rate with one decimal below 100/s (whole numbers above), then the configured
    /// rate when the client-side limiter is on (<c>IPQS 99.6/100 per s</c>), else the achieved rate alone (<c>IPQS 99.6 per s</c>).
    /// </summary>
    internal static string Format(string vendor, double achieved, double? configured)
    {
        var c = CultureInfo.InvariantCulture;
        var rate = achieved < 100 ? achieved.ToString("0.0", c) : achieved.ToString("#,##0", c);
        return configured is { } limit
            ? string.Create(c, $"{vendor} {rate}/{limit.ToString("#,##0.##", c)} per s")
            : string.Create(c, $"{vendor} {rate} per s");
    }

    private double Rate(Func<Sample, long> count)
    {
        var first = _samples.Peek();
        var seconds = (_last.At - first.At).TotalSeconds;
        return seconds > 0 ? (count(_last) - count(first)) / seconds : 0;
    }

    private readonly record struct Sample(TimeSpan At, long Bind, long Ipqs);
}
