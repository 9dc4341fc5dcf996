namespace NumberIntel.Client.Testing.Profiles;

/// <summary>
/// FNV-1a (64-bit) over a number's digits and a salt: the same value in every process and on every machine
/// (unlike <see cref="string.GetHashCode()"/>, which is randomized per process).
/// </summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of <paramref name="digits"/> salted with <paramref name="salt"/>.</summary>
    public static ulong Of(string digits, string salt)
    {
        var hash = OffsetBasis;
        foreach (var c in salt)
        {
            hash = (hash ^ c) * Prime;
        }

        hash = (hash ^ '|') * Prime;
        foreach (var c in digits)
        {
            hash = (hash ^ c) * Prime;
        }

        // FNV-1a's low bits mix poorly for short inputs: fold the high half in (a finalizer, still deterministic).
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }

    /// <summary>A value in <c>[0, modulo)</c> derived from the digits and the salt.</summary>
    public static int Pick(string digits, string salt, int modulo) => (int)(Of(digits, salt) % (ulong)modulo);

    /// <summary>One of <paramref name="items"/>, chosen by the digits and the salt.</summary>
    public static T Choose<T>(string digits, string salt, IReadOnlyList<T> items) => items[Pick(digits, salt, items.Count)];
}
