namespace Microsoft.Extensions.DependencyInjection;

internal sealed class NumberIntelBuilder(IServiceCollection services) : INumberIntelBuilder
{
    public IServiceCollection Services { get; } = services;
}
