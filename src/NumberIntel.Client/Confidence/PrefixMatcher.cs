using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace NumberIntel.Client.Confidence;

/// <summary>The policy's disposable E.164 prefixes (digits only), frozen; matching allocates nothing (shortest prefix wins).</summary>
internal sealed class PrefixMatcher
{
    private readonly FrozenDictionary<string, DisposableDiagnostics>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _minLength;
    private readonly int _maxLength;

    public PrefixMatcher(IEnumerable<string>? prefixes)
    {
        var entries = new Dictionary<string, DisposableDiagnostics>(StringComparer.Ordinal);
        _minLength = int.MaxValue;
        if (prefixes is not null)
        {
            foreach (var prefix in prefixes)
            {
                var digits = DigitsOf(prefix);
                if (digits.Length == 0 || entries.ContainsKey(digits))
                {
                    continue;
                }

                entries.Add(digits, new DisposableDiagnostics
                {
                    IsDisposable = true,
                    Reason = "the E.164 number starts with a disposable prefix of the policy",
                    MatchedPrefix = digits,
                });
                _minLength = Math.Min(_minLength, digits.Length);
                _maxLength = Math.Max(_maxLength, digits.Length);
            }
        }

        _lookup = entries.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryMatch(ReadOnlySpan<char> digits, [NotNullWhen(true)] out DisposableDiagnostics? match)
    {
        match = null;
        var longest = Math.Min(_maxLength, digits.Length);
        for (var length = _minLength; length <= longest; length++)
        {
            if (_lookup.TryGetValue(digits[..length], out match))
            {
                return true;
            }
        }

        return false;
    }

    private static string DigitsOf(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[count++] = c;
            }
        }

        return new string(buffer[..count]);
    }
}
