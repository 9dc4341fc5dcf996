using System.Collections.Immutable;
using System.Text;

namespace NumberIntel.Client.Confidence;

/// <summary>
/// Why a <see cref="ConfidenceResult"/> landed on its label: the summary objects of the vendor documentation's
/// <c>diagnostics</c> (<see cref="Format"/>, <see cref="Disposable"/>, <see cref="LineTypeBaseline"/>,
/// <see cref="CarrierProfile"/>) plus every pipeline step in the order it ran (<see cref="Steps"/>).
/// </summary>
/// <remarks>
/// Immutable and serializable. Holds no phone number: only vendor field values, policy entries and reasons.
/// A combined result keeps both inputs' diagnostics in <see cref="Inputs"/>; <see cref="GetAllSteps"/> flattens them.
/// Equality is structural, including the steps and inputs.
/// </remarks>
public sealed record ConfidenceDiagnostics
{
    private readonly ImmutableArray<ConfidenceStep> _steps = [];
    private readonly ImmutableArray<ConfidenceDiagnostics> _inputs = [];

    /// <summary>The diagnostics of a result built by hand: no step ran.</summary>
    internal static ConfidenceDiagnostics Empty { get; } = new();

    /// <summary>What the result was computed from.</summary>
    public ConfidenceSource Source { get; init; }

    /// <summary>The offline format check, or <see langword="null"/> when no parse result was given.</summary>
    public FormatDiagnostics? Format { get; init; }

    /// <summary>Whether, and why, the number is disposable.</summary>
    public DisposableDiagnostics Disposable { get; init; } = DisposableDiagnostics.NotDisposable;

    /// <summary>The label the line type started from, or <see langword="null"/> when the step did not run (hand-built or combined results).</summary>
    public ConfidenceLabel? LineTypeBaseline { get; init; }

    /// <summary>The carrier-profile match, or <see langword="null"/> when the step did not run (hand-built or combined results).</summary>
    public CarrierProfileDiagnostics? CarrierProfile { get; init; }

    /// <summary>The steps of this result's own pipeline, in the order they ran (for a combined result: the <c>combine</c> step).</summary>
    public ImmutableArray<ConfidenceStep> Steps
    {
        get => _steps;
        init => _steps = value.IsDefault ? [] : value;
    }

    /// <summary>For a combined result, the diagnostics of the two results it was combined from (lower label first); otherwise empty.</summary>
    public ImmutableArray<ConfidenceDiagnostics> Inputs
    {
        get => _inputs;
        init => _inputs = value.IsDefault ? [] : value;
    }

    /// <summary>Every step, depth first: the inputs' steps (in <see cref="Inputs"/> order) and then this result's own.</summary>
    /// <returns>The steps, flattened.</returns>
    public IReadOnlyList<ConfidenceStep> GetAllSteps()
    {
        if (_inputs.IsEmpty)
        {
            return _steps;
        }

        var all = new List<ConfidenceStep>();
        AddSteps(all);
        return all.AsReadOnly();
    }

    /// <summary>A readable, multi-line account of the steps: what each saw, what it decided, and whether it lowered the label.</summary>
    /// <returns>The explanation (no phone number is included).</returns>
    public string Explain()
    {
        var builder = new StringBuilder(256);
        AppendTo(builder, string.Empty);
        return builder.ToString().TrimEnd('\n');
    }

    /// <summary>Returns <see cref="Explain"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explain();

    /// <summary>Structural equality, including <see cref="Steps"/> and <see cref="Inputs"/>.</summary>
    /// <param name="other">The other diagnostics.</param>
    /// <returns>Whether both describe the same pipeline run.</returns>
    public bool Equals(ConfidenceDiagnostics? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && Source == other.Source
            && Equals(Format, other.Format)
            && Equals(Disposable, other.Disposable)
            && LineTypeBaseline == other.LineTypeBaseline
            && Equals(CarrierProfile, other.CarrierProfile)
            && _steps.AsSpan().SequenceEqual(other._steps.AsSpan())
            && _inputs.AsSpan().SequenceEqual(other._inputs.AsSpan());
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Source);
        hash.Add(Format);
        hash.Add(Disposable);
        hash.Add(LineTypeBaseline);
        hash.Add(CarrierProfile);
        foreach (var step in _steps)
        {
            hash.Add(step);
        }

        foreach (var input in _inputs)
        {
            hash.Add(input);
        }

        return hash.ToHashCode();
    }

    internal void AppendTo(StringBuilder builder, string indent)
    {
        if (_steps.IsEmpty && _inputs.IsEmpty)
        {
            builder.Append(indent).Append("no steps ran").Append('\n');
            return;
        }

        var inner = indent + "  ";
        foreach (var input in _inputs)
        {
            builder.Append(indent).Append(ConfidenceText.Source(input.Source)).Append(":\n");
            input.AppendTo(builder, inner);
        }

        var number = 1;
        foreach (var step in _steps)
        {
            builder.Append(indent);
            if (_inputs.IsEmpty)
            {
                builder.Append(number++).Append(". ");
            }

            AppendStep(builder, step);
            builder.Append('\n');
        }
    }

    private static void AppendStep(StringBuilder builder, ConfidenceStep step)
    {
        if (step.Vendor is { } vendor)
        {
            builder.Append('[').Append(ConfidenceText.Vendor(vendor)).Append("] ");
        }

        builder.Append(step.Name).Append(": saw ");
        if (step.Observed is null)
        {
            builder.Append("nothing");
        }
        else
        {
            builder.Append('"').Append(step.Observed).Append('"');
        }

        builder.Append(" -> ");
        if (step.Decision is { } decision)
        {
            builder.Append("at most ").Append(ConfidenceText.Label(decision));
            builder.Append(step.Applied ? " (lowered the label)" : " (label already at or below)");
        }
        else
        {
            builder.Append("no effect");
        }

        builder.Append(": ").Append(step.Reason);
    }

    private void AddSteps(List<ConfidenceStep> all)
    {
        foreach (var input in _inputs)
        {
            input.AddSteps(all);
        }

        all.AddRange(_steps);
    }
}
