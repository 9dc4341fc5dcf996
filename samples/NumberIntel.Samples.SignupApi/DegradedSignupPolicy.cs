namespace NumberIntel.Samples.SignupApi;

/// <summary>
/// What the signup gate does with a <b>degraded</b> assessment (a vendor failed and the verdict was built from less):
/// a security choice — accepting fails open (an outage lets every number in), reviewing fails closed.
/// </summary>
public enum DegradedSignupPolicy
{
    /// <summary>A degraded verdict that would be accepted is sent to review instead (fail closed; the default).</summary>
    Review,

    /// <summary>A degraded verdict is decided like any other (fail open: during a vendor outage numbers get in on less evidence).</summary>
    Accept,
}
