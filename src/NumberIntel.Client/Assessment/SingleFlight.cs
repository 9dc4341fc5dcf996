namespace NumberIntel.Client.Assessment;

/// <summary>
/// Concurrent callers that need the same thing (one vendor's answer for one MSISDN and request variant) share one piece of
/// work: the first caller starts it, the others join it, and every caller awaits the shared task with its own token.
/// </summary>
/// <remarks>
/// <para>The work runs on its own token, not on a caller's: one caller's cancellation only stops that caller's wait. The
/// work is cancelled when every caller has stopped waiting (nobody needs the answer any more); otherwise it is bounded by
/// the vendor clients' own timeouts.</para>
/// <para>A flight whose work was cancelled while a caller still waited (its owner was a bulk run that ended) is not an
/// answer: that caller starts (or joins) a new flight, at most <see cref="MaxRestarts"/> times.</para>
/// <para>A flight is forgotten as soon as its work ends: later callers find the answer in the cache, not here.</para>
/// </remarks>
/// <typeparam name="T">The shared result.</typeparam>
internal sealed class SingleFlight<T>
{
    /// <summary>How often a caller starts again after a flight was cancelled under it.</summary>
    public const int MaxRestarts = 3;

    private readonly Dictionary<string, Flight> _flights = new(StringComparer.Ordinal);

    /// <summary>The number of flights in progress (for tests).</summary>
    public int Count
    {
        get
        {
            lock (_flights)
            {
                return _flights.Count;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> with <paramref name="state"/> for <paramref name="key"/>, or joins the run in
    /// progress. The work is a static delegate plus its state, so no closure is allocated per call.
    /// </summary>
    /// <typeparam name="TState">What the work needs.</typeparam>
    /// <param name="key">What the work is about (vendor, MSISDN, settings that change the answer).</param>
    /// <param name="state">Passed to <paramref name="work"/>.</param>
    /// <param name="work">The work; it gets the flight's token, not the caller's.</param>
    /// <param name="joined">Called, before waiting, when this caller joins a flight that another caller started.</param>
    /// <param name="cancellationToken">The caller's token: cancels only this caller's wait.</param>
    /// <returns>The result, and whether this caller shared another caller's work.</returns>
    public async ValueTask<(T Value, bool Shared)> RunAsync<TState>(
        string key, TState state, Func<TState, CancellationToken, Task<T>> work, Action? joined, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            // A caller whose token is already cancelled still joins and leaves: the work it starts sees its cancellation.
            if (attempt > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Flight flight;
            bool owner;
            lock (_flights)
            {
                owner = !_flights.TryGetValue(key, out flight!);
                if (owner)
                {
                    flight = new Flight();
                    _flights[key] = flight;
                }

                flight.Waiters++;
            }

            if (owner)
            {
                _ = FlyAsync(key, flight, state, work);
            }
            else
            {
                joined?.Invoke();
            }

            try
            {
                var value = await flight.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                return (value, !owner);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Leave(key, flight);
                throw;
            }
            catch (OperationCanceledException) when (flight.Completion.Task.IsCanceled && attempt < MaxRestarts)
            {
                // The work was cancelled by its owner's run, not by this caller: start again.
            }
        }
    }

    private async Task FlyAsync<TState>(string key, Flight flight, TState state, Func<TState, CancellationToken, Task<T>> work)
    {
        T value;
        try
        {
            value = await work(state, flight.Cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (flight.Cancellation.IsCancellationRequested
            || (e.CancellationToken.IsCancellationRequested && e.InnerException is not TimeoutException))
        {
            // Cancelled by a token (the flight's, or the owner's bulk run's); a timeout is a failure like any other.
            End(key, flight);
            flight.Completion.TrySetCanceled(e.CancellationToken);
            return;
        }
        catch (Exception e)
        {
            End(key, flight);
            flight.Completion.TrySetException(e);
            return;
        }

        End(key, flight);
        flight.Completion.TrySetResult(value);
    }

    private void End(string key, Flight flight)
    {
        lock (_flights)
        {
            flight.Done = true;
            if (_flights.TryGetValue(key, out var current) && ReferenceEquals(current, flight))
            {
                _flights.Remove(key);
            }
        }
    }

    private void Leave(string key, Flight flight)
    {
        lock (_flights)
        {
            if (--flight.Waiters > 0 || flight.Done)
            {
                return;
            }

            // Nobody waits any more: forget the flight (a new caller starts afresh) and stop its work.
            if (_flights.TryGetValue(key, out var current) && ReferenceEquals(current, flight))
            {
                _flights.Remove(key);
            }
        }

        flight.Cancellation.Cancel(); // outside the lock: cancellation callbacks run here
    }

    private sealed class Flight
    {
        // Continuations run inline, as when each caller awaited its own call: the owner goes on at once (set outside the lock).
        public TaskCompletionSource<T> Completion { get; } = new();

        /// <summary>Has no timer and no wait handle: it needs no disposal.</summary>
        public CancellationTokenSource Cancellation { get; } = new();

        public int Waiters { get; set; }

        public bool Done { get; set; }
    }
}
