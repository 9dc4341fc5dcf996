using System.Globalization;
using System.Text;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Caching;

/// <summary>What may be cached and under which key: the rules every <see cref="IAssessmentCache"/> follows.</summary>
public static class AssessmentCacheRules
{
    /// <summary>The prefix of every key: <c>numberintel:v1:</c> (the version changes when the stored shape does).</summary>
    public const string KeyPrefix = "numberintel:v1:";

    /// <summary>
    /// Whether a Bind answer may be cached: only final codes — 0 (success), 1 (general error: the vendor says asking again
    /// will not change it), 5 (invalid number) and 6 (not resolved). Codes 4 (throttled), 7 (timeout), unknown or omitted
    /// items and the account codes are never cached.
    /// </summary>
    /// <param name="result">Bind's answer.</param>
    /// <returns>Whether it may be cached.</returns>
    public static bool IsCacheable(BindScoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Response.IsFinal(); // the vendor's final answer; whether it was billed is a separate question
    }

    /// <summary>Whether an IPQS answer may be cached: not when it is an error body (<c>success:false</c>).</summary>
    /// <param name="result">IPQS's answer.</param>
    /// <returns>Whether it may be cached.</returns>
    public static bool IsCacheable(IpqsPhoneResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Success != false;
    }

    /// <summary>The key of an answer: <c>numberintel:v1:bind:385911234567</c>, <c>numberintel:v1:ipqs:385911234567</c> or, with a variant, <c>numberintel:v1:ipqs:385911234567:s1</c>.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="msisdn">Digits only, country code first.</param>
    /// <param name="variant">The IPQS request variant, or null.</param>
    /// <returns>The key.</returns>
    public static string Key(NumberIntelVendor vendor, string msisdn, string? variant = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(msisdn);
        var name = vendor == NumberIntelVendor.Bind ? "bind:" : "ipqs:";
        return variant is null
            ? string.Concat(KeyPrefix, name, msisdn)
            : string.Concat(KeyPrefix, name, msisdn, ":", variant);
    }

    /// <summary>
    /// The variant text of IPQS request settings, for keys: null when no setting changes the answer; otherwise e.g.
    /// <c>s1;c=CA,US;l1</c> (strictness, countries sorted, enhanced line check, enhanced name check, SMS pumping).
    /// </summary>
    /// <param name="request">The request settings in effect (the call's, or <see cref="IpqsOptions.DefaultRequest"/>), or null.</param>
    /// <param name="cacheable">False when the request carries <see cref="IpqsPhoneRequest.CustomVariables"/> or
    /// <see cref="IpqsPhoneRequest.TransactionParameters"/>: such answers are about one transaction and are never cached.</param>
    /// <returns>The variant, or null.</returns>
    public static string? IpqsVariant(IpqsPhoneRequest? request, out bool cacheable)
    {
        cacheable = true;
        if (request is null)
        {
            return null;
        }

        if (request.CustomVariables is { Count: > 0 } || request.TransactionParameters is { Count: > 0 })
        {
            cacheable = false;
            return null;
        }

        var builder = new StringBuilder();
        if (request.Strictness is { } strictness)
        {
            builder.Append('s').Append(strictness.ToString(CultureInfo.InvariantCulture));
        }

        if (request.Countries is { Count: > 0 } countries)
        {
            var sorted = countries.Select(static c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            Separate(builder).Append("c=").AppendJoin(',', sorted);
        }

        Flag(builder, 'l', request.EnhancedLineCheck);
        Flag(builder, 'n', request.EnhancedNameCheck);
        Flag(builder, 'p', request.SmsPumping);
        return builder.Length == 0 ? null : builder.ToString();
    }

    private static StringBuilder Separate(StringBuilder builder) => builder.Length == 0 ? builder : builder.Append(';');

    private static void Flag(StringBuilder builder, char name, bool? value)
    {
        if (value is { } flag)
        {
            Separate(builder).Append(name).Append(flag ? '1' : '0');
        }
    }
}
