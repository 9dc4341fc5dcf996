using System.Buffers;
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


    /// <summary>
    /// The running state of one normalization: the label so far and the steps recorded. Steps are recorded into a
    /// buffer rented from the shared pool that grows as needed (no step count to keep in sync with the steps); the
    /// result gets one exactly sized copy and the buffer goes back to the pool.
    /// </summary>
    internal struct Pipeline
    {
        /// <summary>The first buffer rented: room for every step of the longest pipeline today; more steps grow it.</summary>
        private const int InitialCapacity = 32;

        private ConfidenceStep[]? _steps;
        private int _count;
        private ConfidenceLabel _label;
        private DisposableDiagnostics _disposable;

        /// <param name="record">Whether to record the steps now (diagnostics read) or only compute the label (diagnostics on demand).</param>
        public Pipeline(bool record)
        {
            _steps = record ? ArrayPool<ConfidenceStep>.Shared.Rent(InitialCapacity) : null;
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
                if (_count == _steps.Length)
                {
                    Grow();
                }

                _steps[_count++] = new ConfidenceStep(name, vendor, observed, decision, applied, reason);
            }

            return applied;
        }

        private void Grow()
        {
            var larger = ArrayPool<ConfidenceStep>.Shared.Rent(_steps!.Length * 2);
            _steps.AsSpan(0, _count).CopyTo(larger);
            Release(_steps, _count);
            _steps = larger;
        }

        /// <summary>Returns a rented buffer, cleared first so that the pool holds no reference to this number's text.</summary>
        private static void Release(ConfidenceStep[] buffer, int count)
        {
            buffer.AsSpan(0, count).Clear();
            ArrayPool<ConfidenceStep>.Shared.Return(buffer);
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

            var steps = _steps.AsSpan(0, _count).ToArray();
            Release(_steps, _count);
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
