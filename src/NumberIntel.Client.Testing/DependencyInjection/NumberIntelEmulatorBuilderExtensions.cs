using Microsoft.Extensions.DependencyInjection.Extensions;
using NumberIntel.Client;
using NumberIntel.Client.Testing;
using NumberIntel.Client.Testing.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Points a host's NumberIntel registration at a local <see cref="NumberIntelEmulator"/> (namespace
/// <c>NumberIntel.Client.Testing</c>): one the caller started (<see cref="UseEmulator"/>), or one the host starts and
/// stops itself (<see cref="UseSandbox"/>).
/// </summary>
public static class NumberIntelEmulatorBuilderExtensions
{
    /// <summary>
    /// Sends both vendors' calls to <paramref name="emulator"/> with the keys it accepts, whatever the configuration says
    /// (applied after configuration, so it wins). No real key, no network, no spend.
    /// </summary>
    /// <param name="builder">The builder from <c>AddNumberIntel</c>.</param>
    /// <param name="emulator">A started emulator; it must outlive the service provider's use of it.</param>
    /// <returns>The same builder.</returns>
    public static INumberIntelBuilder UseEmulator(this INumberIntelBuilder builder, NumberIntelEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(emulator);
        builder.Services.PostConfigure<NumberIntelOptions>(options =>
        {
            options.Bind.BaseAddress = emulator.BindBaseAddress;
            options.Bind.ApiKey = emulator.BindApiKey;
            options.Ipqs.BaseAddress = emulator.IpqsBaseAddress;
            options.Ipqs.ApiKey = emulator.IpqsApiKey;
        });
        return builder;
    }

    /// <summary>
    /// Sandbox mode: an embedded <see cref="NumberIntelEmulator"/> answers both vendors' calls (magic numbers, made-up
    /// profiles, nothing billed, no key needed), started and stopped with the application's host. Use it for
    /// development (for example when no key is configured) and in <c>WebApplicationFactory</c> tests; it replaces
    /// whatever the configuration says about base addresses and keys.
    /// </summary>
    /// <remarks>
    /// <para>The emulator's loopback socket is bound when the options are first read, so its address is known at once; it
    /// answers from the moment the host starts (an <see cref="Microsoft.Extensions.Hosting.IHostedService"/>). A call
    /// made before the host starts waits until then. Without a host (a bare <c>ServiceCollection</c>), start an
    /// emulator yourself with <see cref="NumberIntelEmulator.StartAsync"/> and pass it to <see cref="UseEmulator"/>.</para>
    /// <para>The emulator is registered as a singleton <see cref="NumberIntelEmulator"/>, so tests can resolve it for its
    /// counters and scripted faults. It is not a host itself: it does not disturb <c>WebApplicationFactory</c>.</para>
    /// </remarks>
    /// <param name="builder">The builder from <c>AddNumberIntel</c>.</param>
    /// <param name="configure">Adjusts the emulator's settings (keys, batch cap, clock); optional.</param>
    /// <returns>The same builder.</returns>
    public static INumberIntelBuilder UseSandbox(this INumberIntelBuilder builder, Action<NumberIntelEmulatorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(_ =>
        {
            var options = new NumberIntelEmulatorOptions();
            configure?.Invoke(options);
            return NumberIntelEmulator.CreateBound(options);
        });
        builder.Services.AddHostedService<NumberIntelSandboxService>();
        builder.Services.AddOptions<NumberIntelOptions>().PostConfigure<NumberIntelEmulator>((options, emulator) =>
        {
            options.Bind.BaseAddress = emulator.BindBaseAddress;
            options.Bind.ApiKey = emulator.BindApiKey;
            options.Ipqs.BaseAddress = emulator.IpqsBaseAddress;
            options.Ipqs.ApiKey = emulator.IpqsApiKey;
        });
        return builder;
    }
}
