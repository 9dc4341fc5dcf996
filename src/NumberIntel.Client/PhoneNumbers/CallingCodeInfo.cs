using System.Collections.ObjectModel;

namespace NumberIntel.Client.PhoneNumbers;

/// <summary>One ITU-T E.164 country calling code: its regions and its national numbering rules (immutable).</summary>
internal sealed class CallingCodeInfo
{
    internal CallingCodeInfo(
        int code,
        string[] regions,
        int[] possibleLengths,
        string[] trunkPrefixes,
        int nationalMax,
        string[] internationalPrefixes,
        bool keepsLeadingZero)
    {
        Code = code;
        CodeText = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Regions = Array.AsReadOnly(regions);
        PossibleLengths = Array.AsReadOnly(possibleLengths);
        foreach (int length in possibleLengths)
        {
            LengthMask |= 1u << length;
        }

        MinLength = possibleLengths[0];
        MaxLength = possibleLengths[^1];
        NationalMax = nationalMax == 0 ? MaxLength : nationalMax;
        TrunkPrefixes = trunkPrefixes;
        InternationalPrefixes = internationalPrefixes;
        KeepsLeadingZero = keepsLeadingZero;
        foreach (string trunk in trunkPrefixes)
        {
            HasZeroTrunk |= trunk[0] == '0';
        }
    }

    /// <summary>The calling code (1 to 3 digits).</summary>
    internal int Code { get; }

    /// <summary>The calling code as ASCII digits.</summary>
    internal string CodeText { get; }

    /// <summary>Number of digits of the calling code.</summary>
    internal int CodeLength => CodeText.Length;

    /// <summary>ISO 3166-1 alpha-2 regions, main region first; <c>001</c> for non-geographic codes.</summary>
    internal ReadOnlyCollection<string> Regions { get; }

    /// <summary>The main region.</summary>
    internal string MainRegion => Regions[0];

    /// <summary>Possible national (significant) number lengths, ascending.</summary>
    internal ReadOnlyCollection<int> PossibleLengths { get; }

    /// <summary>Bit <c>n</c> set when a national number of <c>n</c> digits is possible.</summary>
    internal uint LengthMask { get; }

    /// <summary>Shortest possible national number.</summary>
    internal int MinLength { get; }

    /// <summary>Longest possible national number.</summary>
    internal int MaxLength { get; }

    /// <summary>
    /// Longest digit string (without + or trunk prefix) that is read as a national number when this is the default region.
    /// Longer strings are first tried as international (MSISDN) form.
    /// </summary>
    internal int NationalMax { get; }

    /// <summary>National (trunk) prefixes, longest first (<c>0</c>, <c>8</c> in Russia, <c>06</c> in Hungary, <c>1</c> in NANP).</summary>
    internal string[] TrunkPrefixes { get; }

    /// <summary>Whether a trunk prefix starts with 0 (so a national number can never start with 0).</summary>
    internal bool HasZeroTrunk { get; }

    /// <summary>International call prefixes used in the region besides the universal <c>00</c>, longest first.</summary>
    internal string[] InternationalPrefixes { get; }

    /// <summary>Whether the leading 0 is part of the national number (Italy, San Marino, Côte d'Ivoire…).</summary>
    internal bool KeepsLeadingZero { get; }

    /// <summary>Whether the code is non-geographic (region <c>001</c>).</summary>
    internal bool IsNonGeographic => string.Equals(MainRegion, CountryCallingCodes.NonGeographicRegion, StringComparison.Ordinal);

    /// <summary>Whether a national number of <paramref name="length"/> digits is possible.</summary>
    internal bool IsPossibleLength(int length) => (uint)length < 32 && (LengthMask & (1u << length)) != 0;

    /// <summary>The error for a national number of <paramref name="length"/> digits, or <see cref="PhoneNumberParseError.None"/>.</summary>
    internal PhoneNumberParseError LengthError(int length)
    {
        if (CodeLength + length > PhoneNumberParser.MaxMsisdnLength || length > MaxLength)
        {
            return PhoneNumberParseError.TooLong;
        }

        if (length < MinLength)
        {
            return PhoneNumberParseError.TooShort;
        }

        return IsPossibleLength(length) ? PhoneNumberParseError.None : PhoneNumberParseError.NotPossibleForCountry;
    }

    /// <summary>The region of a national number under this code (refined for NANP area codes and for Kazakhstan under 7).</summary>
    internal string RegionFor(ReadOnlySpan<char> nationalNumber)
    {
        if (Code == 1 && nationalNumber.Length >= 3)
        {
            return NanpAreaCodes.RegionFor(nationalNumber[..3]) ?? MainRegion;
        }

        if (Code == 7 && nationalNumber.Length > 0 && nationalNumber[0] is '6' or '7')
        {
            return "KZ";
        }

        return MainRegion;
    }
}
