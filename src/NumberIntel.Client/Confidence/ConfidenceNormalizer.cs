using System.Collections.Frozen;
using System.Runtime.InteropServices;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Confidence;

/// <summary>
/// Turns a vendor answer (or the offline format check alone) into a <see cref="ConfidenceResult"/>. Pure: no I/O, no
/// logging. Thread-safe and immutable: the policy is snapshotted into frozen lookups when the normalizer is built.
/// </summary>
/// <remarks>
/// <para>The steps run in order and each can only lower the label, never raise it: <c>format</c> (only when a
/// <see cref="PhoneNumberParseResult"/> is given) → <c>line_type_baseline</c> → <c>carrier_profile</c> →
/// <c>country_cap</c> → <c>disposable_prefix</c> → the vendor's signals. Every step that ran is recorded in
/// <see cref="ConfidenceResult.Diagnostics"/>.</para>
/// <para>A vendor answer that carries no data about the number — Bind <c>response</c> 1, 2, 3, 4, 7, 8 or an unreadable
/// code, IPQS <c>success:false</c> — yields at most <see cref="ConfidenceLabel.Uncertain"/>, with a step that says so;
/// the vendor's other signals are then not read.</para>
/// </remarks>
public sealed partial class ConfidenceNormalizer
{
    private const int DigitBufferLength = 24;

    private const string NoCarrierReason = "no carrier given";

    private static readonly DisposableDiagnostics BindSaysDisposable = new()
    {
        IsDisposable = true,
        Reason = "Bind security.is_disposable is yes",
    };

    private readonly CarrierMatcher _carriers;
    private readonly PrefixMatcher _prefixes;
    private readonly FrozenSet<string> _cappedCountries;
    private readonly int _fraudScoreLow;
    private readonly int _fraudScoreUncertain;

    /// <summary>Creates a normalizer with <see cref="ConfidencePolicy.Default"/>.</summary>
    public ConfidenceNormalizer()
        : this(ConfidencePolicy.Default)
    {
    }

    /// <summary>Creates a normalizer with a snapshot of <paramref name="policy"/> and <see cref="OfflineValidationMode.Valid"/>.</summary>
    /// <param name="policy">The lists and thresholds; later changes to it do not affect this normalizer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">A carrier override is not a defined <see cref="ConfidenceLabel"/>.</exception>
    public ConfidenceNormalizer(ConfidencePolicy policy)
        : this(policy, OfflineValidationMode.Valid)
    {
    }

    /// <summary>Creates a normalizer with a snapshot of <paramref name="policy"/> and the given offline validation mode.</summary>
    /// <param name="policy">The lists and thresholds; later changes to it do not affect this normalizer.</param>
    /// <param name="offlineValidation">What the <c>format</c> step lets through (<c>NumberIntel:OfflineValidation</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">A carrier override is not a defined <see cref="ConfidenceLabel"/>, or <paramref name="offlineValidation"/> is not defined.</exception>
    public ConfidenceNormalizer(ConfidencePolicy policy, OfflineValidationMode offlineValidation)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!Enum.IsDefined(offlineValidation))
        {
            throw new ArgumentException($"OfflineValidationMode value {offlineValidation} is not defined.", nameof(offlineValidation));
        }

        OfflineValidation = offlineValidation;
        _carriers = new CarrierMatcher(policy.DisposableCarriers, policy.CarrierOverrides);
        _prefixes = new PrefixMatcher(policy.DisposablePrefixes);
        var countries = new List<string>();
        if (policy.CappedCountries is not null)
        {
            foreach (var country in policy.CappedCountries)
            {
                var code = country?.Trim();
                if (!string.IsNullOrEmpty(code))
                {
                    countries.Add(code);
                }
            }
        }

        _cappedCountries = countries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _fraudScoreLow = policy.IpqsFraudScoreLow;
        _fraudScoreUncertain = policy.IpqsFraudScoreUncertain;
    }

    /// <summary>
    /// What the <c>format</c> step lets through: valid numbers (<see cref="OfflineValidationMode.Valid"/>, the default) or
    /// every possible number (<see cref="OfflineValidationMode.Possible"/>). Everything else is <see cref="ConfidenceLabel.Invalid"/>.
    /// </summary>
    internal OfflineValidationMode OfflineValidation { get; }

    /// <summary>
    /// The label a line type starts from: <c>Mobile</c>, <c>FixedLine</c> → verified; <c>FixedLineOrMobile</c>,
    /// <c>TollFree</c> → likely; <c>Voip</c>, <c>Pager</c>, <c>Voicemail</c> → low; anything else → uncertain.
    /// </summary>
    /// <param name="lineType">The canonical line type.</param>
    /// <returns>The baseline label.</returns>
    internal static ConfidenceLabel GetLineTypeBaseline(LineType lineType) => lineType switch
    {
        LineType.Mobile or LineType.FixedLine => ConfidenceLabel.Verified,
        LineType.FixedLineOrMobile or LineType.TollFree => ConfidenceLabel.Likely,
        LineType.Voip or LineType.Pager or LineType.Voicemail => ConfidenceLabel.Low,
        _ => ConfidenceLabel.Uncertain,
    };

    /// <summary>Maps Bind's <c>phone.type</c> to the canonical line type.</summary>
    /// <param name="type">Bind's line type.</param>
    /// <returns>The canonical line type (<see cref="LineType.Unknown"/> for <c>n/a</c>).</returns>
    internal static LineType GetLineType(BindPhoneType type) => type switch
    {
        BindPhoneType.Mobile => LineType.Mobile,
        BindPhoneType.Landline => LineType.FixedLine,
        BindPhoneType.TollFree => LineType.TollFree,
        BindPhoneType.SharedCost => LineType.SharedCost,
        BindPhoneType.Voip => LineType.Voip,
        BindPhoneType.Emergency => LineType.Emergency,
        _ => LineType.Unknown,
    };

    /// <summary>Maps IPQS's <c>line_type</c> to the canonical line type.</summary>
    /// <param name="type">IPQS's line type.</param>
    /// <returns>The canonical line type (<see cref="LineType.Unknown"/> for anything not listed, e.g. Internet Service Provider).</returns>
    internal static LineType GetLineType(IpqsLineType type) => type switch
    {
        IpqsLineType.Wireless => LineType.Mobile,
        IpqsLineType.Landline => LineType.FixedLine,
        IpqsLineType.TollFree => LineType.TollFree,
        IpqsLineType.Voip => LineType.Voip,
        IpqsLineType.Pager => LineType.Pager,
        IpqsLineType.PremiumRate => LineType.PremiumRate,
        IpqsLineType.Satellite => LineType.Satellite,
        _ => LineType.Unknown,
    };

    /// <summary>
    /// The verdict of the offline checks alone (no vendor answered): a number the <c>format</c> step rejects →
    /// <see cref="ConfidenceLabel.Invalid"/>; otherwise the offline line type (<see cref="PhoneNumberParseResult.LineType"/>)
    /// serves as the line type, at most <see cref="ConfidenceLabel.Likely"/> because no vendor confirmed it
    /// (<c>offline_line_type</c> step), lowered further by the line-type baseline, the policy's capped countries and
    /// disposable prefixes. A number of unknown offline type is <see cref="ConfidenceLabel.Uncertain"/>.
    /// </summary>
    /// <param name="number">The parse result.</param>
    /// <returns>The result (<see cref="ConfidenceSource.Format"/>).</returns>
    public ConfidenceResult Normalize(PhoneNumberParseResult number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return NormalizeFormat(number, record: false);
    }

    /// <summary>The verdict on a Bind number-scoring result (the number is taken from its <c>msisdn</c>).</summary>
    /// <param name="bind">Bind's result for one number.</param>
    /// <returns>The result (<see cref="ConfidenceSource.Bind"/>).</returns>
    public ConfidenceResult Normalize(BindScoringResult bind)
    {
        ArgumentNullException.ThrowIfNull(bind);
        return NormalizeBind(null, bind, record: false);
    }

    /// <summary>The verdict on a Bind number-scoring result, with the offline format check of the number that was scored.</summary>
    /// <param name="number">The parse result of the number (its MSISDN and region are used instead of re-reading Bind's).</param>
    /// <param name="bind">Bind's result for that number.</param>
    /// <returns>The result (<see cref="ConfidenceSource.Bind"/>), with <see cref="ConfidenceDiagnostics.Format"/>.</returns>
    public ConfidenceResult Normalize(PhoneNumberParseResult number, BindScoringResult bind)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(bind);
        return NormalizeBind(number, bind, record: false);
    }

    /// <summary>The verdict on an IPQS phone-validation result (the number is taken from its <c>formatted</c>).</summary>
    /// <param name="ipqs">IPQS's result for one number.</param>
    /// <returns>The result (<see cref="ConfidenceSource.Ipqs"/>).</returns>
    public ConfidenceResult Normalize(IpqsPhoneResult ipqs)
    {
        ArgumentNullException.ThrowIfNull(ipqs);
        return NormalizeIpqs(null, ipqs, record: false);
    }

    /// <summary>The verdict on an IPQS phone-validation result, with the offline format check of the number that was validated.</summary>
    /// <param name="number">The parse result of the number (its MSISDN is used instead of re-reading IPQS's <c>formatted</c>).</param>
    /// <param name="ipqs">IPQS's result for that number.</param>
    /// <returns>The result (<see cref="ConfidenceSource.Ipqs"/>), with <see cref="ConfidenceDiagnostics.Format"/>.</returns>
    public ConfidenceResult Normalize(PhoneNumberParseResult number, IpqsPhoneResult ipqs)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(ipqs);
        return NormalizeIpqs(number, ipqs, record: false);
    }

    /// <summary>
    /// The verdict on whatever is known about a number: the format check alone when neither vendor answered, one vendor's
    /// verdict when one did, and <see cref="ConfidenceResult.Combine"/> of both when both did.
    /// </summary>
    /// <param name="number">The parse result of the number.</param>
    /// <param name="bind">Bind's result for that number, or <see langword="null"/>.</param>
    /// <param name="ipqs">IPQS's result for that number, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public ConfidenceResult Normalize(PhoneNumberParseResult number, BindScoringResult? bind, IpqsPhoneResult? ipqs)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (bind is null)
        {
            return ipqs is null ? NormalizeFormat(number, record: false) : NormalizeIpqs(number, ipqs, record: false);
        }

        var fromBind = NormalizeBind(number, bind, record: false);
        return ipqs is null ? fromBind : ConfidenceResult.Combine(fromBind, NormalizeIpqs(number, ipqs, record: false));
    }

    private ConfidenceResult NormalizeFormat(PhoneNumberParseResult number, bool record)
    {
        var pipeline = new Pipeline(record);
        var format = FormatStep(ref pipeline, number);
        var lineType = OfflineLineTypeStep(ref pipeline, number, vendorAnswered: false);
        var baseline = BaselineStep(
            ref pipeline, null, lineType == LineType.Unknown ? null : ConfidenceText.LineType(lineType), lineType, "format only, no vendor data");
        var carrierProfile = CarrierStep(ref pipeline, null, null);
        var country = Alpha2(number.RegionCode);
        CountryStep(ref pipeline, null, country);
        PrefixStep(ref pipeline, null, number.IsPossible ? number.Msisdn : null);
        return pipeline.ToResult(
            ConfidenceSource.Format, lineType, null, country, format, baseline, carrierProfile, this, number, null, null);
    }

    private ConfidenceResult NormalizeBind(PhoneNumberParseResult? number, BindScoringResult bind, bool record)
    {
        const NumberIntelVendor Vendor = NumberIntelVendor.Bind;
        var response = bind.Response;
        var hasData = response.CarriesData();
        var pipeline = new Pipeline(record);

        FormatDiagnostics? format = null;
        if (number is not null)
        {
            format = FormatStep(ref pipeline, number);
            OfflineLineTypeStep(ref pipeline, number, vendorAnswered: true);
        }

        var phone = bind.Phone;
        var lineType = GetLineType(phone?.Type ?? BindPhoneType.Unknown);
        var baseline = BaselineStep(
            ref pipeline, Vendor, phone is null ? null : BindTypeText(phone.Type), lineType, phone is null ? "no phone data from Bind" : null);

        var carrier = Clean(phone?.CurrentNetworkName);
        var carrierProfile = CarrierStep(ref pipeline, Vendor, carrier);

        Span<char> buffer = stackalloc char[DigitBufferLength];
        var digits = CopyDigits(number is { IsPossible: true } ? number.Msisdn : bind.Msisdn, buffer);
        var country = Alpha2(number?.RegionCode) ?? RegionOf(digits) ?? RegionOfCallingCode(phone?.CountryCallingCode);
        CountryStep(ref pipeline, Vendor, country);
        PrefixStep(ref pipeline, Vendor, digits);

        BindResponseStep(ref pipeline, response);
        if (hasData)
        {
            var disposable = bind.Security?.IsDisposable;
            pipeline.Record(
                ConfidenceStepNames.BindIsDisposable,
                Vendor,
                ConfidenceText.Boolean(disposable),
                disposable == true ? ConfidenceLabel.Low : null,
                disposable switch
                {
                    true => "Bind says the number is disposable",
                    false => "Bind says the number is not disposable",
                    null => "not given (n/a)",
                });
            if (disposable == true)
            {
                pipeline.MarkDisposable(BindSaysDisposable);
            }

            BindCredibilityStep(ref pipeline, bind.Scoring?.Credibility ?? Credibility.Unknown, bind.Scoring is not null);
        }

        return pipeline.ToResult(ConfidenceSource.Bind, lineType, carrier, country, format, baseline, carrierProfile, this, number, bind, null);
    }

    private ConfidenceResult NormalizeIpqs(PhoneNumberParseResult? number, IpqsPhoneResult ipqs, bool record)
    {
        const NumberIntelVendor Vendor = NumberIntelVendor.Ipqs;
        var hasData = ipqs.Success != false;
        var pipeline = new Pipeline(record);

        FormatDiagnostics? format = null;
        if (number is not null)
        {
            format = FormatStep(ref pipeline, number);
            OfflineLineTypeStep(ref pipeline, number, vendorAnswered: true);
        }

        var lineType = GetLineType(ipqs.LineTypeKind);
        var baseline = BaselineStep(
            ref pipeline, Vendor, ipqs.LineType, lineType, ipqs.LineType is null ? "no line type from IPQS" : null);

        var carrier = Clean(ipqs.Carrier);
        var carrierProfile = CarrierStep(ref pipeline, Vendor, carrier);

        Span<char> buffer = stackalloc char[DigitBufferLength];
        var digits = CopyDigits(number is { IsPossible: true } ? number.Msisdn : ipqs.Formatted, buffer);
        var country = Alpha2(ipqs.Country)
            ?? Alpha2(number?.RegionCode)
            ?? RegionOf(digits)
            ?? (ipqs.DialingCode is { } dialingCode ? RegionOfCallingCode(dialingCode) : null);
        CountryStep(ref pipeline, Vendor, country);
        PrefixStep(ref pipeline, Vendor, digits);

        if (!hasData)
        {
            pipeline.Record(
                ConfidenceStepNames.IpqsSuccess,
                Vendor,
                "false",
                ConfidenceLabel.Uncertain,
                "IPQS answered with an error (success:false): no vendor data, its other fields are not read");
            return pipeline.ToResult(ConfidenceSource.Ipqs, lineType, carrier, country, format, baseline, carrierProfile, this, number, null, ipqs);
        }

        pipeline.Record(
            ConfidenceStepNames.IpqsSuccess,
            Vendor,
            ConfidenceText.Boolean(ipqs.Success),
            null,
            ipqs.Success is null ? "not given; the answer is read as data" : "IPQS answered");
        Flag(ref pipeline, ConfidenceStepNames.IpqsValid, ipqs.Valid, false, ConfidenceLabel.Invalid, "IPQS says the number is not valid");
        Flag(ref pipeline, ConfidenceStepNames.IpqsActive, ipqs.Active, false, ConfidenceLabel.Low, "IPQS says the line is not active");
        FraudScoreStep(ref pipeline, ipqs.FraudScore);
        Flag(ref pipeline, ConfidenceStepNames.IpqsRecentAbuse, ipqs.RecentAbuse, true, ConfidenceLabel.Low, "associated with recent or ongoing abuse");
        Flag(ref pipeline, ConfidenceStepNames.IpqsVoip, ipqs.Voip, true, ConfidenceLabel.Low, "a VOIP or digital number");
        Flag(ref pipeline, ConfidenceStepNames.IpqsRisky, ipqs.Risky, true, ConfidenceLabel.Uncertain, "associated with fraud, scams, robocalls or fake accounts");
        Flag(ref pipeline, ConfidenceStepNames.IpqsSpammer, ipqs.Spammer, true, ConfidenceLabel.Uncertain, "recently reported for spam or harassing calls or texts");
        RecordOnly(ref pipeline, ConfidenceStepNames.IpqsPrepaid, ipqs.Prepaid);
        RecordOnly(ref pipeline, ConfidenceStepNames.IpqsLeaked, ipqs.Leaked);
        RecordOnly(ref pipeline, ConfidenceStepNames.IpqsDoNotCall, ipqs.DoNotCall);
        return pipeline.ToResult(ConfidenceSource.Ipqs, lineType, carrier, country, format, baseline, carrierProfile, this, number, null, ipqs);
    }
}
