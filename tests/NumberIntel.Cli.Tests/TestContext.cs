namespace NumberIntel.Cli.Tests;

/// <summary>Shared test settings.</summary>
internal static class TestContext
{
    /// <summary>A ceiling on waits for events that should happen promptly, so that a broken test fails instead of hanging.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
}
