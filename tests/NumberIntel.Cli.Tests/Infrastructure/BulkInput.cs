using System.Globalization;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli.Tests.Infrastructure;

/// <summary>Bulk input as a CRM export has it: about 1,500 distinct numbers (some in two formats), magic numbers, blank lines, garbage and many repeats.</summary>
public static class BulkInput
{
    /// <summary>Deterministic for a seed; every garbage line starts with 'x'.</summary>
    public static List<string> Lines(int count, int seed)
    {
        var random = new Random(seed);
        var pool = Enumerable.Range(0, 1_500).Select(_ => random.Next(2_000_000, 9_999_999)).Distinct().ToArray();
        var magic = MagicNumbers.All.Select(m => m.E164).ToArray();
        string[] garbage = ["x", "xyz", "x+", "x12", "x'; DROP TABLE numbers; --", "x\u260E", "x" + new string('9', 40)];
        var lines = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            lines.Add(roll switch
            {
                < 60 => pool[random.Next(pool.Length)] is var n && random.Next(4) == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"00385 91 {n / 10_000:000} {n % 10_000:0000}")
                    : string.Create(CultureInfo.InvariantCulture, $"+38591{n}"),
                < 80 => magic[random.Next(magic.Length)],
                < 90 => random.Next(2) == 0 ? string.Empty : "   ",
                _ => garbage[random.Next(garbage.Length)],
            });
        }

        return lines;
    }

    /// <summary>The E.164 of the first number at or after <paramref name="start"/> that no earlier line has (so it is looked up there).</summary>
    public static string FirstNewNumberAtOrAfter(IReadOnlyList<string> lines, int start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var number = PhoneNumberParser.Parse(lines[i]);
            if (number.Msisdn is null || !seen.Add(number.Msisdn) || i < start || MagicNumbers.TryFind(number.E164!, out _))
            {
                continue;
            }

            return number.E164!;
        }

        throw new InvalidOperationException("No new number after " + start);
    }
}
