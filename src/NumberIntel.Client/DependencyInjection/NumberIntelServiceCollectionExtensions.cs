using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;
using NumberIntel.Client;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.DependencyInjection;
using NumberIntel.Client.Http;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Resilience;
using Refit;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NumberIntel.Client in a service collection.</summary>
/// <remarks>
/// <para>These methods are in <c>Microsoft.Extensions.DependencyInjection</c>; what they register lives in the SDK's
/// feature namespaces: <c>NumberIntel.Client</c> (<c>INumberIntelClient</c>, <c>NumberIntelOptions</c>,
/// <c>NumberAssessment</c>, the exceptions), <c>NumberIntel.Client.Bind</c> (<c>IBindClient</c>),
/// <c>NumberIntel.Client.Ipqs</c> (<c>IIpqsClient</c>), <c>NumberIntel.Client.Confidence</c>
/// (<c>ConfidenceNormalizer</c>, <c>ConfidenceRecipes</c>). The builder they return (<c>INumberIntelBuilder</c>, this
/// namespace) takes <c>UseRateLimiter</c>, <c>UseDistributedCache</c>, <c>UseAssessmentCache</c>, and
/// <c>UseEmulator</c>/<c>UseSandbox</c> from the package <c>NumberIntel.Client.Testing</c>.</para>
/// </remarks>
public static class NumberIntelServiceCollectionExtensions
{
    /// <summary>
    /// Adds NumberIntel.Client with settings bound from <paramref name="configuration"/> — the <c>NumberIntel</c> section,
    /// e.g. <c>configuration.GetSection("NumberIntel")</c>. Settings are validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <c>NumberIntel</c> configuration section.</param>
    /// <returns>A builder for further NumberIntel settings.</returns>
    public static INumberIntelBuilder AddNumberIntel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NumberIntelOptions>().Bind(configuration);
        return AddCore(services);
    }

    /// <summary>Adds NumberIntel.Client with settings set in code. Settings are validated when the host starts.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for further NumberIntel settings.</returns>
    public static INumberIntelBuilder AddNumberIntel(this IServiceCollection services, Action<NumberIntelOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<NumberIntelOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Adds NumberIntel.Client with settings bound from <paramref name="configuration"/> and then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <c>NumberIntel</c> configuration section.</param>
    /// <param name="configure">Adjusts the bound options.</param>
    /// <returns>A builder for further NumberIntel settings.</returns>
    public static INumberIntelBuilder AddNumberIntel(this IServiceCollection services, IConfiguration configuration, Action<NumberIntelOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddNumberIntel(configuration);
        services.Configure(configure);
        return builder;
    }

    private static NumberIntelBuilder AddCore(IServiceCollection services)
    {
        if (services.Any(static d => d.ServiceType == typeof(NumberIntelMarker)))
        {
            return new NumberIntelBuilder(services); // already added: a second call only adds its configuration
        }

        services.AddSingleton<NumberIntelMarker>();
        services.AddOptions<NumberIntelOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NumberIntelOptions>, NumberIntelOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(HostLimiters(services));
        services.TryAddSingleton<NumberIntelVendorRuntime>();
        services.AddLogging();

        services.TryAddSingleton(static sp =>
        {
            var options = sp.GetRequiredService<IOptions<NumberIntelOptions>>().Value;
            return new ConfidenceNormalizer(options.Confidence, options.OfflineValidation);
        });

        // The wire clients (Refit, source-generated) on the named HTTP clients, and the typed clients over them. A vendor
        // without a key is still registered, but resolving its typed client says which setting to fill in, and the
        // facade only asks vendors that have a key.
        ConfigureVendorHttpClient(
            services.AddRefitGeneratedClient<IBindApi>(BindClient.RefitSettings, NumberIntelHttpClientNames.Bind),
            NumberIntelVendor.Bind);
        ConfigureVendorHttpClient(
            services.AddRefitGeneratedClient<IIpqsApi>(IpqsClient.RefitSettings, NumberIntelHttpClientNames.Ipqs),
            NumberIntelVendor.Ipqs);
        services.TryAddTransient<IBindClient>(static sp => new BindClient(
            sp.GetRequiredService<IBindApi>(),
            sp.GetRequiredService<IOptions<NumberIntelOptions>>().Value.Bind,
            sp.GetService<ILogger<BindClient>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<IIpqsClient>(static sp => new IpqsClient(
            sp.GetRequiredService<IIpqsApi>(),
            sp.GetRequiredService<IOptions<NumberIntelOptions>>().Value.Ipqs,
            sp.GetService<ILogger<IpqsClient>>(),
            sp.GetRequiredService<TimeProvider>()));

        // The facade (a singleton) and its default cache: in memory, size-limited, unless replaced with
        // UseDistributedCache()/UseAssessmentCache(...) or switched off with NumberIntel:Cache:Enabled = false.
        services.TryAddSingleton<IAssessmentCache>(static sp => new MemoryAssessmentCache(
            sp.GetRequiredService<IOptions<NumberIntelOptions>>().Value.Cache,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<INumberIntelClient>(static sp => CreateClient(sp));
        return new NumberIntelBuilder(services);
    }

    private static NumberIntelClient CreateClient(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<NumberIntelOptions>>().Value;
        return new NumberIntelClient(
            options.Bind.HasApiKey ? sp.GetRequiredService<IBindClient>() : null,
            options.Ipqs.HasApiKey ? sp.GetRequiredService<IIpqsClient>() : null,
            sp.GetRequiredService<ConfidenceNormalizer>(),
            options,
            options.Cache.Enabled ? sp.GetService<IAssessmentCache>() : null,
            sp.GetService<ILogger<NumberIntelClient>>(),
            sp.GetRequiredService<TimeProvider>());
    }

    /// <summary>
    /// The handler chain of a vendor's named client, outermost first: exception translation → resilience pipeline (rate
    /// limiter, total timeout, retry, circuit breaker, attempt timeout) → body buffering (size cap, decompression) →
    /// handlers the host adds to the named client → the primary handler.
    /// </summary>
    private static void ConfigureVendorHttpClient(IHttpClientBuilder builder, NumberIntelVendor vendor)
    {
        builder
            .ConfigureHttpClient((sp, client) =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline owns timeouts
                var options = VendorOptions(sp, vendor);
                if (VendorOptionsValidator.CheckBaseAddress(options.BaseAddress, "BaseAddress") is null)
                {
                    client.BaseAddress = options.BaseAddress;
                }
            })
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(2), // see DNS changes
                AutomaticDecompression = DecompressionMethods.All,
            })
            .AddHttpMessageHandler(() => new VendorExceptionHandler(vendor))
            .RemoveAllLoggers();
        builder.AddResilienceHandler("pipeline", (pipeline, context) =>
        {
            var sp = context.ServiceProvider;
            var runtime = sp.GetRequiredService<NumberIntelVendorRuntime>();
            VendorResiliencePipeline.Configure(
                pipeline,
                vendor,
                VendorOptions(sp, vendor),
                runtime.Limiter(vendor),
                runtime.TimeProvider,
                runtime.Logger);
        });
        builder.AddHttpMessageHandler(sp => new ResponseBodyHandler(vendor, VendorOptions(sp, vendor).MaxResponseBytes));
    }

    private static NumberIntelVendorOptions VendorOptions(IServiceProvider sp, NumberIntelVendor vendor)
    {
        var options = sp.GetRequiredService<IOptions<NumberIntelOptions>>().Value;
        return vendor == NumberIntelVendor.Bind ? options.Bind : options.Ipqs;
    }

    /// <summary>The one <see cref="HostRateLimiters"/> instance of this collection (created on first use).</summary>
    internal static HostRateLimiters HostLimiters(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(HostRateLimiters) && descriptor.ImplementationInstance is HostRateLimiters existing)
            {
                return existing;
            }
        }

        var created = new HostRateLimiters();
        services.AddSingleton(created);
        return created;
    }

    private sealed class NumberIntelMarker;
}
