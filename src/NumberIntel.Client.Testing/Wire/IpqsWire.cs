using System.Globalization;
using System.Text.Json;
using NumberIntel.Client.Testing.Profiles;

namespace NumberIntel.Client.Testing.Wire;

/// <summary>The request settings that change an IPQS answer.</summary>
internal sealed record IpqsQuery
{
    public int Strictness { get; init; }

    public IReadOnlyList<string> Countries { get; init; } = [];

    public bool EnhancedLineCheck { get; init; }

    public bool EnhancedNameCheck { get; init; }

    public bool HasTransactionData { get; init; }
}

/// <summary>Writes IPQS phone-validation bodies: success answers with every field, and <c>success:false</c> error bodies.</summary>
internal static class IpqsWire
{
    /// <summary>The authentication error text.</summary>
    public const string InvalidKeyMessage = "Invalid or unauthorized key. Please check the API key and try again.";

    /// <summary>The out-of-credits error text.</summary>
    public const string InsufficientCreditsMessage =
        "You have insufficient credits to make this query. Please contact IPQualityScore support if this error persists.";

    /// <summary>The daily-quota error text.</summary>
    public static string QuotaMessage(int perDay) =>
        string.Create(CultureInfo.InvariantCulture, $"You have exceeded your request quota of {perDay} per day. Please upgrade to increase your request quota.");

    /// <summary>An error body: HTTP 200 with <c>success:false</c>.</summary>
    public static byte[] Error(string message, string requestId) => WireJson.Build(writer =>
    {
        writer.WriteStartObject();
        writer.WriteBoolean("success", false);
        writer.WriteString("message", message);
        writer.WriteString("request_id", requestId);
        writer.WriteEndObject();
    });

    /// <summary>A success answer (<c>success:true</c>) for a number, valid or not.</summary>
    public static byte[] Answer(NumberProfile profile, IpqsQuery query, string requestId) => WireJson.Build(writer =>
    {
        var valid = profile.Valid && profile.LineType is not null;
        var lineType = profile.LineType;
        var network = profile.CurrentNetwork;
        var formattable = profile.CallingCode is not null && profile.National is { Length: > 0 };
        var nanp = profile.CallingCode == 1;

        writer.WriteStartObject();
        writer.WriteString("message", "Success.");
        writer.WriteBoolean("success", true);
        writer.WriteString("formatted", formattable ? "+" + profile.Msisdn : "N/A");
        writer.WriteString("local_format", !formattable ? "N/A" : profile.Country?.FormatLocal(profile.National!) ?? profile.National);
        writer.WriteBoolean("valid", valid);
        writer.WriteNumber("fraud_score", valid ? profile.FraudScoreAt(query.Strictness) : 0);
        writer.BooleanOrNull("recent_abuse", profile.RecentAbuse);
        writer.BooleanOrNull("VOIP", profile.Voip);
        writer.BooleanOrNull("prepaid", profile.Prepaid);
        writer.BooleanOrNull("risky", profile.Risky);
        writer.BooleanOrNull("active", profile.Active);
        writer.WriteString("name", valid && query.EnhancedNameCheck ? profile.OwnerName : "N/A");
        writer.WriteString("carrier", valid ? network?.IpqsName ?? "N/A" : "N/A");
        writer.WriteString("line_type", lineType?.IpqsLineType() ?? "N/A");
        writer.WriteString("country", profile.Iso ?? "N/A");
        writer.WriteString("region", profile.Place.Region);
        writer.WriteString("city", profile.Place.City);
        writer.WriteString("zip_code", profile.Place.ZipCode);
        if (profile.CallingCode is { } code)
        {
            writer.WriteNumber("dialing_code", code);
        }
        else
        {
            writer.WriteNull("dialing_code");
        }

        writer.WriteString("active_status", valid && query.EnhancedLineCheck ? profile.ActiveStatus : "N/A");
        var smsDomain = valid && profile.Mcc is not null ? network?.SmsDomain : null;
        writer.WriteString("sms_domain", smsDomain ?? "N/A");
        writer.WriteStartObject("associated_email_addresses");
        writer.WriteString("status", profile.Emails.Count > 0 ? "Success." : "No associated emails found.");
        writer.WriteStartArray("emails");
        foreach (var email in profile.Emails)
        {
            writer.WriteStringValue(email);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteString("user_activity", profile.UserActivity);
        writer.WriteString("mnc", valid && profile.Mcc is not null ? network?.Mnc ?? "N/A" : "N/A");
        writer.WriteString("mcc", valid ? profile.Mcc ?? "N/A" : "N/A");
        writer.WriteBoolean("leaked", profile.Leaked);
        writer.WriteBoolean("spammer", profile.Spammer);
        writer.WriteString("request_id", requestId);
        writer.WriteString("timezone", profile.Place.Timezone);
        writer.WriteBoolean("do_not_call", profile.DoNotCall);
        writer.WriteBoolean("tcpa_blacklist", profile.TcpaBlacklist);
        writer.WriteBoolean(
            "accurate_country_code",
            profile.Iso is not null && query.Countries.Any(c => string.Equals(c, profile.Iso, StringComparison.OrdinalIgnoreCase)));
        writer.WriteString("sms_email", smsDomain is not null && nanp ? profile.National + "@" + smsDomain : "N/A");

        writer.WriteStartObject("number_recycling");
        writer.WriteString("message", "N/A");
        writer.BooleanOrNull("recently_recycled", valid && profile.Mcc is not null ? profile.RecentlyRecycled : null);
        writer.DateOrNull("last_ported_date", profile.LastPorted);
        writer.BooleanOrNull("ported", valid && profile.Mcc is not null ? profile.PortedTimes > 0 : null);
        writer.WriteEndObject();

        if (query.HasTransactionData)
        {
            WriteTransactionDetails(writer, profile, query, valid);
        }

        writer.WriteStartArray("errors");
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>
    /// <c>transaction_details</c> appears when transaction parameters were sent. The emulator scores only the phone:
    /// the other checks stay <c>null</c>, as the vendor leaves the ones whose parameters were not given.
    /// </summary>
    private static void WriteTransactionDetails(Utf8JsonWriter writer, NumberProfile profile, IpqsQuery query, bool valid)
    {
        writer.WriteStartObject("transaction_details");
        writer.WriteNumber("risk_score", valid ? profile.FraudScoreAt(query.Strictness) : 100);
        writer.WriteStartArray("risk_factors");
        writer.WriteEndArray();
        foreach (var name in new[]
        {
            "valid_billing_address", "valid_shipping_address", "valid_billing_email", "valid_shipping_email", "leaked_billing_email",
            "leaked_shipping_email", "leaked_user_data", "risky_billing_phone", "risky_shipping_phone", "valid_billing_phone",
            "valid_shipping_phone", "risky_username", "is_prepaid_card", "fraudulent_behavior",
        })
        {
            writer.WriteNull(name);
        }

        writer.WriteNull("billing_phone_carrier");
        writer.WriteNull("billing_phone_line_type");
        writer.WriteNull("billing_phone_country");
        writer.WriteNull("billing_phone_country_code");
        foreach (var name in new[]
        {
            "phone_name_identity_match", "phone_email_identity_match", "phone_address_identity_match", "email_name_identity_match",
            "name_address_identity_match", "address_email_identity_match",
        })
        {
            writer.WriteString(name, "Unknown");
        }

        writer.WriteEndObject();
    }
}
