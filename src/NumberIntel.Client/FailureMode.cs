namespace NumberIntel.Client;

/// <summary>What happens when a vendor still fails after retries.</summary>
public enum FailureMode
{
    /// <summary>Return a <see cref="NumberAssessment"/> with <see cref="NumberAssessment.Degraded"/> set and the error recorded. The default.</summary>
    Degrade = 0,

    /// <summary>Throw the vendor's <see cref="NumberIntelException"/>.</summary>
    Throw,
}
