using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NumberIntel.Client;
using NumberIntel.Client.Redis;
using NumberIntel.Client.Redis.Connection;
using NumberIntel.Client.Redis.RateLimiting;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Scales NumberIntel out on Redis: <c>services.AddNumberIntel(config).UseRedis()</c>.</summary>
/// <remarks>
/// <para>Every worker (process, container, app instance) that calls <c>UseRedis</c> with the same Redis and key prefix shares:</para>
/// <list type="bullet">
/// <item><description><b>one vendor allocation</b>: a token bucket per vendor in Redis (keyed by vendor and a hash of the API key),
/// filled at <c>NumberIntel:Bind:RateLimit:PermitsPerSecond</c> / <c>NumberIntel:Ipqs:RateLimit:PermitsPerSecond</c> for the whole
/// fleet (it replaces the built-in per-process bucket through <see cref="NumberIntelBuilderExtensions.UseRateLimiter"/>);</description></item>
/// <item><description><b>one cache</b>: vendor answers in Redis through <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>
/// (the SDK's caching rules and time to live), with the worker's memory cache in front;</description></item>
/// <item><description><b>one purchase per number</b>: a worker that needs a number another worker is buying waits for that answer
/// (a short claim in Redis, renewed while its worker lives) instead of paying again.</description></item>
/// </list>
/// <para>Redis keys hold no API key and no MSISDN in clear (SHA-256 hashes). When Redis is down or slow (every call has a
/// timeout, <see cref="NumberIntelRedisOptions.OperationTimeout"/>), nothing is lost: the worker logs it once, limits itself to
/// its share of the allocation (<see cref="NumberIntelRedisOptions.ExpectedWorkers"/>), uses its memory cache and buys on its
/// own; it tries Redis again every <see cref="NumberIntelRedisOptions.RetryInterval"/> and goes back to the fleet when Redis answers.</para>
/// <para>Settings come from <c>NumberIntel:Redis</c> of the host's <see cref="IConfiguration"/> (when one is registered), then from
/// the <c>configure</c> delegate. The Redis server needs Lua scripting (the token bucket is a script).</para>
/// </remarks>
public static class NumberIntelRedisBuilderExtensions
{
    /// <summary>
    /// Uses Redis as configured in <c>NumberIntel:Redis</c> (<c>NumberIntel:Redis:Configuration</c>) of the host's
    /// <see cref="IConfiguration"/> (registered in the service collection by every .NET host), adjusted by <paramref name="configure"/>.
    /// Without a host, pass the section: <c>UseRedis(configuration.GetSection("NumberIntel:Redis"))</c>.
    /// </summary>
    /// <param name="builder">The builder from <c>AddNumberIntel</c>.</param>
    /// <param name="configure">Adjusts the settings, or null.</param>
    /// <returns>The same builder.</returns>
    public static INumberIntelBuilder UseRedis(this INumberIntelBuilder builder, Action<NumberIntelRedisOptions>? configure = null) =>
        AddRedis(builder, null, configure);

    /// <summary>Uses Redis as configured in <paramref name="redisSection"/> (the <c>NumberIntel:Redis</c> section), adjusted by <paramref name="configure"/>.</summary>
    /// <param name="builder">The builder from <c>AddNumberIntel</c>.</param>
    /// <param name="redisSection">The configuration section, e.g. <c>configuration.GetSection("NumberIntel:Redis")</c>.</param>
    /// <param name="configure">Adjusts the settings, or null.</param>
    /// <returns>The same builder.</returns>
    public static INumberIntelBuilder UseRedis(this INumberIntelBuilder builder, IConfiguration redisSection, Action<NumberIntelRedisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(redisSection);
        return AddRedis(builder, null, o =>
        {
            redisSection.Bind(o);
            configure?.Invoke(o);
        });
    }

    /// <summary>Uses the Redis at <paramref name="configuration"/> (a StackExchange.Redis configuration string such as <c>localhost:6379</c>).</summary>
    /// <param name="builder">The builder from <c>AddNumberIntel</c>.</param>
    /// <param name="configuration">The configuration string.</param>
    /// <param name="configure">Adjusts the other settings, or null.</param>
    /// <returns>The same builder.</returns>
    public static INumberIntelBuilder UseRedis(this INumberIntelBuilder builder, string configuration, Action<NumberIntelRedisOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        return AddRedis(builder, null, o =>
        {
            o.Configuration = configuration;
            configure?.Invoke(o);
        });
    }

    /// <summary>Uses an existing connection (the host keeps owning and disposing it).</summary>
    /// <param name="builder">The builder from <c>AddNumberIntel</c>.</param>
    /// <param name="connection">The connection.</param>
    /// <param name="configure">Adjusts the settings, or null.</param>
    /// <returns>The same builder.</returns>
    public static INumberIntelBuilder UseRedis(this INumberIntelBuilder builder, IConnectionMultiplexer connection, Action<NumberIntelRedisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return AddRedis(builder, connection, configure);
    }

    private static INumberIntelBuilder AddRedis(INumberIntelBuilder builder, IConnectionMultiplexer? connection, Action<NumberIntelRedisOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<NumberIntelRedisOptions>()
            .Configure<IServiceProvider>(static (o, sp) => sp.GetService<IConfiguration>()?.GetSection(NumberIntelRedisOptions.SectionName).Bind(o))
            .ValidateDataAnnotations()
            .Validate<RedisConnectionSource>(
                static (o, source) => source.Connection is not null || !string.IsNullOrWhiteSpace(o.Configuration),
                "Set NumberIntel:Redis:Configuration (e.g. localhost:6379), or give UseRedis a configuration string, a section or an IConnectionMultiplexer.")
            .ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.RemoveAll<RedisConnectionSource>();
        services.AddSingleton(new RedisConnectionSource(connection));
        services.TryAddSingleton(static _ => new NumberIntelRedisStatistics());
        services.TryAddSingleton<RedisFleet>();

        // The limiters exist now (the hook takes instances); they find this provider's buckets when its options are built.
        var binding = new FleetRateLimiterBinding();
        services.AddOptions<NumberIntelOptions>().PostConfigure<IServiceProvider>((_, sp) => binding.Attach(sp.GetRequiredService<RedisFleet>));
        builder.UseRateLimiter(NumberIntelVendor.Bind, new FleetRateLimiter(NumberIntelVendor.Bind, binding));
        builder.UseRateLimiter(NumberIntelVendor.Ipqs, new FleetRateLimiter(NumberIntelVendor.Ipqs, binding));
        builder.UseAssessmentCache(static sp => sp.GetRequiredService<RedisFleet>().Cache);
        return builder;
    }
}
