using System.Globalization;
using System.Net.Http.Headers;

namespace NumberIntel.Client.Http;

/// <summary>Reads a <c>Retry-After</c> header (delta seconds or an HTTP date).</summary>
internal static class RetryAfter
{
    /// <summary>The wait the server asked for, or null when it did not say (or said something unreadable).</summary>
    /// <param name="headers">The response headers.</param>
    /// <param name="timeProvider">The clock an HTTP date is measured against.</param>
    /// <returns>A non-negative wait, or null.</returns>
    public static TimeSpan? Read(HttpResponseHeaders headers, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var value = headers.RetryAfter;
        if (value?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (value?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        // Fractional seconds ("1.5") are not valid HTTP but are seen in the wild.
        if (headers.TryGetValues("Retry-After", out var raw)
            && double.TryParse(raw.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= 0 and < 86_400 * 7)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return null;
    }
}
