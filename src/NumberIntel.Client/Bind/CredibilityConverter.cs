using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>Maps Bind's <c>scoring.credibility</c> strings; unknown values are <see cref="Credibility.Unknown"/>.</summary>
internal sealed class CredibilityConverter : TolerantEnumConverter<Credibility>
{
    public CredibilityConverter()
        : base(
            Credibility.Unknown,
            ("very_low", Credibility.VeryLow),
            ("low", Credibility.Low),
            ("intermediate", Credibility.Intermediate),
            ("high", Credibility.High),
            ("very_high", Credibility.VeryHigh),
            ("n/a", Credibility.Unknown))
    {
    }
}
