namespace NumberIntel.Client.Tests.Infrastructure;

/// <summary>
/// A manual clock for tests: time moves only when <see cref="Advance"/> is called, timers fire when their due time is
/// reached, and tests can wait for a timer to be armed (a retry scheduling its back-off) instead of sleeping.
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Signal)> _waiters = [];
    private readonly List<TimeSpan> _scheduled = [];
    private DateTimeOffset _now;

    /// <summary>Creates a clock at <paramref name="start"/> (default 2026-01-01T00:00:00Z).</summary>
    public FakeTimeProvider(DateTimeOffset? start = null) => _now = start ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Every due time a timer was armed with, in order (back-offs, timeouts).</summary>
    public IReadOnlyList<TimeSpan> ScheduledDueTimes
    {
        get
        {
            lock (_gate)
            {
                return [.. _scheduled];
            }
        }
    }

    /// <summary>How far the clock has been advanced in total.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward and fires every timer that comes due, in due order.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + delta;
            Elapsed += delta;
        }

        while (true)
        {
            FakeTimer? next = null;
            lock (_gate)
            {
                foreach (var t in _timers)
                {
                    if (t.DueAt is { } due && due <= target && (next is null || due < next.DueAt))
                    {
                        next = t;
                    }
                }

                if (next is null)
                {
                    _now = target;
                    return;
                }

                _now = next.DueAt!.Value;
                next.DueAt = next.Period > TimeSpan.Zero ? _now + next.Period : null;
                if (next.DueAt is null)
                {
                    _timers.Remove(next);
                }
            }

            next.Fire();
        }
    }

    /// <summary>
    /// Completes when a timer whose due time matches is armed (or already is): lets a test wait for a back-off to be
    /// scheduled, then <see cref="Advance"/> past it.
    /// </summary>
    public Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var t in _timers)
            {
                if (t.DueTime is { } due && match(due))
                {
                    return Task.FromResult(due);
                }
            }

            var signal = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            cancellationToken.Register(() => signal.TrySetCanceled(cancellationToken));
            return signal.Task;
        }
    }

    /// <summary>
    /// Drives <paramref name="work"/> to completion: each time a timer matching <paramref name="match"/> is armed,
    /// the clock is advanced by its due time. Fails if the work does not finish within <paramref name="maxAdvances"/> advances.
    /// </summary>
    public async Task<T> RunAsync<T>(Task<T> work, Func<TimeSpan, bool> match, int maxAdvances = 100)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var i = 0; i < maxAdvances && !work.IsCompleted; i++)
        {
            using var stop = new CancellationTokenSource();
            var timer = WaitForTimerAsync(match, stop.Token);
            var first = await Task.WhenAny(work, timer);
            if (first == work)
            {
                await stop.CancelAsync();
                break;
            }

            Advance(await timer);
        }

        return await work;
    }

    private void Arm(FakeTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        List<TaskCompletionSource<TimeSpan>> signals = [];
        var fireNow = false;
        lock (_gate)
        {
            _timers.Remove(timer);
            timer.Period = period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                timer.DueAt = null;
                timer.DueTime = null;
                return;
            }

            if (dueTime <= TimeSpan.Zero)
            {
                fireNow = true;
                timer.DueAt = period > TimeSpan.Zero ? _now + period : null;
                timer.DueTime = null;
            }
            else
            {
                timer.DueAt = _now + dueTime;
                timer.DueTime = dueTime;
                _scheduled.Add(dueTime);
                for (var i = _waiters.Count - 1; i >= 0; i--)
                {
                    if (_waiters[i].Match(dueTime))
                    {
                        signals.Add(_waiters[i].Signal);
                        _waiters.RemoveAt(i);
                    }
                }
            }

            if (timer.DueAt is not null)
            {
                _timers.Add(timer);
            }
        }

        foreach (var s in signals)
        {
            s.TrySetResult(dueTime);
        }

        if (fireNow)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static t => t.Fire(), timer, preferLocal: false);
        }
    }

    private void Disarm(FakeTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan? DueTime { get; set; }

        public TimeSpan Period { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Arm(this, dueTime, period);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Disarm(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
