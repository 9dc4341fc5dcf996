using System.Collections.Frozen;
using System.Runtime.InteropServices;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Confidence;

/// <content>Text helpers and the running state (<c>Pipeline</c>) of one normalization.</content>
public sealed partial class ConfidenceNormalizer
{
    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return null;
        }

        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>Copies the ASCII digits of <paramref name="text"/> into <paramref name="buffer"/> (as many as fit).</summary>
    private static ReadOnlySpan<char> CopyDigits(string? text, Span<char> buffer)
    {
        if (text is null)
        {
            return default;
        }

        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[count++] = c;
                if (count == buffer.Length)
                {
                    break;
                }
            }
        }

        return buffer[..count];
    }

    /// <summary>An ISO 3166-1 alpha-2 code in upper case, or null when <paramref name="code"/> is not two ASCII letters.</summary>
    private static string? Alpha2(string? code)
    {
        if (code is not { Length: 2 } || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]))
        {
            return null;
        }

        return char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1])
            ? code
            : code.ToUpperInvariant();
    }

    private static string BindTypeText(BindPhoneType type) => type switch
    {
        BindPhoneType.Mobile => "mobile",
        BindPhoneType.Landline => "landline",
        BindPhoneType.TollFree => "toll_free",
        BindPhoneType.SharedCost => "shared_cost",
        BindPhoneType.Voip => "voip",
        BindPhoneType.Emergency => "emergency",
        _ => "n/a",
    };


    /// <summary>The running state of one normalization: the label so far and the steps recorded.</summary>
    private struct Pipeline
    {
        private readonly ConfidenceStep[]? _steps;
        private int _count;
        private ConfidenceLabel _label;
        private DisposableDiagnostics _disposable;

        /// <param name="stepCount">The steps this pipeline records at most.</param>
        /// <param name="record">Whether to record the steps now (diagnostics read) or only compute the label (diagnostics on demand).</param>
        public Pipeline(int stepCount, bool record)
        {
            _steps = record ? new ConfidenceStep[stepCount] : null;
            _label = ConfidenceLabel.Verified;
            _disposable = DisposableDiagnostics.NotDisposable;
        }

        /// <summary>Whether the steps are recorded (otherwise only the label is computed).</summary>
        public readonly bool Recording => _steps is not null;

        /// <summary>Records a step; the label becomes the lower of itself and <paramref name="decision"/>.</summary>
        /// <returns>Whether the step lowered the label.</returns>
        public bool Record(string name, NumberIntelVendor? vendor, string? observed, ConfidenceLabel? decision, string reason)
        {
            var applied = decision is { } cap && cap < _label;
            if (applied)
            {
                _label = decision!.Value;
            }

            if (_steps is not null)
            {
                _steps[_count++] = new ConfidenceStep(name, vendor, observed, decision, applied, reason);
            }

            return applied;
        }

        /// <summary>Marks the number disposable; the first reason is kept.</summary>
        public void MarkDisposable(DisposableDiagnostics disposable)
        {
            if (!_disposable.IsDisposable)
            {
                _disposable = disposable;
            }
        }

        public readonly ConfidenceResult ToResult(
            ConfidenceSource source,
            LineType lineType,
            string? carrier,
            string? country,
            FormatDiagnostics? format,
            ConfidenceLabel baseline,
            CarrierProfileDiagnostics carrierProfile,
            ConfidenceNormalizer normalizer,
            PhoneNumberParseResult? number,
            BindScoringResult? bind,
            IpqsPhoneResult? ipqs)
        {
            if (_steps is null)
            {
                return new ConfidenceResult
                {
                    Label = _label,
                    IsDisposable = _disposable.IsDisposable,
                    LineType = lineType,
                    Carrier = carrier,
                    CountryCode = country,
                    LazyDiagnostics = new PipelineDiagnostics(normalizer, source, number, bind, ipqs),
                };
            }

            var steps = _count == _steps.Length ? _steps : _steps[.._count];
            return new ConfidenceResult
            {
                Label = _label,
                IsDisposable = _disposable.IsDisposable,
                LineType = lineType,
                Carrier = carrier,
                CountryCode = country,
                Diagnostics = new ConfidenceDiagnostics
                {
                    Source = source,
                    Format = format,
                    Disposable = _disposable,
                    LineTypeBaseline = baseline,
                    CarrierProfile = carrierProfile,
                    Steps = ImmutableCollectionsMarshal.AsImmutableArray(steps),
                },
            };
        }
    }
}
