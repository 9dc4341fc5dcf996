namespace NumberIntel.Client;

/// <summary>
/// Client-side rate limit of one vendor (configuration section <c>NumberIntel:Bind:RateLimit</c> or
/// <c>NumberIntel:Ipqs:RateLimit</c>): a token bucket that keeps a bulk run under the account's allocation,
/// so that vendor throttling is rare. Calls wait for a permit; they are not rejected while the queue has room.
/// </summary>
/// <remarks>
/// Bind counts one permit per MSISDN sent; IPQS one permit per request. Set <see cref="PermitsPerSecond"/> to your
/// account's allocation. To share one allocation between processes, give the builder your own
/// <see cref="System.Threading.RateLimiting.RateLimiter"/> instead.
/// </remarks>
public sealed class NumberIntelRateLimitOptions
{
    /// <summary>Whether the limiter is used. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Permits added per second. Default 50 (Bind: MSISDNs per second; IPQS: requests per second).</summary>
    public double PermitsPerSecond { get; set; } = 50;

    /// <summary>
    /// The bucket's size, i.e. the largest burst. Default 0, meaning one second's worth (and at least one Bind batch).
    /// The bucket starts with one request's worth (a Bind batch, one IPQS call) and fills continuously at
    /// <see cref="PermitsPerSecond"/>, so a run that starts at once does not overrun a vendor whose own bucket is full.
    /// </summary>
    public int BurstSize { get; set; }

    /// <summary>The most permits that may wait in the queue; calls beyond it fail fast as throttled. Default 100,000.</summary>
    public int QueueLimit { get; set; } = 100_000;

    /// <summary>
    /// The longest a call waits in the queue for its permits; a call that waited longer fails as throttled (not as a
    /// vendor failure). Queue time is not part of the attempt or total timeout and never trips the circuit breaker.
    /// <see cref="Timeout.InfiniteTimeSpan"/> waits without bound. Default 30 s.
    /// </summary>
    public TimeSpan MaxQueueTime { get; set; } = TimeSpan.FromSeconds(30);
}
