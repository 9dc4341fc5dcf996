using NumberIntel.Client.Confidence;

namespace NumberIntel.Samples.SignupApi;

/// <summary>The answer to an accepted (or accepted-for-review) signup.</summary>
public sealed record SignupResponse
{
    /// <summary><c>accept</c> or <c>review</c> (a rejection is a problem response instead).</summary>
    public required SignupDecision Decision { get; init; }

    /// <summary>The confidence label, e.g. <c>verified</c>.</summary>
    public required ConfidenceLabel Confidence { get; init; }

    /// <summary>The label's score (0.95, 0.80, 0.55, 0.20, 0.00).</summary>
    public required double Score { get; init; }

    /// <summary>The number in E.164 form.</summary>
    public string? E164 { get; init; }

    /// <summary>Whether the number is disposable.</summary>
    public bool IsDisposable { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 country, when known.</summary>
    public string? Country { get; init; }

    /// <summary>True when a vendor failed and the verdict was built from less.</summary>
    public bool Degraded { get; init; }
}
