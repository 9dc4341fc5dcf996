namespace NumberIntel.Client.PhoneNumbers;

/// <summary>
/// The ITU-T E.164 country calling codes with their ISO 3166-1 alpha-2 regions and the national number lengths that are
/// possible. The table is built once, is immutable and is safe to use from any thread.
/// </summary>
/// <remarks>
/// <para>
/// Shared codes list their main region first: <c>1</c> → <c>US</c>, <c>CA</c> and the other NANP members;
/// <c>7</c> → <c>RU</c>, <c>KZ</c>; <c>44</c> → <c>GB</c>, <c>GG</c>, <c>IM</c>, <c>JE</c>; <c>39</c> → <c>IT</c>, <c>VA</c>.
/// Non-geographic codes (800, 808, 870, 878, 881, 882, 883, 888, 979) have the region
/// <see cref="NonGeographicRegion"/> (<c>001</c>).
/// </para>
/// <para>
/// The possible lengths are generous on purpose: they reject what cannot be a number, not what a vendor would find
/// unassigned. Kosovo is <c>XK</c> (user-assigned ISO code in common use); Ascension is <c>AC</c> and Tristan da Cunha
/// <c>TA</c> (ISO exceptional reservations).
/// </para>
/// </remarks>
public static class CountryCallingCodes
{
    /// <summary>The region of non-geographic calling codes (international freephone, satellite, networks): <c>001</c>.</summary>
    public const string NonGeographicRegion = "001";

    /// <summary>Every known calling code, ascending (1, 7, 20, 27, 30, …, 998).</summary>
    public static IReadOnlyList<int> All => CallingCodeTable.AllCodes;

    /// <summary>Finds the calling code an MSISDN starts with (1 to 3 digits; longest match).</summary>
    /// <remarks>
    /// ITU calling codes are prefix-free (no code is the start of another: <c>3</c> is not a code, <c>30</c>–<c>39</c> are), so
    /// at most one code matches. A leading <c>+</c> is skipped. Only the first three digits are inspected; the rest of the
    /// number is not validated (use <see cref="PhoneNumberParser"/> for that).
    /// </remarks>
    /// <param name="msisdn">Digits, country calling code first.</param>
    /// <param name="callingCode">The calling code, when found; otherwise 0.</param>
    /// <returns>Whether a known code was found.</returns>
    public static bool TryGetCallingCode(ReadOnlySpan<char> msisdn, out int callingCode)
    {
        if (!msisdn.IsEmpty && msisdn[0] == '+')
        {
            msisdn = msisdn[1..];
        }

        CallingCodeInfo? info = CallingCodeTable.Match(msisdn);
        callingCode = info?.Code ?? 0;
        return info is not null;
    }

    /// <summary>The main ISO 3166-1 alpha-2 region of a calling code (<c>1</c> → <c>US</c>, <c>385</c> → <c>HR</c>).</summary>
    /// <remarks>Non-geographic codes give <see cref="NonGeographicRegion"/> (<c>001</c>).</remarks>
    /// <param name="callingCode">The calling code.</param>
    /// <param name="regionCode">The region, when the code is known; otherwise an empty string.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryGetMainRegion(int callingCode, out string regionCode)
    {
        CallingCodeInfo? info = CallingCodeTable.Find(callingCode);
        regionCode = info?.MainRegion ?? string.Empty;
        return info is not null;
    }

    /// <summary>The calling code of an ISO 3166-1 alpha-2 region (<c>HR</c> → <c>385</c>), case-insensitive.</summary>
    /// <remarks>
    /// <c>UK</c> is accepted as an alias of <c>GB</c>. <c>001</c> is not a region of one code and gives false.
    /// Because a string argument binds to this overload, a string made only of digits (optionally with a leading <c>+</c>)
    /// is treated as an MSISDN, exactly as <see cref="TryGetCallingCode(ReadOnlySpan{char}, out int)"/> would, so that
    /// <c>TryGetCallingCode("385912345678", out var code)</c> also gives 385.
    /// </remarks>
    /// <param name="regionCode">The region.</param>
    /// <param name="callingCode">The calling code, when the region is known; otherwise 0.</param>
    /// <returns>Whether the region is known.</returns>
    public static bool TryGetCallingCode(string regionCode, out int callingCode)
    {
        if (regionCode is { Length: > 0 } && IsMsisdnLike(regionCode))
        {
            return TryGetCallingCode(regionCode.AsSpan(), out callingCode);
        }

        if (CallingCodeTable.TryFindRegion(regionCode, out CallingCodeInfo? info))
        {
            callingCode = info.Code;
            return true;
        }

        callingCode = 0;
        return false;
    }

    /// <summary>All regions of a calling code, main region first (<c>7</c> → <c>RU</c>, <c>KZ</c>); empty when unknown.</summary>
    /// <param name="callingCode">The calling code.</param>
    /// <returns>The ISO 3166-1 alpha-2 regions, or <c>001</c> alone for a non-geographic code.</returns>
    public static IReadOnlyList<string> GetRegions(int callingCode) =>
        CallingCodeTable.Find(callingCode)?.Regions ?? (IReadOnlyList<string>)[];

    /// <summary>The possible lengths of a national (significant) number under a calling code, ascending; empty when unknown.</summary>
    /// <param name="callingCode">The calling code.</param>
    /// <returns>The lengths, e.g. <c>[10]</c> for 1 and <c>[6, 7, 8, 9]</c> for 385.</returns>
    public static IReadOnlyList<int> GetPossibleLengths(int callingCode) =>
        CallingCodeTable.Find(callingCode)?.PossibleLengths ?? (IReadOnlyList<int>)[];

    /// <summary>Whether a national (significant) number of <paramref name="nationalNumberLength"/> digits is possible under a calling code.</summary>
    /// <param name="callingCode">The calling code.</param>
    /// <param name="nationalNumberLength">Digits after the calling code.</param>
    /// <returns>False for unknown codes.</returns>
    public static bool IsPossibleLength(int callingCode, int nationalNumberLength) =>
        CallingCodeTable.Find(callingCode)?.IsPossibleLength(nationalNumberLength) ?? false;

    /// <summary>Whether a calling code is known and non-geographic (region <c>001</c>).</summary>
    /// <param name="callingCode">The calling code.</param>
    /// <returns>True for 800, 808, 870, 878, 881, 882, 883, 888, 979.</returns>
    public static bool IsNonGeographic(int callingCode) => CallingCodeTable.Find(callingCode)?.IsNonGeographic ?? false;

    /// <summary>
    /// The region of an MSISDN: the main region of its calling code, refined by area code for NANP (<c>1 416…</c> →
    /// <c>CA</c>, <c>1 876…</c> → <c>JM</c>) and by the first digit for code 7 (<c>7 6…</c>/<c>7 7…</c> → <c>KZ</c>).
    /// </summary>
    /// <param name="msisdn">Digits, country calling code first (a leading <c>+</c> is skipped).</param>
    /// <param name="regionCode">The region, when the calling code is known; otherwise an empty string.</param>
    /// <returns>Whether the calling code is known.</returns>
    public static bool TryGetRegion(ReadOnlySpan<char> msisdn, out string regionCode)
    {
        if (!msisdn.IsEmpty && msisdn[0] == '+')
        {
            msisdn = msisdn[1..];
        }

        CallingCodeInfo? info = CallingCodeTable.Match(msisdn);
        regionCode = info?.RegionFor(msisdn[info.CodeLength..]) ?? string.Empty;
        return info is not null;
    }

    private static bool IsMsisdnLike(string value)
    {
        ReadOnlySpan<char> digits = value[0] == '+' ? value.AsSpan(1) : value.AsSpan();
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
