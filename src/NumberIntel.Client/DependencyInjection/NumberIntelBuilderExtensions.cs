using System.Threading.RateLimiting;
using NumberIntel.Client;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Further NumberIntel settings chained after <c>AddNumberIntel</c>.</summary>
public static class NumberIntelBuilderExtensions
{
    /// <summary>
    /// Uses <paramref name="limiter"/> for <paramref name="vendor"/> instead of the built-in token bucket — e.g. one
    /// limiter shared by several clients or backed by a distributed store, so that several processes share one allocation.
    /// Bind asks for one permit per MSISDN in a batch (up to <c>MaxBatchSize</c>), IPQS for one per request.
    /// The host keeps ownership of the limiter and disposes it.
    /// </summary>
    /// <param name="builder">The builder from <c>AddNumberIntel</c>.</param>
    /// <param name="vendor">The vendor the limiter applies to.</param>
    /// <param name="limiter">The limiter.</param>
    /// <returns>The same builder.</returns>
    public static INumberIntelBuilder UseRateLimiter(this INumberIntelBuilder builder, NumberIntelVendor vendor, RateLimiter limiter)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(limiter);
        var limiters = NumberIntelServiceCollectionExtensions.HostLimiters(builder.Services);
        if (vendor == NumberIntelVendor.Bind)
        {
            limiters.Bind = limiter;
        }
        else
        {
            limiters.Ipqs = limiter;
        }

        return builder;
    }
}
