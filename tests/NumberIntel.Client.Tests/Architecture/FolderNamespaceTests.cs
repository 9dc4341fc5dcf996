using System.Text.RegularExpressions;

namespace NumberIntel.Client.Tests.Architecture;

/// <summary>
/// A folder is a namespace (issue 14): every file under <c>src/NumberIntel.Client/Folder/</c> declares
/// <c>NumberIntel.Client.Folder</c>; the project root holds the public facade types of <c>NumberIntel.Client</c>; the
/// registration extensions live in <c>Microsoft.Extensions.DependencyInjection</c> by design, in <c>DependencyInjection/</c>.
/// </summary>
public sealed partial class FolderNamespaceTests
{
    [Fact]
    public void SourceFiles_DeclareTheNamespaceOfTheirFolder()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "NumberIntel.Client");
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(project, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var declared = NamespaceLine().Match(text).Groups[1].Value;
            var folder = Path.GetDirectoryName(relative)!.Replace('\\', '.').Replace('/', '.');
            var expected = folder.Length == 0 ? "NumberIntel.Client" : "NumberIntel.Client." + folder;
            var allowed = declared == expected
                || (folder == "DependencyInjection" && declared == "Microsoft.Extensions.DependencyInjection");
            if (!allowed)
            {
                wrong.Add($"{relative}: namespace {declared}, expected {expected}");
            }

            if (folder.Length == 0 && PublicType().IsMatch(text) is false)
            {
                wrong.Add($"{relative}: the project root holds public facade types only; move internal types to a feature folder");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NumberIntel.Client.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NumberIntel.Client.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^public (static |sealed |abstract |partial )*(class|record|interface|enum|struct)", RegexOptions.Multiline)]
    private static partial Regex PublicType();
}
