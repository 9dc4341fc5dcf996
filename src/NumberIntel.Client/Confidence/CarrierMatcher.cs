using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace NumberIntel.Client.Confidence;

/// <summary>
/// The policy's carrier entries, frozen: exact match on the trimmed name (case-insensitive), else the longest entry the
/// name starts with that ends at a word boundary. Matching allocates nothing.
/// </summary>
internal sealed class CarrierMatcher
{
    private readonly FrozenDictionary<string, CarrierRule>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _minLength;
    private readonly int _maxLength;

    public CarrierMatcher(IEnumerable<string>? disposableCarriers, IEnumerable<KeyValuePair<string, ConfidenceLabel>>? overrides)
    {
        var rules = new Dictionary<string, CarrierRule>(StringComparer.OrdinalIgnoreCase);
        if (disposableCarriers is not null)
        {
            foreach (var carrier in disposableCarriers)
            {
                var entry = carrier?.Trim();
                if (!string.IsNullOrEmpty(entry))
                {
                    rules.TryAdd(entry, new CarrierRule(entry, ConfidenceLabel.Low, isOverride: false));
                }
            }
        }

        if (overrides is not null)
        {
            foreach (var (carrier, label) in overrides)
            {
                if ((uint)label > (uint)ConfidenceLabel.Verified)
                {
                    throw new ArgumentException(
                        "ConfidencePolicy.CarrierOverrides holds a value that is not a confidence label.", nameof(overrides));
                }

                var entry = carrier?.Trim();
                if (!string.IsNullOrEmpty(entry))
                {
                    rules[entry] = new CarrierRule(entry, label, isOverride: true);
                }
            }
        }

        _minLength = int.MaxValue;
        foreach (var entry in rules.Keys)
        {
            _minLength = Math.Min(_minLength, entry.Length);
            _maxLength = Math.Max(_maxLength, entry.Length);
        }

        _lookup = rules.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryMatch(ReadOnlySpan<char> carrier, [NotNullWhen(true)] out CarrierRule? rule)
    {
        rule = null;
        var name = carrier.Trim();
        if (name.Length < _minLength)
        {
            return false;
        }

        if (name.Length <= _maxLength && _lookup.TryGetValue(name, out rule))
        {
            return true;
        }

        // Entries the name starts with, ending at a word boundary ("Google Voice" in "Google Voice Inc."), longest first.
        for (var i = Math.Min(name.Length - 1, _maxLength); i >= _minLength; i--)
        {
            if (!char.IsLetterOrDigit(name[i]) && char.IsLetterOrDigit(name[i - 1]) && _lookup.TryGetValue(name[..i], out rule))
            {
                return true;
            }
        }

        return false;
    }
}
