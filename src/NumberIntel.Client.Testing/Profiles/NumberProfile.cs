using NumberIntel.Client.Bind;

namespace NumberIntel.Client.Testing.Profiles;

/// <summary>Everything both emulated vendors answer about one number: one source, so that their answers agree.</summary>
internal sealed record NumberProfile
{
    /// <summary>The Bind platforms of <c>social_presence</c> other than WhatsApp, in the vendor's (alphabetical) order.</summary>
    public static readonly string[] SocialPlatforms =
        ["amazon", "apple", "bukalapak", "facebook", "flipkart", "google", "instagram", "linkedin", "snapchat", "telegram", "viber"];

    /// <summary>Digits, calling code first.</summary>
    public required string Msisdn { get; init; }

    /// <summary>The modelled country, when known.</summary>
    public CountryPlan? Country { get; init; }

    /// <summary>ISO 3166-1 alpha-2 region, when known (also for countries the emulator does not model).</summary>
    public string? Iso { get; init; }

    /// <summary>Country name as Bind writes it.</summary>
    public string? CountryName { get; init; }

    /// <summary>Calling code, when known.</summary>
    public int? CallingCode { get; init; }

    /// <summary>The digits after the calling code, when known.</summary>
    public string? National { get; init; }

    /// <summary>The line type; null when the number is not valid.</summary>
    public EmulatedLineType? LineType { get; init; }

    /// <summary>Bind's per-number <c>response</c> code.</summary>
    public BindResponseCode BindCode { get; init; } = BindResponseCode.Success;

    /// <summary>The network the number is on now.</summary>
    public Carrier? CurrentNetwork { get; init; }

    /// <summary>The network that issued the number.</summary>
    public Carrier? InitialNetwork { get; init; }

    /// <summary>Bind <c>mobile_country_code</c> / IPQS <c>mcc</c>; null for non-mobile lines.</summary>
    public string? Mcc { get; init; }

    /// <summary>Bind <c>first_seen</c>.</summary>
    public DateOnly? FirstSeen { get; init; }

    /// <summary>Bind <c>first_ported</c>.</summary>
    public DateOnly? FirstPorted { get; init; }

    /// <summary>Bind <c>last_ported</c>.</summary>
    public DateOnly? LastPorted { get; init; }

    /// <summary>Bind <c>ported_times</c>.</summary>
    public int PortedTimes { get; init; }

    /// <summary>Bind <c>scoring.credibility</c>.</summary>
    public string Credibility { get; init; } = "high";

    /// <summary>Bind <c>data_breaches_count</c>.</summary>
    public int BreachCount { get; init; }

    /// <summary>Bind <c>data_breaches_first_breach</c>.</summary>
    public DateOnly? FirstBreach { get; init; }

    /// <summary>Bind <c>data_breaches_last_breach</c>.</summary>
    public DateOnly? LastBreach { get; init; }

    /// <summary>Bind <c>is_disposable</c>: <c>yes</c>, <c>no</c> or <c>n/a</c>.</summary>
    public string IsDisposable { get; init; } = "no";

    /// <summary>Bind <c>social_presence.*.has</c> by platform (<see cref="SocialPlatforms"/> plus <c>whatsapp</c>, then <c>x</c>).</summary>
    public IReadOnlyDictionary<string, string> Social { get; init; } = new Dictionary<string, string>();

    /// <summary>Bind <c>social_presence.whatsapp.is_business</c>.</summary>
    public string WhatsAppBusiness { get; init; } = "no";

    /// <summary>IPQS <c>valid</c>.</summary>
    public bool Valid { get; init; } = true;

    /// <summary>IPQS <c>fraud_score</c> at strictness 0.</summary>
    public int FraudScore { get; init; }

    /// <summary>Whether <c>strictness</c> raises <see cref="FraudScore"/> (pseudo-random profiles; never magic numbers).</summary>
    public bool StrictnessRaisesFraudScore { get; init; }

    /// <summary>IPQS <c>recent_abuse</c>.</summary>
    public bool? RecentAbuse { get; init; } = false;

    /// <summary>IPQS <c>VOIP</c>.</summary>
    public bool? Voip { get; init; } = false;

    /// <summary>IPQS <c>prepaid</c>.</summary>
    public bool? Prepaid { get; init; } = false;

    /// <summary>IPQS <c>risky</c>.</summary>
    public bool? Risky { get; init; } = false;

    /// <summary>IPQS <c>active</c>.</summary>
    public bool? Active { get; init; } = true;

    /// <summary>IPQS <c>active_status</c> when the enhanced line check is requested.</summary>
    public string ActiveStatus { get; init; } = "Active Line - High Confidence";

    /// <summary>IPQS <c>leaked</c>.</summary>
    public bool Leaked { get; init; }

    /// <summary>IPQS <c>spammer</c>.</summary>
    public bool Spammer { get; init; }

    /// <summary>IPQS <c>do_not_call</c>.</summary>
    public bool DoNotCall { get; init; }

    /// <summary>IPQS <c>tcpa_blacklist</c>.</summary>
    public bool TcpaBlacklist { get; init; }

    /// <summary>IPQS <c>user_activity</c>.</summary>
    public string UserActivity { get; init; } = "none";

    /// <summary>IPQS <c>name</c> when the enhanced name check is requested.</summary>
    public string OwnerName { get; init; } = "N/A";

    /// <summary>IPQS region, city, zip code and time zone.</summary>
    public Place Place { get; init; } = Place.Unknown("N/A");

    /// <summary>IPQS <c>associated_email_addresses.emails</c>.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>IPQS <c>number_recycling.recently_recycled</c>.</summary>
    public bool RecentlyRecycled { get; init; }

    /// <summary>The fraud score IPQS reports at <paramref name="strictness"/>.</summary>
    public int FraudScoreAt(int strictness) =>
        StrictnessRaisesFraudScore ? Math.Min(100, FraudScore + (5 * Math.Clamp(strictness, 0, 2))) : FraudScore;
}
