using System.Globalization;
using System.Text.Json;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Testing.Profiles;

namespace NumberIntel.Client.Testing.Wire;

/// <summary>One item of a Bind answer to write: the MSISDN as the client sent it, its profile and the code to answer.</summary>
internal readonly record struct BindItem(string Msisdn, NumberProfile Profile, BindResponseCode Code);

/// <summary>Writes Bind's number-scoring answer exactly in the shape and key order of the vendor's example.</summary>
internal static class BindWire
{
    /// <summary>The JSON array answering one request.</summary>
    public static byte[] Answer(IReadOnlyList<BindItem> items, DateTimeOffset now) => WireJson.Build(writer =>
    {
        var date = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            WriteItem(writer, item, date);
        }

        writer.WriteEndArray();
    });

    /// <summary>
    /// A success item carries <c>phone</c>, <c>scoring</c>, <c>security</c> and <c>social_presence</c>; every other code
    /// carries only the three fields the OpenAPI marks required (<c>date</c>, <c>msisdn</c>, <c>response</c>).
    /// </summary>
    private static void WriteItem(Utf8JsonWriter writer, BindItem item, string date)
    {
        var profile = item.Profile;
        writer.WriteStartObject();
        writer.WriteString("date", date);
        writer.WriteString("msisdn", item.Msisdn);
        if (item.Code != BindResponseCode.Success || profile.LineType is not { } lineType)
        {
            writer.WriteNumber("response", (int)item.Code);
            writer.WriteEndObject();
            return;
        }

        writer.WriteStartObject("phone");
        writer.StringOrNull("country_calling_code", profile.CallingCode?.ToString(CultureInfo.InvariantCulture));
        writer.StringOrNull("country_name", profile.CountryName);
        writer.StringOrNull("current_network_mobile_code", profile.Mcc is null ? null : profile.CurrentNetwork?.Mnc);
        writer.StringOrNull("current_network_name", profile.CurrentNetwork?.BindName);
        writer.DateOrNull("first_ported", profile.FirstPorted);
        writer.DateOrNull("first_seen", profile.FirstSeen);
        writer.StringOrNull("initial_network_name", profile.InitialNetwork?.BindName);
        writer.StringOrNull("initial_network_mobile_code", profile.Mcc is null ? null : profile.InitialNetwork?.Mnc);
        writer.DateOrNull("last_ported", profile.LastPorted);
        writer.StringOrNull("mobile_country_code", profile.Mcc);
        writer.WriteNumber("ported_times", profile.PortedTimes);
        writer.WriteString("type", lineType.BindType());
        writer.WriteEndObject();

        writer.WriteNumber("response", (int)item.Code);

        writer.WriteStartObject("scoring");
        writer.WriteString("credibility", profile.Credibility);
        writer.WriteEndObject();

        writer.WriteStartObject("security");
        writer.WriteNumber("data_breaches_count", profile.BreachCount);
        writer.DateOrNull("data_breaches_first_breach", profile.FirstBreach);
        writer.DateOrNull("data_breaches_last_breach", profile.LastBreach);
        writer.WriteString("is_disposable", profile.IsDisposable);
        writer.WriteEndObject();

        writer.WriteStartObject("social_presence");
        foreach (var platform in NumberProfile.SocialPlatforms)
        {
            writer.WriteStartObject(platform);
            writer.WriteString("has", Presence(profile, platform));
            writer.WriteEndObject();
        }

        writer.WriteStartObject("whatsapp");
        writer.WriteString("has", Presence(profile, "whatsapp"));
        writer.WriteString("is_business", profile.WhatsAppBusiness);
        writer.WriteEndObject();
        writer.WriteStartObject("x");
        writer.WriteString("has", Presence(profile, "x"));
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteEndObject();
    }

    private static string Presence(NumberProfile profile, string platform) =>
        profile.Social.TryGetValue(platform, out var has) ? has : "n/a";
}
