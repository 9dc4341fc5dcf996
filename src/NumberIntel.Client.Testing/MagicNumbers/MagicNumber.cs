using NumberIntel.Client.Confidence;

namespace NumberIntel.Client.Testing;

/// <summary>One entry of the magic-number table: a number, what each emulated vendor answers, and the expected labels.</summary>
public sealed record MagicNumber
{
    /// <summary>The number in E.164 form, e.g. <c>+385915550101</c>.</summary>
    public required string E164 { get; init; }

    /// <summary>The MSISDN: <see cref="E164"/> without the <c>+</c>.</summary>
    public string Msisdn => E164[1..];

    /// <summary>ISO 3166-1 alpha-2 country, e.g. <c>HR</c>.</summary>
    public required string CountryCode { get; init; }

    /// <summary>What the number makes the vendors answer.</summary>
    public required MagicNumberScenario Scenario { get; init; }

    /// <summary>The label the SDK's confidence pipeline gives Bind's answer alone.</summary>
    public required ConfidenceLabel ExpectedBindLabel { get; init; }

    /// <summary>The label the SDK's confidence pipeline gives IPQS's answer alone.</summary>
    public required ConfidenceLabel ExpectedIpqsLabel { get; init; }

    /// <summary>The combined label (both vendors; the lower wins) with the default <c>ConfidencePolicy</c>.</summary>
    public ConfidenceLabel ExpectedLabel => ExpectedBindLabel < ExpectedIpqsLabel ? ExpectedBindLabel : ExpectedIpqsLabel;

    /// <summary>Whether the SDK's result has <c>IsDisposable = true</c>.</summary>
    public bool ExpectedDisposable { get; init; }

    /// <summary>What Bind answers, in short.</summary>
    public required string BindAnswer { get; init; }

    /// <summary>What IPQS answers, in short.</summary>
    public required string IpqsAnswer { get; init; }
}
