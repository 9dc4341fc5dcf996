namespace NumberIntel.Samples.SignupApi;

/// <summary>The signup gate's settings (configuration section <c>Signup</c>).</summary>
public sealed class SignupOptions
{
    /// <summary>The configuration section: <c>Signup</c>.</summary>
    public const string SectionName = "Signup";

    /// <summary>
    /// What to do with a degraded assessment: <c>Review</c> (the default: fail closed) or <c>Accept</c> (fail open).
    /// Set it knowingly: <c>Signup:OnDegraded</c>, or the environment variable <c>Signup__OnDegraded</c>.
    /// </summary>
    public DegradedSignupPolicy OnDegraded { get; set; } = DegradedSignupPolicy.Review;
}
