using System.Collections.Frozen;
using System.Globalization;
using NumberIntel.Client.Confidence;
using PhoneNumbers;

namespace NumberIntel.Client.PhoneNumbers;

/// <summary>
/// The one place that holds libphonenumber: a single shared <see cref="PhoneNumberUtil"/> (thread-safe, its metadata
/// loaded once per process on first use) and the lookups the SDK needs from it.
/// </summary>
internal static class PhoneNumberMetadata
{
    private const string UnknownRegion = "ZZ";

    /// <summary>The shared instance.</summary>
    public static PhoneNumberUtil Util { get; } = PhoneNumberUtil.GetInstance();

    /// <summary>Every country calling code the metadata knows (geographic and non-geographic).</summary>
    public static FrozenSet<int> CallingCodes { get; } = Util.GetSupportedCallingCodes().ToFrozenSet();

    private static readonly FrozenSet<string> CallingCodeStarts = CallingCodes
        .Select(c => c.ToString(CultureInfo.InvariantCulture))
        .SelectMany(c => Enumerable.Range(1, c.Length - 1).Select(n => c[..n]))
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Regions = Util.GetSupportedRegions().ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The upper-case region code when <paramref name="regionCode"/> is a region the metadata knows (<c>UK</c>, the
    /// exceptionally reserved code, is read as <c>GB</c>), otherwise null.
    /// </summary>
    public static string? NormalizeRegion(string? regionCode)
    {
        if (regionCode is not { Length: 2 })
        {
            return null;
        }

        if (regionCode.Equals("UK", StringComparison.OrdinalIgnoreCase))
        {
            return "GB";
        }

        return Regions.TryGetValue(regionCode, out var known) ? known : null;
    }

    /// <summary>The length (1-3) of the country calling code <paramref name="digits"/> start with, or 0 when none does.</summary>
    public static int CallingCodeLength(ReadOnlySpan<char> digits)
    {
        var code = 0;
        for (var i = 0; i < Math.Min(3, digits.Length); i++)
        {
            code = (code * 10) + (digits[i] - '0');
            if (CallingCodes.Contains(code))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="digits"/> are a proper start of some country calling code (<c>3</c>, <c>38</c>).</summary>
    public static bool IsStartOfCallingCode(ReadOnlySpan<char> digits) =>
        !digits.IsEmpty && digits.Length < 3 && CallingCodeStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(digits);

    /// <summary>The main region of a calling code (<c>1</c> → <c>US</c>, <c>44</c> → <c>GB</c>, <c>800</c> → <c>001</c>), or null.</summary>
    public static string? MainRegionOf(int callingCode)
    {
        var region = Util.GetRegionCodeForCountryCode(callingCode);
        return region == UnknownRegion ? null : region;
    }

    /// <summary>The calling code of a region (<c>HR</c> → 385), or 0 when the region is not known.</summary>
    public static int CallingCodeOf(string regionCode) => Util.GetCountryCodeForRegion(regionCode.ToUpperInvariant());

    /// <summary>The region of an MSISDN (digits, calling code first), refined by the number where the code is shared.</summary>
    public static string? RegionOfMsisdn(ReadOnlySpan<char> msisdn)
    {
        var length = CallingCodeLength(msisdn);
        if (length == 0)
        {
            return null;
        }

        var code = int.Parse(msisdn[..length], NumberStyles.None, CultureInfo.InvariantCulture);
        if (msisdn.Length - length is < 2 or > 17 || Util.GetRegionCodesForCountryCode(code).Count <= 1)
        {
            return MainRegionOf(code);
        }

        try
        {
            return Util.GetRegionCodeForNumber(Util.Parse(string.Concat("+", msisdn), null)) ?? MainRegionOf(code);
        }
        catch (NumberParseException)
        {
            return MainRegionOf(code);
        }
    }

    /// <summary>libphonenumber's number type as the SDK's canonical line type.</summary>
    public static LineType ToLineType(PhoneNumberType type) => type switch
    {
        PhoneNumberType.MOBILE => LineType.Mobile,
        PhoneNumberType.FIXED_LINE => LineType.FixedLine,
        PhoneNumberType.FIXED_LINE_OR_MOBILE => LineType.FixedLineOrMobile,
        PhoneNumberType.TOLL_FREE => LineType.TollFree,
        PhoneNumberType.PREMIUM_RATE => LineType.PremiumRate,
        PhoneNumberType.SHARED_COST => LineType.SharedCost,
        PhoneNumberType.VOIP => LineType.Voip,
        PhoneNumberType.PERSONAL_NUMBER => LineType.PersonalNumber,
        PhoneNumberType.PAGER => LineType.Pager,
        PhoneNumberType.UAN => LineType.Uan,
        PhoneNumberType.VOICEMAIL => LineType.Voicemail,
        _ => LineType.Unknown,
    };
}
