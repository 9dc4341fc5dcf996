using FsCheck;
using FsCheck.Fluent;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

/// <summary>
/// FsCheck generators for what the normalizer is fed: any Bind or IPQS answer the wire could carry (nulls, enum values
/// the SDK does not know, fraud scores out of 0..100, carriers and prefixes the test policy singles out), the parsed
/// numbers the monotonicity tests use, and confidence results to combine.
/// </summary>
public static class VendorAnswerArbitraries
{
    /// <summary>Carriers: none, blank, plain, disposable (built-in list) and the test policy's overrides.</summary>
    private static readonly string?[] Carriers =
    [
        null, string.Empty, "  ", "T-Mobile", " Verizon Wireless ", "Twilio", "TextNow", "Google Voice Inc.",
        "Override Invalid", "Override Low", "Override Uncertain", "Override Likely", "Override Verified",
    ];

    private static readonly string?[] IpqsLineTypes =
    [
        null, string.Empty, "Wireless", "Landline", "Toll Free", "VOIP", "Pager", "Premium Rate", "Satellite", "N/A",
        "wireless", "Unknown", "something new",
    ];

    private static readonly string?[] Countries = [null, string.Empty, "US", "HR", "hr", "DE", "GB", "XX", "USA"];

    private static readonly string?[] Formatted = [null, string.Empty, "+385 99 123 4567", "+1 212-555-0101", "+49 151 12345678", "garbage"];

    private static readonly string?[] Msisdns = [null, string.Empty, "4915112345678", "385912345678", "385991234567", "12125550101", "12"];

    private static readonly string?[] CallingCodes = [null, string.Empty, "385", "+385", "49", "1", "999", "abc"];

    /// <summary>The numbers a vendor answer is normalized against: plain, in a capped country, behind a disposable prefix, not possible.</summary>
    public static Arbitrary<PhoneNumberParseResult> Numbers() => Gen.Elements(
        Possible("4915112345678", "DE", 49),
        Possible("385912345678", "HR", 385),
        Possible("4915112345678", "DE", 49) with { Msisdn = "385991234567" },
        Possible("12125550101", "US", 1, isValid: false),
        NotPossible(PhoneNumberParseError.TooLong),
        NotPossible(PhoneNumberParseError.TooShort) with { RegionCode = "HR" }).ToArbitrary();

    /// <summary>Any Bind item: every part may be missing, enums range past their defined values.</summary>
    public static Arbitrary<BindScoringResult> BindAnswers()
    {
        var phone = from type in AnyEnum<BindPhoneType>(-2, 9)
                    from carrier in Gen.Elements(Carriers)
                    from callingCode in Gen.Elements(CallingCodes)
                    select new BindPhone { Type = type, CurrentNetworkName = carrier, CountryCallingCode = callingCode };
        var scoring = AnyEnum<Credibility>(-2, 8).Select(c => new BindScoring { Credibility = c });
        var security = MaybeBool().Select(d => new BindSecurity { IsDisposable = d });
        var answer = from msisdn in Gen.Elements(Msisdns)
                     from response in AnyEnum<BindResponseCode>(-3, 12)
                     from p in OrNull(phone)
                     from s in OrNull(scoring)
                     from sec in OrNull(security)
                     select new BindScoringResult { Msisdn = msisdn, Response = response, Phone = p, Scoring = s, Security = sec };
        return answer.ToArbitrary();
    }

    /// <summary>Any IPQS answer: every flag may be missing, the fraud score may be missing or out of range.</summary>
    public static Arbitrary<IpqsPhoneResult> IpqsAnswers()
    {
        var flags = Gen.ArrayOf(MaybeBool(), 11);
        var fraudScore = Gen.Frequency(
            (1, Gen.Constant<int?>(null)),
            (6, Gen.Choose(0, 100).Select(s => (int?)s)),
            (2, Gen.Choose(-1000, 1000).Select(s => (int?)s)),
            (1, Gen.Elements<int?>(int.MinValue, -1, 101, int.MaxValue)));
        var answer = from f in flags
                     from score in fraudScore
                     from lineType in Gen.Elements(IpqsLineTypes)
                     from carrier in Gen.Elements(Carriers)
                     from country in Gen.Elements(Countries)
                     from formatted in Gen.Elements(Formatted)
                     select new IpqsPhoneResult
                     {
                         Success = f[0],
                         Valid = f[1],
                         Active = f[2],
                         RecentAbuse = f[3],
                         Voip = f[4],
                         Risky = f[5],
                         Spammer = f[6],
                         Prepaid = f[7],
                         Leaked = f[8],
                         DoNotCall = f[9],
                         AccurateCountryCode = f[10],
                         FraudScore = score,
                         LineType = lineType,
                         Carrier = carrier,
                         Country = country,
                         Formatted = formatted,
                     };
        return answer.ToArbitrary();
    }

    /// <summary>Confidence results as the normalizer makes them, from a Bind or an IPQS answer, with or without a number.</summary>
    public static Arbitrary<ConfidenceResult> ConfidenceResults()
    {
        var normalizer = new ConfidenceNormalizer();
        var numbers = Numbers().Generator;
        var fromBind = from number in numbers
                       from bind in BindAnswers().Generator
                       from withNumber in Gen.Elements(true, false)
                       select withNumber ? normalizer.Normalize(number, bind) : normalizer.Normalize(bind);
        var fromIpqs = from number in numbers
                       from ipqs in IpqsAnswers().Generator
                       from withNumber in Gen.Elements(true, false)
                       select withNumber ? normalizer.Normalize(number, ipqs) : normalizer.Normalize(ipqs);
        return Gen.OneOf(fromBind, fromIpqs).ToArbitrary();
    }

    private static Gen<T> AnyEnum<T>(int min, int max)
        where T : struct, Enum =>
        Gen.Choose(min, max).Select(i => (T)Enum.ToObject(typeof(T), i));

    private static Gen<bool?> MaybeBool() => Gen.Elements<bool?>(null, true, false);

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(v => (T?)v)));
}
