namespace NumberIntel.Client.Assessment;

/// <summary>Receives, as early as it is known, that a number will not ask Bind (a cache hit, a shared answer, a cascade that stops).</summary>
internal interface IBindDecision
{
    /// <summary>The number will not call <see cref="VendorGateway.ScoreAsync"/>; called at most once per number that counts.</summary>
    void BindNotNeeded();
}
