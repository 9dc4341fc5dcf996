using System.Text.Json;
using NumberIntel.Client.Confidence;

namespace NumberIntel.Client.Tests.Emulator;

/// <summary>
/// The confidence rules of DESIGN.md ("The confidence model", default policy: no country caps, no flagged prefixes)
/// applied to raw vendor JSON. An independent check that the emulator's wire answers carry the signals its magic-number
/// table promises; the SDK's own normalizer is exercised separately once it exists.
/// </summary>
public static class DesignLabels
{
    private static readonly string[] DisposableCarriers =
        ["Google Voice", "TextNow", "Hushed", "Pinger", "Burner", "Bandwidth", "Twilio", "Plivo", "Vonage", "Sideline", "TextFree", "Talkatone"];

    public static (ConfidenceLabel Label, bool Disposable) FromBind(JsonElement item)
    {
        var response = item.GetProperty("response").GetInt32();
        if (response == 5)
        {
            return (ConfidenceLabel.Invalid, false);
        }

        var label = ConfidenceLabel.Uncertain;
        string? carrier = null;
        if (item.TryGetProperty("phone", out var phone))
        {
            label = phone.GetProperty("type").GetString() switch
            {
                "mobile" or "landline" => ConfidenceLabel.Verified,
                "toll_free" => ConfidenceLabel.Likely,
                "voip" => ConfidenceLabel.Low,
                _ => ConfidenceLabel.Uncertain,
            };
            carrier = phone.GetProperty("current_network_name").GetString();
        }

        if (IsDisposableCarrier(carrier))
        {
            label = Min(label, ConfidenceLabel.Low);
        }

        var disposable = false;
        if (response == 6)
        {
            label = Min(label, ConfidenceLabel.Uncertain);
        }

        if (item.TryGetProperty("security", out var security) && security.GetProperty("is_disposable").GetString() == "yes")
        {
            label = Min(label, ConfidenceLabel.Low);
            disposable = true;
        }

        if (item.TryGetProperty("scoring", out var scoring))
        {
            label = scoring.GetProperty("credibility").GetString() switch
            {
                "very_low" or "low" => Min(label, ConfidenceLabel.Low),
                "intermediate" => Min(label, ConfidenceLabel.Uncertain),
                _ => label,
            };
        }

        return (label, disposable);
    }

    public static ConfidenceLabel FromIpqs(JsonElement answer)
    {
        if (!answer.GetProperty("valid").GetBoolean())
        {
            return ConfidenceLabel.Invalid;
        }

        var label = answer.GetProperty("line_type").GetString() switch
        {
            "Wireless" or "Mobile" or "Landline" => ConfidenceLabel.Verified,
            "Toll Free" or "Toll-Free" => ConfidenceLabel.Likely,
            "VOIP" or "Pager" => ConfidenceLabel.Low,
            _ => ConfidenceLabel.Uncertain,
        };
        if (IsDisposableCarrier(answer.GetProperty("carrier").GetString()))
        {
            label = Min(label, ConfidenceLabel.Low);
        }

        var fraud = answer.GetProperty("fraud_score").GetInt32();
        if (IsTrue(answer, "active") is false || fraud >= 85 || IsTrue(answer, "recent_abuse") is true || IsTrue(answer, "VOIP") is true)
        {
            label = Min(label, ConfidenceLabel.Low);
        }

        if (fraud >= 75 || IsTrue(answer, "risky") is true || IsTrue(answer, "spammer") is true)
        {
            label = Min(label, ConfidenceLabel.Uncertain);
        }

        return label;
    }

    public static ConfidenceLabel Min(ConfidenceLabel a, ConfidenceLabel b) => a < b ? a : b;

    private static bool? IsTrue(JsonElement answer, string name) => answer.GetProperty(name).ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static bool IsDisposableCarrier(string? carrier) =>
        carrier is not null && DisposableCarriers.Any(d => carrier.Contains(d, StringComparison.OrdinalIgnoreCase));
}
