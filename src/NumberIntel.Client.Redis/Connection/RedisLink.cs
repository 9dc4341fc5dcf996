using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace NumberIntel.Client.Redis.Connection;

/// <summary>
/// The worker's link to Redis: the connection (made on first use), a timeout on every call, and the state "Redis failed,
/// work locally until <see cref="NumberIntelRedisOptions.RetryInterval"/> has passed" — said once in the log per outage.
/// </summary>
internal sealed partial class RedisLink : IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private readonly NumberIntelRedisOptions _options;
    private readonly NumberIntelRedisStatistics _statistics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly bool _owned;
    private IConnectionMultiplexer? _connection;
    private long _downUntilTicks;
    private long _lastFailureTicks;
    private int _down;

    public RedisLink(NumberIntelRedisOptions options, IConnectionMultiplexer? connection, NumberIntelRedisStatistics statistics, TimeProvider time, ILogger logger)
    {
        _options = options;
        _connection = connection;
        _owned = connection is null;
        _statistics = statistics;
        _time = time;
        _logger = logger;
    }

    public NumberIntelRedisOptions Options => _options;

    public TimeProvider Time => _time;

    /// <summary>False while the worker works locally after a failure.</summary>
    public bool IsAvailable => _time.GetUtcNow().UtcTicks >= Interlocked.Read(ref _downUntilTicks);

    /// <summary>Runs one Redis call with the timeout; a failure (not the caller's cancellation) becomes <see cref="RedisUnavailableException"/>.</summary>
    public async Task<T> RunAsync<T>(string operation, Func<IDatabase, Task<T>> call, CancellationToken cancellationToken)
    {
        if (!IsAvailable)
        {
            throw new RedisUnavailableException();
        }

        var started = _time.GetUtcNow().UtcTicks;
        try
        {
            var database = (await ConnectAsync(cancellationToken).ConfigureAwait(false)).GetDatabase();
            var result = await call(database).WaitAsync(_options.OperationTimeout, _time, cancellationToken).ConfigureAwait(false);
            Succeeded(started);
            return result;
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            Failed(operation, e);
            throw new RedisUnavailableException("Redis failed: " + e.GetType().Name, e);
        }
    }

    /// <summary>Runs one Redis call that returns nothing (see <see cref="RunAsync{T}"/>).</summary>
    public Task RunAsync(string operation, Func<IDatabase, Task> call, CancellationToken cancellationToken) =>
        RunAsync(operation, async db =>
        {
            await call(db).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>The connection (made once; a connection that cannot be made yet is retried on a later call).</summary>
    public async Task<IConnectionMultiplexer> ConnectAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _connection) is { } existing)
        {
            return existing;
        }

        await _connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_connection is null)
            {
                var configuration = ConfigurationOptions.Parse(_options.Configuration ?? throw new InvalidOperationException(
                    "Set NumberIntel:Redis:Configuration (e.g. localhost:6379) or give UseRedis an IConnectionMultiplexer."));
                configuration.AbortOnConnectFail = false; // a worker starts (and works locally) while Redis is down
                configuration.BacklogPolicy = BacklogPolicy.FailFast; // calls fail at once while disconnected
                var timeout = (int)Math.Ceiling(_options.OperationTimeout.TotalMilliseconds);
                configuration.AsyncTimeout = timeout;
                configuration.SyncTimeout = timeout;
                configuration.ConnectTimeout = Math.Max(timeout, 5000); // the first connection (DNS, TLS) may take longer than one call
                Volatile.Write(ref _connection, await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false));
            }

            return _connection;
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned && _connection is { } connection)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        _connecting.Dispose();
    }

    private void Succeeded(long startedTicks)
    {
        // A call that started before the last failure (still in flight when Redis went away) does not mean Redis is back.
        if (Volatile.Read(ref _down) == 1 && startedTicks > Interlocked.Read(ref _lastFailureTicks) && Interlocked.Exchange(ref _down, 0) == 1)
        {
            _statistics.RedisAvailable = true;
            RedisBack(_logger);
        }
    }

    private void Failed(string operation, Exception e)
    {
        _statistics.Failure();
        var now = _time.GetUtcNow();
        Interlocked.Exchange(ref _lastFailureTicks, now.UtcTicks);
        Interlocked.Exchange(ref _downUntilTicks, (now + _options.RetryInterval).UtcTicks);
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            _statistics.RedisAvailable = false;
            RedisDown(_logger, operation, e.GetType().Name, _options.RetryInterval.TotalSeconds);
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "Redis failed ({Operation}: {ErrorType}): working locally (local rate limit with this worker's share, memory cache, no fleet-wide claims); trying Redis again every {RetrySeconds} s")]
    private static partial void RedisDown(ILogger logger, string operation, string errorType, double retrySeconds);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Redis is back: the fleet's rate limit, cache and claims are used again")]
    private static partial void RedisBack(ILogger logger);
}
