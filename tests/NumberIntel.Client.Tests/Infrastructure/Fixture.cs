namespace NumberIntel.Client.Tests.Infrastructure;

/// <summary>Reads JSON fixtures copied next to the test assembly from <c>Fixtures/</c>.</summary>
public static class Fixture
{
    /// <summary>Reads <c>Fixtures/{relativePath}</c> as text.</summary>
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));
}
