using System.Text.RegularExpressions;

namespace NumberIntel.Client.Tests.Docs;

/// <summary>One fenced <c>```csharp</c> block of a Markdown document, with where it starts.</summary>
/// <param name="Document">The document's file name.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Code">The block's text.</param>
public sealed record MarkdownCSharpBlock(string Document, int Line, string Code)
{
    /// <inheritdoc />
    public override string ToString() => $"{Document}:{Line}";
}

/// <summary>Reads the <c>```csharp</c> blocks of the Markdown documents copied beside the tests (README.md, docs/).</summary>
public static partial class MarkdownCSharpBlocks
{
    /// <summary>The documents' folder in the test output.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Docs");

    /// <summary>Every C# block of every document, in document order.</summary>
    /// <returns>The blocks.</returns>
    public static IReadOnlyList<MarkdownCSharpBlock> All() =>
        [.. Directory.EnumerateFiles(Folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).SelectMany(Read)];

    /// <summary>The C# blocks of one document.</summary>
    /// <param name="path">The document.</param>
    /// <returns>Its blocks.</returns>
    public static IEnumerable<MarkdownCSharpBlock> Read(string path)
    {
        var name = Path.GetRelativePath(Folder, path);
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!Fence().IsMatch(lines[i]))
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Length && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                end++;
            }

            yield return new MarkdownCSharpBlock(name, start, string.Join('\n', lines[start..end]));
            i = end;
        }
    }

    [GeneratedRegex(@"^\s*```(csharp|cs|c#)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Fence();
}
