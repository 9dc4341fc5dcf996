namespace NumberIntel.Client.Confidence;

/// <summary>What the carrier-profile step found (the <c>carrier_profile</c> object of the vendor documentation's diagnostics).</summary>
public sealed record CarrierProfileDiagnostics
{
    /// <summary>The diagnostics of a carrier that matched no policy entry (or of a missing carrier).</summary>
    internal static CarrierProfileDiagnostics NotMatched { get; } = new();

    /// <summary>Whether the carrier matched a policy entry.</summary>
    public bool Matched { get; init; }

    /// <summary>The policy entry that matched (as configured), or <see langword="null"/>.</summary>
    public string? Entry { get; init; }

    /// <summary>Whether the entry came from <see cref="ConfidencePolicy.CarrierOverrides"/> (otherwise <see cref="ConfidencePolicy.DisposableCarriers"/>).</summary>
    public bool IsOverride { get; init; }

    /// <summary>The label the entry imposes at most (<see cref="ConfidenceLabel.Low"/> for a disposable carrier), or <see langword="null"/>.</summary>
    public ConfidenceLabel? Label { get; init; }

    /// <summary>Whether the entry lowered the label.</summary>
    public bool Applied { get; init; }
}
