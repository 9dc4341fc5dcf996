using Microsoft.Extensions.Internal;

namespace NumberIntel.Client.Caching;

/// <summary>Lets <see cref="Microsoft.Extensions.Caching.Memory.MemoryCache"/> expire entries on a <see cref="TimeProvider"/> (a fake one in tests).</summary>
internal sealed class TimeProviderClock(TimeProvider timeProvider) : ISystemClock
{
    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();
}
