using NumberIntel.Cli.Output;
using NumberIntel.Client;

namespace NumberIntel.Cli.Assess;

/// <summary>The parsed command line of <c>assess</c>.</summary>
internal sealed record AssessSettings
{
    public IReadOnlyList<string> Numbers { get; init; } = [];

    public string? Input { get; init; }

    public OutputFormat? Format { get; init; }

    public VendorStrategy? Vendors { get; init; }

    public string? Region { get; init; }

    public string? Output { get; init; }

    public IReadOnlyList<KeyValuePair<string, string?>> ConfigurationValues { get; init; } = [];

    public bool NoProgress { get; init; }

    public bool Verbose { get; init; }

    public bool IsBulk => Input is not null;
}
