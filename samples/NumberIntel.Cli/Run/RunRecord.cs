using NumberIntel.Client;
using NumberIntel.Client.Confidence;

namespace NumberIntel.Cli.Run;

/// <summary>
/// The run's memory of every distinct number it has assessed, so that within one run (and a resumed one) a number is
/// bought at most once per vendor whatever the SDK's cache settings: a repeat is answered from here and never reaches
/// the SDK. Compact and label-level: per number its first index, label, line type, disposable/degraded flags and
/// interned carrier, country, reasons and error codes — 60 to 75 bytes a number (measured: see the README), never the
/// vendors' full answers. Bounded by <see cref="Limit"/> distinct numbers; past it, repeats of numbers not recorded go
/// to the SDK again (its duplicate window and cache still apply) and the summary says so.
/// </summary>
/// <remarks>Thread-safe: the input side claims numbers while the output side completes them.</remarks>
internal sealed class RunRecord(int limit = RunRecord.DefaultLimit)
{
    /// <summary>The default bound: 5,000,000 distinct numbers (about 300 MB at the most, measured).</summary>
    public const int DefaultLimit = 5_000_000;

    private const byte Completed = 1;
    private const byte IsDisposable = 2;
    private const byte IsDegraded = 4;
    private const byte NoMsisdn = 8;

    private readonly Dictionary<long, Entry> _entries = [];
    private readonly Dictionary<string, int> _stringIds = new(StringComparer.Ordinal) { [string.Empty] = 0 };
    private readonly List<string> _strings = [string.Empty];
    private readonly Lock _lock = new();

    public int Limit { get; } = limit;

    /// <summary>Distinct numbers recorded.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>True once a number could not be recorded because <see cref="Limit"/> was reached.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>The number as a key: its MSISDN digits as a value (at most 15 digits, no leading zero).</summary>
    public static long KeyOf(string msisdn)
    {
        long key = 0;
        foreach (var c in msisdn)
        {
            key = (key * 10) + (c - '0');
        }

        return key;
    }

    /// <summary>
    /// The input side: the number of the input at <paramref name="index"/>. Returns true with the first index when the
    /// number was seen before (answer it from here); false when this is its first input (reserved: look it up) or the
    /// record is full (<paramref name="recorded"/> false: look it up, nothing kept).
    /// </summary>
    public bool TryClaim(long key, long index, out long firstIndex, out bool recorded)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                firstIndex = entry.FirstIndex;
                recorded = true;
                return true;
            }

            firstIndex = index;
            recorded = _entries.Count < Limit;
            if (recorded)
            {
                _entries[key] = new Entry { FirstIndex = index };
            }
            else
            {
                Overflowed = true;
            }

            return false;
        }
    }

    /// <summary>The output side: the first input of a number has been written; its repeats will read this.</summary>
    public void Complete(long key, ResultRow row)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                _entries[key] = Fill(entry.FirstIndex, row);
            }
        }
    }

    /// <summary>Resume: a number the earlier output already holds (its first line); kept if new.</summary>
    public void Load(long key, ResultRow row)
    {
        lock (_lock)
        {
            if (!_entries.ContainsKey(key) && _entries.Count < Limit)
            {
                _entries[key] = Fill(row.Index, row);
            }
        }
    }

    /// <summary>The row of a repeat: the first input's answer, with this input's index, text and CRM row.</summary>
    public ResultRow Repeat(long key, long index, string input, IReadOnlyList<string>? row)
    {
        lock (_lock)
        {
            var entry = _entries[key];
            if ((entry.Flags & Completed) == 0)
            {
                throw new InvalidOperationException("A repeat was written before the first input of its number.");
            }

            return new ResultRow
            {
                Index = index,
                Input = input,
                Msisdn = (entry.Flags & NoMsisdn) != 0 ? null : Msisdn(key),
                Label = (ConfidenceLabel)entry.Label,
                LineType = (LineType)entry.LineType,
                Carrier = NullIfEmpty(_strings[entry.Carrier]),
                Country = NullIfEmpty(_strings[entry.Country]),
                Disposable = (entry.Flags & IsDisposable) != 0,
                Degraded = (entry.Flags & IsDegraded) != 0,
                Errors = Split(_strings[entry.Errors]),
                Reasons = Split(_strings[entry.Reasons]),
                DuplicateOf = entry.FirstIndex,
                Row = row,
            };
        }
    }

    private static string Msisdn(long key) => key.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string[] Split(string joined) => joined.Length == 0 ? [] : joined.Split(' ');

    private Entry Fill(long firstIndex, ResultRow row) => new()
    {
        FirstIndex = firstIndex,
        Label = (byte)row.Label,
        LineType = (byte)row.LineType,
        Flags = (byte)(Completed | (row.Disposable ? IsDisposable : 0) | (row.Degraded ? IsDegraded : 0) | (row.Msisdn is null ? NoMsisdn : 0)),
        Carrier = Intern(row.Carrier),
        Country = Intern(row.Country),
        Errors = Intern(string.Join(' ', row.Errors)),
        Reasons = Intern(string.Join(' ', row.Reasons)),
    };

    private int Intern(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        if (!_stringIds.TryGetValue(value, out var id))
        {
            id = _strings.Count;
            _strings.Add(value);
            _stringIds[value] = id;
        }

        return id;
    }

    /// <summary>32 bytes: what a repeat's line needs, strings by id.</summary>
    private struct Entry
    {
        public long FirstIndex;
        public int Carrier;
        public int Country;
        public int Reasons;
        public int Errors;
        public byte Label;
        public byte LineType;
        public byte Flags;
    }
}
