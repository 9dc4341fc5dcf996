namespace NumberIntel.Client.Tests.Emulator;

/// <summary>The source tree the tests were built from.</summary>
public static class RepositoryRoot
{
    /// <summary>The folder holding <c>NumberIntel.Client.sln</c>, found upwards from the test binaries.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NumberIntel.Client.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"NumberIntel.Client.sln was not found above {AppContext.BaseDirectory}.");
    }
}
