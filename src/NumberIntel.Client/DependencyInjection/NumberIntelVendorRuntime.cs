using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NumberIntel.Client.Resilience;

namespace NumberIntel.Client.DependencyInjection;

/// <summary>
/// The per-vendor state that must outlive <c>IHttpClientFactory</c>'s handler rotation: the rate limiter (the resilience
/// pipelines, with their circuit breakers, live in the resilience registry). One instance per service provider.
/// </summary>
internal sealed class NumberIntelVendorRuntime : IDisposable
{
    private readonly Lazy<RateLimiter?> _bindLimiter;
    private readonly Lazy<RateLimiter?> _ipqsLimiter;
    private readonly HostRateLimiters _hostLimiters;

    public NumberIntelVendorRuntime(IOptions<NumberIntelOptions> options, TimeProvider timeProvider, HostRateLimiters hostLimiters, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _hostLimiters = hostLimiters;
        Logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("NumberIntel.Client.Resilience");
        TimeProvider = timeProvider;
        _bindLimiter = new(() => hostLimiters.Bind ?? CreateLimiter(options.Value.Bind.RateLimit, options.Value.Bind.MaxBatchSize));
        _ipqsLimiter = new(() => hostLimiters.Ipqs ?? CreateLimiter(options.Value.Ipqs.RateLimit, 1));
    }

    public ILogger Logger { get; }

    public TimeProvider TimeProvider { get; }

    public RateLimiter? Limiter(NumberIntelVendor vendor) =>
        (vendor == NumberIntelVendor.Bind ? _bindLimiter : _ipqsLimiter).Value;

    public void Dispose()
    {
        // Only the limiters this runtime built are ours to dispose; the host's stay the host's.
        DisposeOwned(_bindLimiter, _hostLimiters.Bind);
        DisposeOwned(_ipqsLimiter, _hostLimiters.Ipqs);
    }

    private static void DisposeOwned(Lazy<RateLimiter?> limiter, RateLimiter? host)
    {
        if (limiter.IsValueCreated && limiter.Value is { } owned && !ReferenceEquals(owned, host))
        {
            owned.Dispose();
        }
    }

    private static RateLimiter? CreateLimiter(NumberIntelRateLimitOptions options, int largestRequest) =>
        options.Enabled ? VendorRateLimiterFactory.Create(options, largestRequest) : null;
}
