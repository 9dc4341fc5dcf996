namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Returned by <c>AddNumberIntel</c>, to chain further NumberIntel settings (rate limiters, the emulator, …).</summary>
public interface INumberIntelBuilder
{
    /// <summary>The service collection NumberIntel was added to.</summary>
    IServiceCollection Services { get; }
}
