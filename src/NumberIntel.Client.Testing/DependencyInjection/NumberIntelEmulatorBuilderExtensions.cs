using NumberIntel.Client;
using NumberIntel.Client.Testing;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Points a host's NumberIntel registration at a running <see cref="NumberIntelEmulator"/>.</summary>
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
}
