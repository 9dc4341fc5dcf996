using System.Globalization;
using System.Text;

namespace NumberIntel.Client.Confidence;

/// <summary>
/// The normalized verdict on one number: a <see cref="ConfidenceLabel"/> (and its <see cref="Score"/>), whether the
/// number is disposable, what it is, and the <see cref="Diagnostics"/> that explain the label.
/// </summary>
/// <remarks>Produced by <see cref="ConfidenceNormalizer"/>; two results (one per vendor) merge with <see cref="Combine"/>.</remarks>
public sealed record ConfidenceResult
{
    /// <summary>The label.</summary>
    public required ConfidenceLabel Label { get; init; }

    /// <summary>The score derived from <see cref="Label"/>: 0.95, 0.80, 0.55, 0.20 or 0.00 (see <see cref="GetScore"/>).</summary>
    public double Score => GetScore(Label);

    /// <summary>Whether the number is disposable (a flagged prefix, or the vendor says so).</summary>
    public bool IsDisposable { get; init; }

    /// <summary>The canonical line type (<see cref="LineType.Unknown"/> when no vendor told).</summary>
    public LineType LineType { get; init; }

    /// <summary>The carrier's name as the vendor gave it (trimmed), or <see langword="null"/>.</summary>
    public string? Carrier { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 country (upper case), or <see langword="null"/> when unknown.</summary>
    public string? CountryCode { get; init; }

    // The diagnostics are built on first read when the normalizer computed only the label (LazyDiagnostics): most
    // callers read the label and never the steps. Once built (or when set), _diagnostics holds them.
    private ConfidenceDiagnostics? _diagnostics;
    private LazyDiagnostics? _lazyDiagnostics;

    /// <summary>Why the label is what it is.</summary>
    public ConfidenceDiagnostics Diagnostics
    {
        get => _diagnostics ?? BuildDiagnostics();
        init
        {
            _diagnostics = value;
            _lazyDiagnostics = null;
        }
    }

    /// <summary>Builds <see cref="Diagnostics"/> on first read (set by the normalizer instead of <see cref="Diagnostics"/>).</summary>
    internal LazyDiagnostics? LazyDiagnostics
    {
        init
        {
            _lazyDiagnostics = value;
            _diagnostics = null;
        }
    }

    /// <summary><see cref="ConfidenceDiagnostics.Source"/>, without building the diagnostics.</summary>
    internal ConfidenceSource Source => _diagnostics?.Source ?? _lazyDiagnostics?.Source ?? ConfidenceDiagnostics.Empty.Source;

    /// <summary>The score of a label: verified 0.95, likely 0.80, uncertain 0.55, low 0.20, invalid 0.00.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="label"/> is not a defined label.</exception>
    public static double GetScore(ConfidenceLabel label) => label switch
    {
        ConfidenceLabel.Verified => 0.95,
        ConfidenceLabel.Likely => 0.80,
        ConfidenceLabel.Uncertain => 0.55,
        ConfidenceLabel.Low => 0.20,
        ConfidenceLabel.Invalid => 0.00,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not a confidence label."),
    };

    /// <summary>
    /// Combines two verdicts on the same number (typically one per vendor): the lower label wins, <see cref="IsDisposable"/>
    /// is true when either is, and the diagnostics keep both inputs.
    /// </summary>
    /// <remarks>
    /// Commutative. <see cref="LineType"/>, <see cref="Carrier"/> and <see cref="CountryCode"/> come from the input with
    /// the lower label (it explains the verdict) and fall back to the other input when that one does not know them; on
    /// equal labels Bind comes before IPQS.
    /// </remarks>
    /// <param name="first">One result.</param>
    /// <param name="second">The other result.</param>
    /// <returns>The combined result (<see cref="ConfidenceSource.Combined"/>).</returns>
    public static ConfidenceResult Combine(ConfidenceResult first, ConfidenceResult second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (Precedes(second, first))
        {
            (first, second) = (second, first);
        }

        return new ConfidenceResult
        {
            Label = first.Label,
            IsDisposable = first.IsDisposable || second.IsDisposable,
            LineType = first.LineType != LineType.Unknown ? first.LineType : second.LineType,
            Carrier = first.Carrier ?? second.Carrier,
            CountryCode = first.CountryCode ?? second.CountryCode,
            LazyDiagnostics = new CombinedDiagnostics(first, second),
        };
    }

    /// <inheritdoc />
    public bool Equals(ConfidenceResult? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && Label == other.Label
            && IsDisposable == other.IsDisposable
            && LineType == other.LineType
            && string.Equals(Carrier, other.Carrier, StringComparison.Ordinal)
            && string.Equals(CountryCode, other.CountryCode, StringComparison.Ordinal)
            && Equals(Diagnostics, other.Diagnostics);
    }

    /// <inheritdoc />
    /// <remarks>Leaves <see cref="Diagnostics"/> out (equal results still hash alike), so hashing never builds them.</remarks>
    public override int GetHashCode() => HashCode.Combine(Label, IsDisposable, LineType, Carrier, CountryCode);

    /// <summary>A readable summary: the label, score and facts on one line, then <see cref="ConfidenceDiagnostics.Explain"/>.</summary>
    /// <returns>The explanation (no phone number is included).</returns>
    public string Explain()
    {
        var builder = new StringBuilder(320);
        builder.Append(ConfidenceText.Label(Label)).Append(" (")
            .Append(Score.ToString("0.00", CultureInfo.InvariantCulture)).Append(')');
        if (IsDisposable)
        {
            builder.Append(", disposable");
        }

        builder.Append(", line type ").Append(LineTypeText(LineType));
        if (Carrier is not null)
        {
            builder.Append(", carrier \"").Append(Carrier).Append('"');
        }

        if (CountryCode is not null)
        {
            builder.Append(", country ").Append(CountryCode);
        }

        builder.Append(", from ").Append(ConfidenceText.Source(Diagnostics.Source)).Append('\n');
        Diagnostics.AppendTo(builder, "  ");
        return builder.ToString().TrimEnd('\n');
    }

    private static string LineTypeText(LineType lineType) => lineType switch
    {
        LineType.Mobile => "mobile",
        LineType.FixedLine => "fixed_line",
        LineType.FixedLineOrMobile => "fixed_line_or_mobile",
        LineType.TollFree => "toll_free",
        LineType.PremiumRate => "premium_rate",
        LineType.SharedCost => "shared_cost",
        LineType.Voip => "voip",
        LineType.PersonalNumber => "personal_number",
        LineType.Pager => "pager",
        LineType.Uan => "uan",
        LineType.Voicemail => "voicemail",
        LineType.Satellite => "satellite",
        LineType.Emergency => "emergency",
        _ => "unknown",
    };

    /// <summary>The canonical order of two inputs, so that <see cref="Combine"/> is commutative.</summary>
    private ConfidenceDiagnostics BuildDiagnostics()
    {
        if (_lazyDiagnostics is not { } lazy)
        {
            return ConfidenceDiagnostics.Empty;
        }

        var built = lazy.Build();
        return Interlocked.CompareExchange(ref _diagnostics, built, null) ?? built;
    }

    private static bool Precedes(ConfidenceResult a, ConfidenceResult b)
    {
        if (a.Label != b.Label)
        {
            return a.Label < b.Label;
        }

        if (a.Source != b.Source)
        {
            return SourceRank(a.Source) < SourceRank(b.Source);
        }

        if (a.IsDisposable != b.IsDisposable)
        {
            return a.IsDisposable;
        }

        if (a.LineType != b.LineType)
        {
            return a.LineType < b.LineType;
        }

        var carrier = string.CompareOrdinal(a.Carrier, b.Carrier);
        return carrier != 0 ? carrier < 0 : string.CompareOrdinal(a.CountryCode, b.CountryCode) < 0;
    }

    private static int SourceRank(ConfidenceSource source) => source switch
    {
        ConfidenceSource.Bind => 0,
        ConfidenceSource.Ipqs => 1,
        ConfidenceSource.Combined => 2,
        ConfidenceSource.Format => 3,
        _ => 4,
    };

    private static DisposableDiagnostics MergeDisposable(DisposableDiagnostics first, DisposableDiagnostics second)
    {
        if (!first.IsDisposable)
        {
            return second;
        }

        if (!second.IsDisposable || first.MatchedPrefix is not null || second.MatchedPrefix is null)
        {
            return first;
        }

        return first with { MatchedPrefix = second.MatchedPrefix };
    }

    /// <summary>The diagnostics of <see cref="Combine"/>: one <c>combine</c> step over both inputs' diagnostics.</summary>
    private sealed class CombinedDiagnostics(ConfidenceResult first, ConfidenceResult second) : LazyDiagnostics(ConfidenceSource.Combined)
    {
        public override ConfidenceDiagnostics Build()
        {
            var step = new ConfidenceStep(
                ConfidenceStepNames.Combine,
                null,
                string.Concat(ConfidenceText.Label(first.Label), " + ", ConfidenceText.Label(second.Label)),
                first.Label,
                first.Label != second.Label,
                first.Label != second.Label ? "the lower label wins" : "both inputs agree");
            var a = first.Diagnostics;
            var b = second.Diagnostics;
            return new ConfidenceDiagnostics
            {
                Source = ConfidenceSource.Combined,
                Format = a.Format ?? b.Format,
                Disposable = MergeDisposable(a.Disposable, b.Disposable),
                Steps = [step],
                Inputs = [a, b],
            };
        }
    }
}
