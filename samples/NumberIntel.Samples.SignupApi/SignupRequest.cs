namespace NumberIntel.Samples.SignupApi;

/// <summary>The body of <c>POST /signup</c>.</summary>
public sealed record SignupRequest
{
    /// <summary>The phone number as the person typed it, e.g. <c>+385 91 234 5678</c>.</summary>
    public string? Phone { get; init; }
}
