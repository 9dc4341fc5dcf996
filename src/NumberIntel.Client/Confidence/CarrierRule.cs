namespace NumberIntel.Client.Confidence;

/// <summary>One frozen carrier entry, with its two possible diagnostics built once.</summary>
internal sealed class CarrierRule
{
    public CarrierRule(string entry, ConfidenceLabel label, bool isOverride)
    {
        Entry = entry;
        Label = label;
        IsOverride = isOverride;
        AppliedDiagnostics = new CarrierProfileDiagnostics
        {
            Matched = true, Entry = entry, IsOverride = isOverride, Label = label, Applied = true,
        };
        NotAppliedDiagnostics = AppliedDiagnostics with { Applied = false };
    }

    public string Entry { get; }

    public ConfidenceLabel Label { get; }

    public bool IsOverride { get; }

    public CarrierProfileDiagnostics AppliedDiagnostics { get; }

    public CarrierProfileDiagnostics NotAppliedDiagnostics { get; }
}
