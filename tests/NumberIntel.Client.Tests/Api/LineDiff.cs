using System.Text;

namespace NumberIntel.Client.Tests.Api;

/// <summary>A small line diff (longest common subsequence) printed like <c>diff -u</c>, for API listing failures.</summary>
public static class LineDiff
{
    /// <summary>
    /// Describes how to get from <paramref name="expected"/> to <paramref name="actual"/>: lines starting with <c>-</c> are
    /// only in the expected text, <c>+</c> only in the actual one, with two lines of context; each hunk is headed by the
    /// declaration (type or namespace line) it is in. Empty when the texts are equal line by line.
    /// </summary>
    /// <param name="expected">The checked-in text.</param>
    /// <param name="actual">The current text.</param>
    /// <param name="maxLines">Stop after this many output lines.</param>
    /// <returns>The diff.</returns>
    public static string Unified(string expected, string actual, int maxLines = 400)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = SplitLines(expected);
        var b = SplitLines(actual);

        // lcs[i, j] = length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var script = new List<(char Op, string Line)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                script.Add((' ', a[x]));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                script.Add(('-', a[x])); // removals first, like diff -u
                x++;
            }
            else
            {
                script.Add(('+', b[y]));
                y++;
            }
        }

        // Every change with two lines of context around it; overlapping or touching ranges are merged into one hunk.
        const int context = 2;
        var hunks = new List<(int Start, int End)>();
        for (var k = 0; k < script.Count; k++)
        {
            if (script[k].Op == ' ')
            {
                continue;
            }

            var (start, end) = (Math.Max(0, k - context), Math.Min(script.Count - 1, k + context));
            if (hunks.Count > 0 && start <= hunks[^1].End + 1)
            {
                hunks[^1] = (hunks[^1].Start, end);
            }
            else
            {
                hunks.Add((start, end));
            }
        }

        var output = new StringBuilder();
        var written = 0;
        foreach (var (start, end) in hunks)
        {
            output.Append("@@ in: ").Append(EnclosingDeclaration(script, start)).Append(" @@\n");
            for (var m = start; m <= end; m++)
            {
                output.Append(script[m].Op).Append(script[m].Line).Append('\n');
                if (++written >= maxLines)
                {
                    return output.Append("... (diff cut at ").Append(maxLines).Append(" lines)\n").ToString();
                }
            }
        }

        return output.ToString();
    }

    /// <summary>The nearest line above <paramref name="index"/> that opens a type (4-space indent) or a namespace.</summary>
    private static string EnclosingDeclaration(List<(char Op, string Line)> script, int index)
    {
        for (var k = Math.Min(index, script.Count - 1); k >= 0; k--)
        {
            var line = script[k].Line;
            if (script[k].Op != '-' && (line.StartsWith("namespace ", StringComparison.Ordinal)
                || (line.StartsWith("    ", StringComparison.Ordinal) && !line.StartsWith("     ", StringComparison.Ordinal) && !line.TrimStart().StartsWith('['))))
            {
                return line.Trim();
            }
        }

        return "(top)";
    }

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
}
