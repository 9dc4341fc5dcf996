namespace NumberIntel.Client.Bind;

/// <summary>Bind's <c>scoring.credibility</c>: the higher, the more credible the number.</summary>
public enum Credibility
{
    /// <summary>Missing, <c>n/a</c>, or a value this SDK does not know yet.</summary>
    Unknown = 0,

    /// <summary><c>very_low</c>.</summary>
    VeryLow,

    /// <summary><c>low</c>.</summary>
    Low,

    /// <summary><c>intermediate</c>.</summary>
    Intermediate,

    /// <summary><c>high</c>.</summary>
    High,

    /// <summary><c>very_high</c>.</summary>
    VeryHigh,
}
