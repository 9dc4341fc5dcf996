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
            // Unvalidated: the raw value, without parsing the header or allocating an enumerator.
            if (headers.NonValidated.TryGetValues(name, out var values))
            {
                foreach (var id in values)
                {
                    if (id is { Length: > 0 and <= 200 } && IsPrintable(id))
                    {
                        return id;
                    }

                    break; // only the first value counts
                }
            }
        }

        return null;
    }

    private static bool IsPrintable(string id) => !id.AsSpan().ContainsAnyExceptInRange(' ', '~');
}
