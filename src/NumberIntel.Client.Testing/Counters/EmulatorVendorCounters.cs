using System.Collections.Concurrent;

namespace NumberIntel.Client.Testing;

/// <summary>
/// What one emulated vendor has received and "billed" (<see cref="NumberIntelEmulator.Bind"/>, <see cref="NumberIntelEmulator.Ipqs"/>).
/// Thread-safe. Numbers are keyed by their digits (calling code first), so <c>BilledCount("+385 91 555 0101")</c> and
/// <c>BilledCount("385915550101")</c> are the same.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description><see cref="Requests"/>: every HTTP request to the vendor's endpoints, whatever the answer.</description></item>
/// <item><description><see cref="ReceivedRequests"/> and <see cref="BatchSizes"/>: the most recent
/// <see cref="NumberIntelEmulatorOptions.RecentRequestLimit"/> requests only, so a long bulk run against the emulator does
/// not keep one record per request for ever.</description></item>
/// <item><description>Per-number counts (<see cref="LookupCount"/>, <see cref="BilledCount"/>, <see cref="BilledByNumber"/>):
/// for the first <see cref="NumberIntelEmulatorOptions.NumberCountLimit"/> distinct numbers; later numbers count in the
/// totals only (<see cref="NumberCountsComplete"/> turns false).</description></item>
/// <item><description><see cref="LookupCount"/>: every time a number reached the vendor's lookup — the request got past
/// request-level faults, the key check and body validation. Bind items answered 2, 3, 4, 7 or 8 are looked up but not billed.</description></item>
/// <item><description><see cref="BilledCount"/>: Bind items answered with a final outcome (0, 1, 5, 6); IPQS answers with
/// <c>success:true</c> (valid or not). Request-level faults (HTTP errors, dropped connections, broken bodies, key and
/// account errors) bill nothing; a request whose client went away during a delay or hold is neither looked up nor billed.</description></item>
/// </list>
/// </remarks>
public sealed class EmulatorVendorCounters
{
    private readonly ConcurrentDictionary<string, long> _lookups = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _billed = new(StringComparer.Ordinal);
    private readonly RecentLog<int> _batchSizes;
    private readonly RecentLog<EmulatorRequest> _received;
    private readonly int _numberCountLimit;
    private long _requests;
    private int _numbersDropped;
    private long _lookupTotal;
    private long _billedTotal;
    private long _throttled;

    internal EmulatorVendorCounters(NumberIntelVendor vendor, int recentRequestLimit = NumberIntelEmulatorOptions.DefaultRecentRequestLimit, int numberCountLimit = NumberIntelEmulatorOptions.DefaultNumberCountLimit)
    {
        Vendor = vendor;
        _batchSizes = new RecentLog<int>(recentRequestLimit);
        _received = new RecentLog<EmulatorRequest>(recentRequestLimit);
        _numberCountLimit = numberCountLimit;
    }

    /// <summary>The vendor counted.</summary>
    public NumberIntelVendor Vendor { get; }

    /// <summary>HTTP requests received on the vendor's endpoints.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Numbers looked up, in total.</summary>
    public long Lookups => Interlocked.Read(ref _lookupTotal);

    /// <summary>Lookups billed, in total.</summary>
    public long Billed => Interlocked.Read(ref _billedTotal);

    /// <summary>
    /// Numbers (Bind items answered 4, IPQS requests answered 429) refused because they came faster than the vendor's rate
    /// (<see cref="NumberIntelEmulatorOptions.BindPermitsPerSecond"/>, <see cref="NumberIntelEmulatorOptions.IpqsPermitsPerSecond"/>).
    /// Never billed.
    /// </summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>
    /// The number of numbers in each request that reached the lookup, in arrival order (IPQS: always 1); the most recent
    /// <see cref="NumberIntelEmulatorOptions.RecentRequestLimit"/> only.
    /// </summary>
    public IReadOnlyList<int> BatchSizes => _batchSizes.Snapshot();

    /// <summary>The requests received, in arrival order; the most recent <see cref="NumberIntelEmulatorOptions.RecentRequestLimit"/> only.</summary>
    public IReadOnlyList<EmulatorRequest> ReceivedRequests => _received.Snapshot();

    /// <summary>
    /// False once more than <see cref="NumberIntelEmulatorOptions.NumberCountLimit"/> distinct numbers were looked up: the
    /// per-number counts then miss the later numbers (the totals stay exact).
    /// </summary>
    public bool NumberCountsComplete => Volatile.Read(ref _numbersDropped) == 0;

    /// <summary>Billed lookups per number (digits), e.g. to assert that nothing was paid twice (see <see cref="NumberCountsComplete"/>).</summary>
    public IReadOnlyDictionary<string, long> BilledByNumber => new Dictionary<string, long>(_billed, StringComparer.Ordinal);

    /// <summary>How many times <paramref name="number"/> was looked up.</summary>
    /// <param name="number">The number in any formatting, calling code first.</param>
    /// <returns>The count.</returns>
    public long LookupCount(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return _lookups.TryGetValue(NumberKey.Of(number), out var count) ? count : 0;
    }

    /// <summary>How many lookups of <paramref name="number"/> were billed.</summary>
    /// <param name="number">The number in any formatting, calling code first.</param>
    /// <returns>The count.</returns>
    public long BilledCount(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return _billed.TryGetValue(NumberKey.Of(number), out var count) ? count : 0;
    }

    /// <summary>Sets every counter back to zero and forgets the received requests.</summary>
    /// <remarks>Call it between test steps, not while requests are in flight: a concurrent request may be counted on either side.</remarks>
    public void Reset()
    {
        _lookups.Clear();
        _billed.Clear();
        _batchSizes.Clear();
        _received.Clear();
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _lookupTotal, 0);
        Interlocked.Exchange(ref _billedTotal, 0);
        Interlocked.Exchange(ref _throttled, 0);
        Interlocked.Exchange(ref _numbersDropped, 0);
    }

    internal void RecordRequest(EmulatorRequest request)
    {
        Interlocked.Increment(ref _requests);
        _received.Add(request);
    }

    internal void RecordBatch(int size) => _batchSizes.Add(size);

    internal void RecordLookup(string numberKey)
    {
        Count(_lookups, numberKey);
        Interlocked.Increment(ref _lookupTotal);
    }

    internal void RecordThrottled(int count) => Interlocked.Add(ref _throttled, count);

    internal void RecordBilled(string numberKey)
    {
        Count(_billed, numberKey);
        Interlocked.Increment(ref _billedTotal);
    }

    private void Count(ConcurrentDictionary<string, long> counts, string numberKey)
    {
        // Known numbers keep counting; a new one is added while there is room (Count is a snapshot: the limit may be
        // passed by a few under concurrency, which only matters for memory, not for the counts kept).
        if (counts.TryGetValue(numberKey, out _) || counts.Count < _numberCountLimit)
        {
            counts.AddOrUpdate(numberKey, 1, static (_, c) => c + 1);
        }
        else
        {
            Interlocked.Exchange(ref _numbersDropped, 1);
        }
    }
}
