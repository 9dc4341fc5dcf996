namespace NumberIntel.Client.Confidence;

/// <summary>
/// The decision recipes of the confidence documentation, ready to use. Pick one and apply it consistently.
/// </summary>
public static class ConfidenceRecipes
{
    /// <summary>
    /// High-trust signups (banking, KYC-light): accept only a <see cref="ConfidenceLabel.Verified"/> number that is not
    /// disposable; reject everything else. Some legitimate <c>fixed_line_or_mobile</c> users (US, BR…) land on
    /// <see cref="ConfidenceLabel.Likely"/> and are rejected — worth it for high-stakes contexts.
    /// </summary>
    /// <param name="result">The verdict.</param>
    /// <returns><see cref="SignupDecision.Accept"/> or <see cref="SignupDecision.Reject"/>.</returns>
    public static SignupDecision HighTrustSignup(ConfidenceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Label == ConfidenceLabel.Verified && !result.IsDisposable ? SignupDecision.Accept : SignupDecision.Reject;
    }

    /// <summary>
    /// Standard signups (SaaS, e-commerce): flag for review a number that is <see cref="ConfidenceLabel.Low"/> or
    /// disposable, reject an <see cref="ConfidenceLabel.Invalid"/> one (it cannot be reached), accept everything else.
    /// Filters out throw-away VoIP and disposable numbers without rejecting legitimate US/CA <c>fixed_line_or_mobile</c> users.
    /// </summary>
    /// <param name="result">The verdict.</param>
    /// <returns><see cref="SignupDecision.Accept"/>, <see cref="SignupDecision.Review"/> or <see cref="SignupDecision.Reject"/>.</returns>
    public static SignupDecision StandardSignup(ConfidenceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Label == ConfidenceLabel.Invalid)
        {
            return SignupDecision.Reject;
        }

        return result.Label == ConfidenceLabel.Low || result.IsDisposable ? SignupDecision.Review : SignupDecision.Accept;
    }

    /// <summary>
    /// Lead enrichment and CRM cleaning: keep <see cref="ConfidenceLabel.Verified"/> and <see cref="ConfidenceLabel.Likely"/>,
    /// keep <see cref="ConfidenceLabel.Uncertain"/> with a warning, drop the rest. Drops the obvious junk and keeps
    /// everything plausible.
    /// </summary>
    /// <param name="result">The verdict.</param>
    /// <returns>The action.</returns>
    public static LeadCleaningAction LeadCleaning(ConfidenceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Label switch
        {
            ConfidenceLabel.Verified or ConfidenceLabel.Likely => LeadCleaningAction.Keep,
            ConfidenceLabel.Uncertain => LeadCleaningAction.KeepWithWarning,
            _ => LeadCleaningAction.Drop,
        };
    }
}
