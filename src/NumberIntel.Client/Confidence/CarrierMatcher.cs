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
    private readonly bool _isEmpty;

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

        _isEmpty = rules.Count == 0;
        _lookup = rules.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryMatch(ReadOnlySpan<char> carrier, [NotNullWhen(true)] out CarrierRule? rule)
    {
        rule = null;
        if (_isEmpty)
        {
            return false;
        }

        var name = carrier.Trim();
        if (name.IsEmpty)
        {
            return false;
        }

        if (_lookup.TryGetValue(name, out rule))
        {
            return true;
        }

        for (var i = name.Length - 1; i > 0; i--)
        {
            if (!char.IsLetterOrDigit(name[i]) && char.IsLetterOrDigit(name[i - 1]) && _lookup.TryGetValue(name[..i], out rule))
            {
                return true;
            }
        }

        return false;
    }
}
