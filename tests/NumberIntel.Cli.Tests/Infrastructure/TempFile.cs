namespace NumberIntel.Cli.Tests.Infrastructure;

/// <summary>A file in the temp folder, deleted on dispose.</summary>
public sealed class TempFile : IDisposable
{
    public TempFile(string extension = ".txt")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "numberintel-cli-" + Guid.NewGuid().ToString("N") + extension);
    }

    public string Path { get; }

    public static TempFile WithLines(IEnumerable<string> lines)
    {
        var file = new TempFile();
        File.WriteAllText(file.Path, string.Join('\n', lines) + "\n");
        return file;
    }

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
