using Microsoft.Extensions.Time.Testing;

namespace NumberIntel.Client.Tests.Infrastructure;

/// <summary>
/// Microsoft's <see cref="FakeTimeProvider"/> plus what it lacks for retry tests: a way to wait until the code under
/// test arms a timer (a back-off, a timeout), without sleeping. Every wait is bounded, so a regression fails the test
/// instead of hanging it.
/// </summary>
public sealed class TimerAwareTimeProvider : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ObservedTimer> _armed = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Signal)> _waiters = [];
    private readonly List<TimeSpan> _scheduled = [];

    /// <summary>Creates a clock at <paramref name="start"/> (default: Microsoft's, 2000-01-01T00:00:00Z).</summary>
    public TimerAwareTimeProvider(DateTimeOffset? start = null)
        : base(start ?? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Every positive due time a timer was armed with, in order (back-offs, timeouts).</summary>
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

    /// <summary>How far the clock has moved since it was created.</summary>
    public TimeSpan Elapsed => GetUtcNow() - Start;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var observed = new ObservedTimer(this);
        observed.Inner = base.CreateTimer(
            s =>
            {
                observed.OnFired();
                callback(s);
            },
            state,
            Timeout.InfiniteTimeSpan,
            Timeout.InfiniteTimeSpan);
        observed.Change(dueTime, period);
        return observed;
    }

    /// <summary>Completes when any timer with a positive due time is armed (or already is); fails after <paramref name="timeout"/>.</summary>
    public Task<TimeSpan> WaitForTimerAsync(TimeSpan timeout) => WaitForTimerAsync(_ => true, timeout);

    /// <summary>
    /// Completes when a timer whose due time matches is armed (or already is): lets a test wait for a back-off to be
    /// scheduled, then <see cref="FakeTimeProvider.Advance(TimeSpan)"/> past it. Fails with a <see cref="TimeoutException"/>
    /// after <paramref name="timeout"/>.
    /// </summary>
    public Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, TimeSpan timeout) =>
        WaitForTimerCoreAsync(match, CancellationToken.None).WaitAsync(timeout);

    /// <summary>
    /// Disposes <paramref name="services"/> whose resilience pipelines run on this clock. Polly disposes a pipeline only
    /// once the executions in flight on it have finished, re-checking once a second of the pipeline's clock — this one,
    /// which moves only when told; a call a test cancelled may still be unwinding. So the clock is driven (bounded by
    /// <paramref name="timeout"/>) until the disposal is done, instead of hanging on it.
    /// </summary>
    public Task DisposeDrivingClockAsync(IAsyncDisposable services, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(services);
        return RunAsync(DisposeAsync(services), due => due == TimeSpan.FromSeconds(1), timeout);

        static async Task<bool> DisposeAsync(IAsyncDisposable services)
        {
            await services.DisposeAsync();
            return true;
        }
    }

    /// <summary>
    /// Drives <paramref name="work"/> to completion: each time a timer matching <paramref name="match"/> is armed, the
    /// clock is advanced by its due time. Fails if the work does not finish within <paramref name="timeout"/> (real
    /// time) or <paramref name="maxAdvances"/> advances.
    /// </summary>
    public async Task<T> RunAsync<T>(Task<T> work, Func<TimeSpan, bool> match, TimeSpan timeout, int maxAdvances = 100)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var deadline = new CancellationTokenSource(timeout);
        for (var i = 0; i < maxAdvances && !work.IsCompleted; i++)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
            var timer = WaitForTimerCoreAsync(match, stop.Token);
            var first = await Task.WhenAny(work, timer);
            if (first == work)
            {
                await stop.CancelAsync();
                break;
            }

            if (timer.IsCanceled)
            {
                throw new TimeoutException($"The work did not finish within {timeout} after {i} advances of the fake clock.");
            }

            Advance(await timer);
        }

        return await work.WaitAsync(deadline.Token.IsCancellationRequested ? TimeSpan.Zero : timeout);
    }

    private Task<TimeSpan> WaitForTimerCoreAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        lock (_gate)
        {
            foreach (var t in _armed)
            {
                if (match(t.DueTime))
                {
                    return Task.FromResult(t.DueTime);
                }
            }

            var signal = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            var waiter = (match, signal);
            _waiters.Add(waiter);
            cancellationToken.Register(() =>
            {
                lock (_gate)
                {
                    _waiters.Remove(waiter);
                }

                signal.TrySetCanceled(cancellationToken);
            });
            return signal.Task;
        }
    }

    private void OnArmed(ObservedTimer timer, TimeSpan dueTime)
    {
        List<TaskCompletionSource<TimeSpan>> signals = [];
        lock (_gate)
        {
            _armed.Remove(timer);
            if (dueTime <= TimeSpan.Zero || dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.DueTime = dueTime;
            _armed.Add(timer);
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

        foreach (var s in signals)
        {
            s.TrySetResult(dueTime);
        }
    }

    private void OnDisarmed(ObservedTimer timer)
    {
        lock (_gate)
        {
            _armed.Remove(timer);
        }
    }

    /// <summary>Wraps the fake's timer to see when it is armed, fires and is disposed.</summary>
    private sealed class ObservedTimer(TimerAwareTimeProvider owner) : ITimer
    {
        private TimeSpan _period;

        public ITimer Inner { get; set; } = null!;

        public TimeSpan DueTime { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            owner.OnDisarmed(this);
            var changed = Inner.Change(dueTime, period);
            owner.OnArmed(this, dueTime);
            return changed;
        }

        public void OnFired()
        {
            if (_period <= TimeSpan.Zero || _period == Timeout.InfiniteTimeSpan)
            {
                owner.OnDisarmed(this);
            }
        }

        public void Dispose()
        {
            owner.OnDisarmed(this);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            owner.OnDisarmed(this);
            return Inner.DisposeAsync();
        }
    }
}
