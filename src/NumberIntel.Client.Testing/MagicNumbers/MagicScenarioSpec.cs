using NumberIntel.Client.Confidence;
using NumberIntel.Client.Testing.Profiles;

namespace NumberIntel.Client.Testing;

/// <summary>
/// Everything about one <see cref="MagicNumberScenario"/>, in one place: the profile both emulated vendors answer from,
/// the label (and the confidence step that decides it) the SDK gives each vendor's answer, and the words that describe
/// the answers. <see cref="MagicNumbers.All"/>, the emulator's answers and the README table are all built from it.
/// </summary>
internal sealed record MagicScenarioSpec
{
    /// <summary>Stands for the scenario's disposable carrier in <see cref="BindAnswer"/> and <see cref="IpqsAnswer"/>.</summary>
    public const string CarrierPlaceholder = "{carrier}";

    /// <summary>The scenario.</summary>
    public required MagicNumberScenario Scenario { get; init; }

    /// <summary>The line type of the clean profile the scenario starts from.</summary>
    public EmulatedLineType LineType { get; init; } = EmulatedLineType.Mobile;

    /// <summary>Turns the clean profile into the scenario's profile (the country code picks the disposable carrier).</summary>
    public Func<NumberProfile, string, NumberProfile> Shape { get; init; } = static (clean, _) => clean;

    /// <summary>The label the SDK gives Bind's answer alone (default policy).</summary>
    public required ConfidenceLabel BindLabel { get; init; }

    /// <summary>The confidence step that caps Bind's answer at <see cref="BindLabel"/>; null when nothing lowers it.</summary>
    public string? BindStep { get; init; }

    /// <summary>What Bind answers, in short (<see cref="CarrierPlaceholder"/> stands for the carrier).</summary>
    public required string BindAnswer { get; init; }

    /// <summary>The label the SDK gives IPQS's answer alone (default policy).</summary>
    public required ConfidenceLabel IpqsLabel { get; init; }

    /// <summary>The confidence step that caps IPQS's answer at <see cref="IpqsLabel"/>; null when nothing lowers it.</summary>
    public string? IpqsStep { get; init; }

    /// <summary>What IPQS answers, in short (<see cref="CarrierPlaceholder"/> stands for the carrier).</summary>
    public required string IpqsAnswer { get; init; }

    /// <summary>Whether the SDK's result is disposable.</summary>
    public bool Disposable { get; init; }
}
