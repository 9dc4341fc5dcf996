namespace NumberIntel.Client.Testing.Hosting;

/// <summary>
/// A vendor's per-account rate as the emulator enforces it: a token bucket of <c>permitsPerSecond</c>, holding at most
/// <c>burst</c> permits (full at start), on the emulator's <see cref="TimeProvider"/>. Thread-safe.
/// </summary>
internal sealed class EmulatorRateGate
{
    private readonly object _lock = new();
    private readonly TimeProvider _time;
    private readonly double _perSecond;
    private readonly double _burst;
    private double _tokens;
    private DateTimeOffset _last;

    public EmulatorRateGate(TimeProvider time, double permitsPerSecond, int burst)
    {
        _time = time;
        _perSecond = permitsPerSecond;
        _burst = burst > 0 ? burst : Math.Max(1, Math.Ceiling(permitsPerSecond));
        _tokens = _burst;
        _last = time.GetUtcNow();
    }

    /// <summary>A gate for the given rate, or null when the rate is not limited (null or not positive).</summary>
    public static EmulatorRateGate? Create(TimeProvider time, double? permitsPerSecond, int burst) =>
        permitsPerSecond is > 0 and var rate ? new EmulatorRateGate(time, rate, burst) : null;

    /// <summary>Takes up to <paramref name="wanted"/> permits; returns how many were granted (the first items of a batch).</summary>
    public int Take(int wanted, out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            _tokens = Math.Min(_burst, _tokens + (Math.Max(0, (now - _last).TotalSeconds) * _perSecond));
            _last = now;
            var granted = (int)Math.Min(wanted, Math.Floor(_tokens));
            _tokens -= granted;
            retryAfter = granted == wanted ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - (_tokens % 1)) / _perSecond);
            return granted;
        }
    }
}
