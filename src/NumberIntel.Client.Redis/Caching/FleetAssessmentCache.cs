using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Redis.Connection;

namespace NumberIntel.Client.Redis.Caching;

/// <summary>
/// The fleet's cache: this worker's memory cache in front of the answers shared in Redis, with claims so that a number
/// another worker is buying is waited for, not bought again. Redis failures never fail a look-up: they count as a miss
/// (the worker then buys on its own) and are logged once per outage by <see cref="RedisLink"/>.
/// </summary>
/// <remarks>
/// A miss in both caches takes the claim on the number (<see cref="FleetLeases"/>) and returns null: the client buys and
/// stores the answer, then calls <see cref="ReleaseAsync"/>. When another worker holds the claim, the look-up waits
/// (polling every <see cref="NumberIntelRedisOptions.LeasePollInterval"/>, slowing down to 10 × that, at most <see cref="NumberIntelRedisOptions.LeaseWaitTimeout"/>)
/// until the answer is in Redis — a hit — or the claim is gone without one (the other purchase failed, or its worker
/// died): then this worker takes the claim and buys.
/// </remarks>
internal sealed class FleetAssessmentCache : IAssessmentCache, IAssessmentCacheLeases, IDisposable
{
    private readonly IAssessmentCache _memory;
    private readonly DistributedAssessmentCache _shared;
    private readonly FleetLeases? _leases;
    private readonly RedisLink _link;
    private readonly NumberIntelRedisStatistics _statistics;

    public FleetAssessmentCache(IAssessmentCache memory, DistributedAssessmentCache shared, FleetLeases? leases, RedisLink link, NumberIntelRedisStatistics statistics)
    {
        _memory = memory;
        _shared = shared;
        _leases = leases;
        _link = link;
        _statistics = statistics;
    }

    public async ValueTask<BindScoringResult?> GetBindAsync(string msisdn, CancellationToken cancellationToken = default) =>
        await _memory.GetBindAsync(msisdn, cancellationToken).ConfigureAwait(false)
        ?? await GetSharedAsync(
            NumberIntelVendor.Bind,
            msisdn,
            null,
            ct => _shared.GetBindAsync(msisdn, ct),
            (answer, ct) => _memory.SetBindAsync(msisdn, answer, ct),
            cancellationToken).ConfigureAwait(false);

    public async ValueTask SetBindAsync(string msisdn, BindScoringResult result, CancellationToken cancellationToken = default)
    {
        await _memory.SetBindAsync(msisdn, result, cancellationToken).ConfigureAwait(false);
        await SetSharedAsync(ct => _shared.SetBindAsync(msisdn, result, ct), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IpqsPhoneResult?> GetIpqsAsync(string msisdn, string? variant, CancellationToken cancellationToken = default) =>
        await _memory.GetIpqsAsync(msisdn, variant, cancellationToken).ConfigureAwait(false)
        ?? await GetSharedAsync(
            NumberIntelVendor.Ipqs,
            msisdn,
            variant,
            ct => _shared.GetIpqsAsync(msisdn, variant, ct),
            (answer, ct) => _memory.SetIpqsAsync(msisdn, variant, answer, ct),
            cancellationToken).ConfigureAwait(false);

    public async ValueTask SetIpqsAsync(string msisdn, string? variant, IpqsPhoneResult result, CancellationToken cancellationToken = default)
    {
        await _memory.SetIpqsAsync(msisdn, variant, result, cancellationToken).ConfigureAwait(false);
        await SetSharedAsync(ct => _shared.SetIpqsAsync(msisdn, variant, result, ct), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask ReleaseAsync(NumberIntelVendor vendor, string msisdn, string? variant, CancellationToken cancellationToken = default)
    {
        if (_leases is null || _leases.HeldCount == 0)
        {
            return;
        }

        try
        {
            await _leases.ReleaseAsync(RedisKeys.Lease(_link.Options.KeyPrefix, vendor, msisdn, variant), cancellationToken).ConfigureAwait(false);
        }
        catch (RedisUnavailableException)
        {
            // The claim expires on its own.
        }
    }

    public void Dispose() => (_memory as IDisposable)?.Dispose();

    private async ValueTask<T?> GetSharedAsync<T>(
        NumberIntelVendor vendor,
        string msisdn,
        string? variant,
        Func<CancellationToken, ValueTask<T?>> read,
        Func<T, CancellationToken, ValueTask> keepLocally,
        CancellationToken cancellationToken)
        where T : class
    {
        if (!_link.IsAvailable)
        {
            return null;
        }

        try
        {
            if (await read(cancellationToken).ConfigureAwait(false) is { } found)
            {
                return await HitAsync(found, waited: false).ConfigureAwait(false);
            }

            if (_leases is null)
            {
                return null;
            }

            var lease = RedisKeys.Lease(_link.Options.KeyPrefix, vendor, msisdn, variant);
            if (await _leases.TryAcquireAsync(lease, cancellationToken).ConfigureAwait(false))
            {
                return await ClaimedAsync(lease).ConfigureAwait(false);
            }

            // Another worker is buying this number: wait for its answer.
            _statistics.WaitStarted();
            var time = _link.Time;
            var started = time.GetTimestamp();
            for (var poll = 1; time.GetElapsedTime(started) < _link.Options.LeaseWaitTimeout; poll++)
            {
                // Polls slow down (up to 10 × the interval) so that many waiting numbers do not flood Redis.
                await Task.Delay(_link.Options.LeasePollInterval * Math.Min(poll, 10), time, cancellationToken).ConfigureAwait(false);
                if (await read(cancellationToken).ConfigureAwait(false) is { } answer)
                {
                    return await HitAsync(answer, waited: true).ConfigureAwait(false);
                }

                if (!await _leases.ExistsAsync(lease, cancellationToken).ConfigureAwait(false)
                    && await _leases.TryAcquireAsync(lease, cancellationToken).ConfigureAwait(false))
                {
                    return await ClaimedAsync(lease).ConfigureAwait(false); // its purchase ended, or its worker died
                }
            }

            return null; // waited long enough: buy
        }
        catch (RedisUnavailableException)
        {
            return null;
        }

        // This worker holds the claim. The answer may have been stored just before the claim was free (another worker
        // stores, then releases): look once more, so that it is not bought twice.
        async ValueTask<T?> ClaimedAsync(string lease)
        {
            if (await read(cancellationToken).ConfigureAwait(false) is not { } stored)
            {
                return null; // this worker buys
            }

            await _leases.ReleaseAsync(lease, cancellationToken).ConfigureAwait(false);
            return await HitAsync(stored, waited: true).ConfigureAwait(false);
        }

        async ValueTask<T> HitAsync(T answer, bool waited)
        {
            _statistics.SharedHit(waited);
            await keepLocally(answer, cancellationToken).ConfigureAwait(false);
            return answer;
        }
    }

    private async ValueTask SetSharedAsync(Func<CancellationToken, ValueTask> write, CancellationToken cancellationToken)
    {
        if (!_link.IsAvailable)
        {
            return;
        }

        try
        {
            await write(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisUnavailableException)
        {
            // Logged by the link; the answer stays in this worker's memory cache.
        }
    }
}
