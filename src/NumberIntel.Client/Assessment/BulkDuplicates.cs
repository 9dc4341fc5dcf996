namespace NumberIntel.Client.Assessment;

/// <summary>
/// The duplicate tracking of a bulk run, used by the reader alone: the entries of the last <c>DuplicateWindow</c> distinct
/// numbers (those still in flight are always kept) and the set of every MSISDN seen, as 64-bit integers.
/// </summary>
internal sealed class BulkDuplicates(int duplicateWindow, int windowSize)
{
    private readonly Dictionary<long, BulkEntry> _recent = [];
    private readonly Queue<long> _recentOrder = new();
    private readonly HashSet<long> _seen = [];

    /// <summary>The MSISDN as a number: at most 15 digits, never a leading 0 (calling codes start 1-9), so the value is the MSISDN, exactly.</summary>
    public static long KeyOf(string msisdn)
    {
        long key = 0;
        foreach (var c in msisdn)
        {
            key = (key * 10) + (c - '0');
        }

        return key;
    }

    /// <summary>The entry of a recent (or in-flight) number with this key.</summary>
    public bool TryGetRecent(long key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BulkEntry? entry) => _recent.TryGetValue(key, out entry);

    /// <summary>Records the key as seen; true when it had been seen before (long ago: it is looked up again, the cache may still answer).</summary>
    public bool SeenBefore(long key) => !_seen.Add(key);

    /// <summary>Keeps a new entry for repeats, and forgets the oldest finished ones beyond the duplicate window.</summary>
    public void Remember(long key, BulkEntry entry)
    {
        _recent[key] = entry;
        _recentOrder.Enqueue(key);

        // Forget the oldest answers beyond the duplicate window; numbers still in flight are always kept (at most the window's worth).
        var rotations = 0;
        while (_recentOrder.Count > duplicateWindow && rotations <= windowSize)
        {
            var oldest = _recentOrder.Dequeue();
            if (!_recent[oldest].IsCompleted)
            {
                _recentOrder.Enqueue(oldest);
                rotations++;
                continue;
            }

            _recent.Remove(oldest);
        }
    }

    /// <summary>Lets the big parts go (the finished enumerator may stay referenced for a while).</summary>
    public void Clear()
    {
        _seen.Clear();
        _seen.TrimExcess();
        _recent.Clear();
        _recent.TrimExcess();
        _recentOrder.Clear();
        _recentOrder.TrimExcess();
    }
}
