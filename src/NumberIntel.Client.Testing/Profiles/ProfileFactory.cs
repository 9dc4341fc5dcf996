using System.Globalization;
using NumberIntel.Client.Bind;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Testing.Profiles;

/// <summary>
/// Builds the one profile both emulated vendors answer from: the magic-number table first, then — for numbers
/// libphonenumber says are valid — a deterministic pseudo-random profile derived from the digits (FNV-1a, so the same
/// in every process); any other number is invalid to both vendors.
/// </summary>
internal static class ProfileFactory
{
    /// <summary>Dates in profiles are fixed relative to this day, so answers do not drift with the clock.</summary>
    private static readonly DateOnly Reference = new(2025, 6, 1);

    private static readonly string[] Activity = ["high", "medium", "medium", "low", "low", "none"];
    private static readonly string[] FirstNames = ["Ana", "Ivan", "John", "Mary", "Oliver", "Amelia", "Lukas", "Mia"];
    private static readonly string[] LastNames = ["Horvat", "Kovačić", "Smith", "Johnson", "Jones", "Taylor", "Müller", "Schmidt"];

    /// <summary>The profile of an MSISDN (digits, calling code first).</summary>
    public static NumberProfile ForMsisdn(string msisdn)
    {
        if (MagicNumbers.TryFind(msisdn, out var magic))
        {
            return ForMagic(magic);
        }

        if (msisdn.Length is < 7 or > 15 || !msisdn.All(char.IsAsciiDigit) || msisdn[0] == '0')
        {
            return Invalid(msisdn, null, null);
        }

        var modelled = CountryCatalog.TryResolve(msisdn, out var plan, out var national);
        if (!PhoneNumberParser.Parse("+" + msisdn).IsValid)
        {
            // The vendors' "database" agrees with libphonenumber: a number outside the allocated ranges does not exist.
            return modelled ? Invalid(msisdn, plan, national) : Invalid(msisdn, null, null);
        }

        if (!modelled)
        {
            return Unmodelled(msisdn);
        }

        var lineType = plan.Classify(national);
        if (lineType is not { } type)
        {
            return Invalid(msisdn, plan, national);
        }

        return Sprinkle(Clean(msisdn, plan, national, type, pseudoRandom: true));
    }

    /// <summary>The profile of a magic number.</summary>
    public static NumberProfile ForMagic(MagicNumber magic)
    {
        var msisdn = magic.Msisdn;
        if (!CountryCatalog.TryResolve(msisdn, out var plan, out var national))
        {
            throw new InvalidOperationException($"Magic number {magic.E164} is outside the modelled countries.");
        }

        var spec = MagicScenarios.Of(magic.Scenario);
        return spec.Shape(Clean(msisdn, plan, national, spec.LineType, pseudoRandom: false), magic.CountryCode);
    }

    /// <summary>A number neither vendor considers valid: Bind 5, IPQS <c>valid: false</c>.</summary>
    internal static NumberProfile Invalid(string msisdn, CountryPlan? plan, string? national) => new()
    {
        Msisdn = msisdn,
        Country = plan,
        Iso = plan?.Iso,
        CountryName = plan?.Name,
        CallingCode = plan?.CallingCode,
        National = national,
        LineType = null,
        BindCode = BindResponseCode.InvalidNumber,
        Valid = false,
        FraudScore = 0,
        Active = false,
        Prepaid = null,
        ActiveStatus = "N/A",
        UserActivity = "none",
        Place = Place.Unknown("N/A"),
    };

    /// <summary>
    /// A possible number of a country the emulator has no plan for: both vendors answer a plain mobile (or landline)
    /// with no carrier data — unknown carriers do not move the label.
    /// </summary>
    private static NumberProfile Unmodelled(string msisdn)
    {
        if (!GenericCountry.TryResolve(msisdn, out var iso, out var callingCode, out var name))
        {
            return Invalid(msisdn, null, null);
        }

        var national = msisdn[callingCode.ToString(CultureInfo.InvariantCulture).Length..];
        if (national.Length == 0)
        {
            return Invalid(msisdn, null, null);
        }

        var type = StableHash.Pick(msisdn, "generic-line", 100) < 85 ? EmulatedLineType.Mobile : EmulatedLineType.Landline;
        var profile = Common(msisdn, national, type, pseudoRandom: true) with
        {
            Iso = iso,
            CountryName = name,
            CallingCode = callingCode,
            CurrentNetwork = null,
            InitialNetwork = null,
            Mcc = null,
            FirstPorted = null,
            LastPorted = null,
            PortedTimes = 0,
            Place = Place.Unknown("N/A"),
        };
        return Sprinkle(profile);
    }

    /// <summary>A number with no negative signal, details derived from its digits.</summary>
    private static NumberProfile Clean(string msisdn, CountryPlan plan, string national, EmulatedLineType type, bool pseudoRandom)
    {
        var mobile = type == EmulatedLineType.Mobile;
        Carrier initial = type switch
        {
            EmulatedLineType.Mobile => plan.MobileCarrierOf(national),
            EmulatedLineType.Voip => plan.VoipCarrier,
            _ => StableHash.Choose(msisdn, "fixed-carrier", plan.FixedCarriers),
        };

        var common = Common(msisdn, national, type, pseudoRandom);
        var current = initial;
        if (mobile && common.PortedTimes > 0)
        {
            var others = plan.MobileCarriers.Where(c => c != initial).ToArray();
            current = others.Length == 0 ? initial : StableHash.Choose(msisdn, "current-carrier", others);
        }

        return common with
        {
            Country = plan,
            Iso = plan.Iso,
            CountryName = plan.Name,
            CallingCode = plan.CallingCode,
            CurrentNetwork = current,
            InitialNetwork = initial,
            Mcc = mobile ? plan.Mcc : null,
            FirstPorted = mobile ? common.FirstPorted : null,
            LastPorted = mobile ? common.LastPorted : null,
            PortedTimes = mobile ? common.PortedTimes : 0,
            DoNotCall = pseudoRandom && plan.CallingCode == 1 && StableHash.Pick(msisdn, "dnc", 100) < 25,
            Place = plan.PlaceOf(national, type),
        };
    }

    /// <summary>The fields that do not depend on the country plan.</summary>
    private static NumberProfile Common(string msisdn, string national, EmulatedLineType type, bool pseudoRandom)
    {
        var mobile = type == EmulatedLineType.Mobile;
        var firstSeen = Reference.AddDays(-(400 + StableHash.Pick(msisdn, "first-seen", 5000)));
        var portedTimes = mobile && StableHash.Pick(msisdn, "ported", 100) < 30 ? 1 + StableHash.Pick(msisdn, "ported-times", 4) : 0;
        DateOnly? firstPorted = null;
        DateOnly? lastPorted = null;
        if (portedTimes > 0)
        {
            var span = Reference.DayNumber - firstSeen.DayNumber;
            firstPorted = firstSeen.AddDays(StableHash.Pick(msisdn, "first-ported", span / 2));
            lastPorted = portedTimes == 1 ? firstPorted : firstPorted.Value.AddDays(StableHash.Pick(msisdn, "last-ported", span / 2));
        }

        var breaches = StableHash.Pick(msisdn, "breaches", 100) < 50 ? 0 : 1 + StableHash.Pick(msisdn, "breach-count", 6);
        DateOnly? firstBreach = breaches == 0 ? null : new DateOnly(2013, 1, 1).AddDays(StableHash.Pick(msisdn, "first-breach", 2500));
        DateOnly? lastBreach = breaches switch
        {
            0 => null,
            1 => firstBreach,
            _ => firstBreach!.Value.AddDays(StableHash.Pick(msisdn, "last-breach", 1500)),
        };

        var social = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var platform in NumberProfile.SocialPlatforms.Append("whatsapp").Append("x"))
        {
            social[platform] = platform is "bukalapak" or "flipkart" || !(mobile || type == EmulatedLineType.Voip)
                ? (platform == "whatsapp" ? "no" : "n/a")
                : StableHash.Pick(msisdn, "social-" + platform, 100) switch
                {
                    < 45 => "yes",
                    < 80 => "no",
                    _ => "n/a",
                };
        }

        var hasName = StableHash.Pick(msisdn, "name", 100) < 60;
        return new NumberProfile
        {
            Msisdn = msisdn,
            National = national,
            LineType = type,
            FirstSeen = firstSeen,
            FirstPorted = firstPorted,
            LastPorted = lastPorted,
            PortedTimes = portedTimes,
            Credibility = pseudoRandom && StableHash.Pick(msisdn, "credibility", 100) < 40 ? "very_high" : "high",
            BreachCount = breaches,
            FirstBreach = firstBreach,
            LastBreach = lastBreach,
            IsDisposable = "no",
            Social = social,
            WhatsAppBusiness = social["whatsapp"] == "yes" && StableHash.Pick(msisdn, "business", 100) < 8 ? "yes" : "no",
            FraudScore = pseudoRandom ? StableHash.Pick(msisdn, "fraud", 71) * StableHash.Pick(msisdn, "fraud", 71) / 100 : 0,
            StrictnessRaisesFraudScore = pseudoRandom,
            Voip = type == EmulatedLineType.Voip,
            Prepaid = mobile ? pseudoRandom && StableHash.Pick(msisdn, "prepaid", 100) < 30 : null,
            Leaked = pseudoRandom && breaches > 0 && StableHash.Pick(msisdn, "leaked", 100) < 40,
            TcpaBlacklist = false,
            UserActivity = pseudoRandom ? StableHash.Choose(msisdn, "activity", Activity) : (mobile ? "high" : "low"),
            OwnerName = hasName
                ? StableHash.Choose(msisdn, "first-name", FirstNames) + " " + StableHash.Choose(msisdn, "last-name", LastNames)
                : "N/A",
            Emails = pseudoRandom && StableHash.Pick(msisdn, "emails", 100) < 15
                ? ["user" + national[^4..] + "@example.com"]
                : [],
            RecentlyRecycled = false,
            ActiveStatus = "Active Line - High Confidence",
        };
    }

    /// <summary>Gives about one pseudo-random number in ten a negative signal, the way real traffic does.</summary>
    private static NumberProfile Sprinkle(NumberProfile clean)
    {
        var msisdn = clean.Msisdn;
        var roll = StableHash.Pick(msisdn, "outcome", 1000);
        return roll switch
        {
            < 20 => clean with { FraudScore = 75 + StableHash.Pick(msisdn, "fraud-75", 10) },
            < 32 => clean with { FraudScore = 85 + StableHash.Pick(msisdn, "fraud-85", 5) },
            < 40 => clean with { FraudScore = 90 + StableHash.Pick(msisdn, "fraud-90", 11), RecentAbuse = true, Risky = true },
            < 50 => clean with { Credibility = "intermediate" },
            < 56 => clean with { Credibility = StableHash.Pick(msisdn, "cred-low", 2) == 0 ? "low" : "very_low" },
            < 66 => clean with { BindCode = BindResponseCode.NotResolved },
            < 71 => clean with { IsDisposable = "yes", Prepaid = true },
            < 81 => clean with { Active = false, ActiveStatus = "Disconnected Line", UserActivity = "none" },
            < 91 => clean with { Risky = true, FraudScore = 55 + StableHash.Pick(msisdn, "risky", 20) },
            < 96 => clean with { Spammer = true, FraudScore = 40 + StableHash.Pick(msisdn, "spammer", 30) },
            _ => clean,
        };
    }
}
