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

    /// <summary>Every diagnostics step in every format (<c>--explain</c>), instead of the short <c>reasons</c> codes.</summary>
    public bool Explain { get; init; }

    /// <summary>Continue the run whose output <see cref="Output"/> already holds (<c>--resume</c>).</summary>
    public bool Resume { get; init; }

    /// <summary>The phone column of a CRM CSV input: a header name or a 1-based index (<c>--column</c>).</summary>
    public string? Column { get; init; }

    public bool IsBulk => Input is not null;
}
