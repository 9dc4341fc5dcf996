namespace NumberIntel.Client.Tests.Infrastructure;

/// <summary>
/// How long a test waits for something that should already be under way (a timer to be armed, a request to reach a
/// fake vendor, test-driven work to finish): long enough never to fail on a busy machine, short enough that a
/// regression fails the test instead of hanging the run.
/// </summary>
public static class TestTimeouts
{
    /// <summary>The bound on every wait in a test.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
}
