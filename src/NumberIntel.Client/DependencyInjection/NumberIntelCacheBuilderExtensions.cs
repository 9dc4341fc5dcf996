using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NumberIntel.Client;
using NumberIntel.Client.Caching;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses the assessment cache of a NumberIntel registration.</summary>
/// <remarks>
/// By default <c>AddNumberIntel</c> caches vendor answers in memory (<see cref="MemoryAssessmentCache"/>) when
/// <c>NumberIntel:Cache:Enabled</c> is true (the default). These methods replace that cache; with
/// <c>NumberIntel:Cache:Enabled = false</c> no cache is used whatever is registered.
/// </remarks>
public static class NumberIntelCacheBuilderExtensions
{
    /// <summary>
    /// Caches vendor answers in the registered <see cref="IDistributedCache"/> (<see cref="DistributedAssessmentCache"/>),
    /// e.g. after <c>services.AddStackExchangeRedisCache(…)</c>, so that processes share what was paid for. Time to live per
    /// vendor comes from <c>NumberIntel:Cache</c>.
    /// </summary>
    /// <param name="builder">The builder from <c>AddNumberIntel</c>.</param>
    /// <returns>The same builder.</returns>
    public static INumberIntelBuilder UseDistributedCache(this INumberIntelBuilder builder) =>
        builder.UseAssessmentCache(static sp => new DistributedAssessmentCache(
            sp.GetRequiredService<IDistributedCache>(),
            sp.GetRequiredService<IOptions<NumberIntelOptions>>().Value.Cache));

    /// <summary>Caches vendor answers in a cache of your own.</summary>
    /// <param name="builder">The builder from <c>AddNumberIntel</c>.</param>
    /// <param name="factory">Creates the cache (once: it is a singleton).</param>
    /// <returns>The same builder.</returns>
    public static INumberIntelBuilder UseAssessmentCache(this INumberIntelBuilder builder, Func<IServiceProvider, IAssessmentCache> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.RemoveAll<IAssessmentCache>();
        builder.Services.AddSingleton(factory);
        return builder;
    }
}
