using System.Net.Http.Headers;

namespace NumberIntel.Client.Http;

/// <summary>Reads the vendor's request id from a response (<c>X-Request-Id</c> or <c>Request-Id</c>).</summary>
internal static class RequestIds
{
    private static readonly string[] Names = ["X-Request-Id", "Request-Id"];

    /// <summary>The first printable request id header of at most 200 characters, or null.</summary>
    /// <param name="headers">The response headers, or null.</param>
    /// <returns>The id, or null.</returns>
    public static string? Read(HttpResponseHeaders? headers)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (var name in Names)
        {
            if (headers.TryGetValues(name, out var values)
                && values.FirstOrDefault() is { Length: > 0 and <= 200 } id
                && id.All(c => c is >= ' ' and <= '~'))
            {
                return id;
            }
        }

        return null;
    }
}
