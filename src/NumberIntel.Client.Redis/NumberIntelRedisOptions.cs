using System.ComponentModel.DataAnnotations;

namespace NumberIntel.Client.Redis;

/// <summary>
/// Settings of <c>UseRedis()</c> (configuration section <c>NumberIntel:Redis</c>): where Redis is, and how the fleet of
/// workers shares one vendor allocation, one cache and one purchase per number through it.
/// </summary>
public sealed class NumberIntelRedisOptions
{
    /// <summary>The configuration section: <c>NumberIntel:Redis</c>.</summary>
    public const string SectionName = "NumberIntel:Redis";

    /// <summary>
    /// The StackExchange.Redis configuration string, e.g. <c>localhost:6379</c> or <c>redis1:6379,password=…,ssl=true</c>
    /// (configuration key <c>NumberIntel:Redis:Configuration</c>). Not needed when an <c>IConnectionMultiplexer</c> is given.
    /// </summary>
    /// <value>The default value is null.</value>
    public string? Configuration { get; set; }

    /// <summary>The prefix of every key this package writes. Workers of one job must use the same prefix.</summary>
    /// <value>The default value is <c>numberintel:</c>.</value>
    [Required]
    public string KeyPrefix { get; set; } = "numberintel:";

    /// <summary>The longest one Redis call may take before it counts as a failure (and the worker goes on without Redis).</summary>
    /// <value>The default value is 1 second.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After a failed Redis call, how long the worker works locally before it tries Redis again.</summary>
    /// <value>The default value is 5 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a worker's claim on a number it is buying lasts without renewal. The worker renews its claims while it
    /// lives; a worker that died loses them after this time, and the number is then bought by another worker.
    /// </summary>
    /// <value>The default value is 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest a worker waits for another worker's purchase of a number before it buys the number itself.</summary>
    /// <value>The default value is 2 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan LeaseWaitTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a waiting worker looks for the answer another worker is buying.</summary>
    /// <value>The default value is 50 milliseconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:10")]
    public TimeSpan LeasePollInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// How many workers share the allocation. While Redis is unreachable each worker falls back to a local token bucket of
    /// <c>RateLimit:PermitsPerSecond / ExpectedWorkers</c>, so that the fleet still stays within the allocation.
    /// </summary>
    /// <value>The default value is 1.</value>
    [Range(1, 10_000)]
    public int ExpectedWorkers { get; set; } = 1;

    /// <summary>Whether the vendors' rate limits are shared through Redis (one token bucket per vendor and API key).</summary>
    /// <value>The default value is true.</value>
    public bool ShareRateLimit { get; set; } = true;

    /// <summary>Whether vendor answers are shared through Redis (with the local memory cache in front).</summary>
    /// <value>The default value is true.</value>
    public bool ShareCache { get; set; } = true;

    /// <summary>Whether a worker waits for another worker's purchase of the same number instead of buying it too (needs <see cref="ShareCache"/>).</summary>
    /// <value>The default value is true.</value>
    public bool SharePurchases { get; set; } = true;
}
