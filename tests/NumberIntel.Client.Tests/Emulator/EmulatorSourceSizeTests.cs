namespace NumberIntel.Client.Tests.Emulator;

/// <summary>The emulator package keeps every source file under 400 lines (STYLE: split by responsibility instead).</summary>
public sealed class EmulatorSourceSizeTests
{
    private const int MaxLines = 400;

    [Fact]
    public void TestingPackage_EverySourceFile_IsAtMost400Lines()
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "src", "NumberIntel.Client.Testing");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToArray();

        Assert.NotEmpty(files);
        var tooLong = files
            .Select(f => (File: Path.GetRelativePath(folder, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines)
            .Select(f => $"{f.File}: {f.Lines} lines");
        Assert.Empty(tooLong);
    }
}
