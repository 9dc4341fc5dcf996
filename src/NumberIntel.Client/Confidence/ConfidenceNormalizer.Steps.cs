using System.Collections.Frozen;
using System.Runtime.InteropServices;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Confidence;

/// <content>The steps of the pipeline after the format step: line-type baseline, carrier profile, country cap, disposable prefix and the vendors' signals.</content>
public sealed partial class ConfidenceNormalizer
{
    private static ConfidenceLabel BaselineStep(
        ref Pipeline pipeline, NumberIntelVendor? vendor, string? observed, LineType lineType, string? noDataReason)
    {
        var baseline = GetLineTypeBaseline(lineType);
        var reason = lineType == LineType.Unknown && noDataReason is not null
            ? noDataReason
            : baseline switch
            {
                ConfidenceLabel.Verified => "mobile or fixed line",
                ConfidenceLabel.Likely => "fixed line or mobile, or toll free",
                ConfidenceLabel.Low => "VoIP, pager or voicemail",
                _ => lineType == LineType.Unknown ? "line type unknown" : "ambiguous line type",
            };
        pipeline.Record(ConfidenceStepNames.LineTypeBaseline, vendor, observed, baseline, reason);
        return baseline;
    }

    private CarrierProfileDiagnostics CarrierStep(ref Pipeline pipeline, NumberIntelVendor? vendor, string? carrier)
    {
        if (carrier is null)
        {
            pipeline.Record(ConfidenceStepNames.CarrierProfile, vendor, null, null, NoCarrierReason);
            return CarrierProfileDiagnostics.NotMatched;
        }

        if (!_carriers.TryMatch(carrier, out var rule))
        {
            pipeline.Record(
                ConfidenceStepNames.CarrierProfile, vendor, carrier, null, "no policy entry for the carrier (unknown carriers are not penalized)");
            return CarrierProfileDiagnostics.NotMatched;
        }

        var applied = pipeline.Record(
            ConfidenceStepNames.CarrierProfile,
            vendor,
            carrier,
            rule.Label,
            rule.IsOverride ? "carrier override in the policy" : "known disposable VoIP carrier");
        return applied ? rule.AppliedDiagnostics : rule.NotAppliedDiagnostics;
    }

    private void CountryStep(ref Pipeline pipeline, NumberIntelVendor? vendor, string? country)
    {
        if (country is null)
        {
            pipeline.Record(ConfidenceStepNames.CountryCap, vendor, null, null, "country unknown");
        }
        else if (_cappedCountries.Contains(country))
        {
            pipeline.Record(
                ConfidenceStepNames.CountryCap, vendor, country, ConfidenceLabel.Likely, "country capped by the policy (inconsistent numbering data)");
        }
        else
        {
            pipeline.Record(ConfidenceStepNames.CountryCap, vendor, country, null, "country not capped");
        }
    }

    private void PrefixStep(ref Pipeline pipeline, NumberIntelVendor? vendor, ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            pipeline.Record(ConfidenceStepNames.DisposablePrefix, vendor, null, null, "no number to match");
        }
        else if (_prefixes.TryMatch(digits, out var match))
        {
            pipeline.Record(ConfidenceStepNames.DisposablePrefix, vendor, match.MatchedPrefix, ConfidenceLabel.Low, match.Reason!);
            pipeline.MarkDisposable(match);
        }
        else
        {
            pipeline.Record(ConfidenceStepNames.DisposablePrefix, vendor, null, null, "no disposable prefix matches");
        }
    }

    private static void BindResponseStep(ref Pipeline pipeline, BindResponseCode response)
    {
        var observed = response >= 0 ? ConfidenceText.Number((int)response) : null;
        var (decision, reason) = response switch
        {
            BindResponseCode.Success => ((ConfidenceLabel?)null, "success"),
            BindResponseCode.InvalidNumber => (ConfidenceLabel.Invalid, "Bind says the number is invalid (length not valid)"),
            BindResponseCode.NotResolved => (ConfidenceLabel.Uncertain, "Bind could not resolve the number (no coverage)"),
            BindResponseCode.GeneralError => (ConfidenceLabel.Uncertain, "no vendor data: Bind general error"),
            BindResponseCode.PricingNotSet => (ConfidenceLabel.Uncertain, "no vendor data: Bind pricing not set"),
            BindResponseCode.OutOfBalance => (ConfidenceLabel.Uncertain, "no vendor data: Bind account out of balance"),
            BindResponseCode.Throttled => (ConfidenceLabel.Uncertain, "no vendor data: Bind throttled the number"),
            BindResponseCode.Timeout => (ConfidenceLabel.Uncertain, "no vendor data: Bind timed out resolving the number"),
            BindResponseCode.MissingPermissions => (ConfidenceLabel.Uncertain, "no vendor data: Bind account is missing permissions"),
            _ => (ConfidenceLabel.Uncertain, "no vendor data: Bind response code missing or not known"),
        };
        pipeline.Record(ConfidenceStepNames.BindResponse, NumberIntelVendor.Bind, observed, decision, reason);
    }

    private static void BindCredibilityStep(ref Pipeline pipeline, Credibility credibility, bool hasScoring)
    {
        var (observed, decision, reason) = credibility switch
        {
            Credibility.VeryLow => ("very_low", (ConfidenceLabel?)ConfidenceLabel.Low, "Bind credibility is very low"),
            Credibility.Low => ("low", ConfidenceLabel.Low, "Bind credibility is low"),
            Credibility.Intermediate => ("intermediate", ConfidenceLabel.Uncertain, "Bind credibility is intermediate"),
            Credibility.High => ("high", null, "Bind credibility is high"),
            Credibility.VeryHigh => ("very_high", null, "Bind credibility is very high"),
            _ => (hasScoring ? "n/a" : null, null, "not given"),
        };
        pipeline.Record(ConfidenceStepNames.BindCredibility, NumberIntelVendor.Bind, observed, decision, reason);
    }

    private void FraudScoreStep(ref Pipeline pipeline, int? fraudScore)
    {
        if (fraudScore is not { } score)
        {
            pipeline.Record(ConfidenceStepNames.IpqsFraudScore, NumberIntelVendor.Ipqs, null, null, "not given");
            return;
        }

        var observed = ConfidenceText.Number(score);
        if (score >= _fraudScoreLow)
        {
            pipeline.Record(
                ConfidenceStepNames.IpqsFraudScore, NumberIntelVendor.Ipqs, observed, ConfidenceLabel.Low, "at or above the policy's low threshold (risky)");
        }
        else if (score >= _fraudScoreUncertain)
        {
            pipeline.Record(
                ConfidenceStepNames.IpqsFraudScore,
                NumberIntelVendor.Ipqs,
                observed,
                ConfidenceLabel.Uncertain,
                "at or above the policy's uncertain threshold (suspicious)");
        }
        else
        {
            pipeline.Record(ConfidenceStepNames.IpqsFraudScore, NumberIntelVendor.Ipqs, observed, null, "below the policy's thresholds");
        }
    }

    private static void Flag(
        ref Pipeline pipeline, string name, bool? value, bool trigger, ConfidenceLabel decision, string firedReason)
    {
        if (value == trigger)
        {
            pipeline.Record(name, NumberIntelVendor.Ipqs, ConfidenceText.Boolean(value), decision, firedReason);
        }
        else
        {
            pipeline.Record(
                name, NumberIntelVendor.Ipqs, ConfidenceText.Boolean(value), null, value is null ? "not given" : "no negative signal");
        }
    }

    private static void RecordOnly(ref Pipeline pipeline, string name, bool? value) =>
        pipeline.Record(
            name, NumberIntelVendor.Ipqs, ConfidenceText.Boolean(value), null, value is null ? "not given" : "recorded only, no effect");
}
