using System.Globalization;

namespace NumberIntel.Client.Bind;

/// <summary>
/// The one home of what a Bind <c>response</c> code means to this SDK: whether it is final, billed, carries data, asks
/// for the item to be sent again, or concerns the account. Every other place (the cache rules, the facade, the
/// normalizer, the item retry, the client's account check, the failure descriptions) asks here.
/// </summary>
/// <remarks>
/// "Billed" (what the vendor charges for) and "final" (what the cache may keep) are separate questions with separate
/// predicates, even while they hold for the same codes today: a change to one must not silently change the other.
/// </remarks>
internal static class BindResponseCodes
{
    /// <summary>Whether the code is the vendor's final answer for the number (asking again gives the same answer): 0, 1, 5, 6.</summary>
    /// <param name="code">The item's code.</param>
    /// <returns>True for a final answer.</returns>
    public static bool IsFinal(this BindResponseCode code) =>
        code is BindResponseCode.Success or BindResponseCode.GeneralError or BindResponseCode.InvalidNumber or BindResponseCode.NotResolved;

    /// <summary>
    /// Whether Bind bills the lookup that got this code: 0, 1, 5, 6. Not 4 or 7 (the vendor did not answer for the number),
    /// not the account codes 2, 3, 8, not an omitted item or an unknown code.
    /// </summary>
    /// <param name="code">The item's code.</param>
    /// <returns>True when the lookup is paid for.</returns>
    public static bool IsBilled(this BindResponseCode code) =>
        code is BindResponseCode.Success or BindResponseCode.GeneralError or BindResponseCode.InvalidNumber or BindResponseCode.NotResolved;

    /// <summary>Whether the result says something about the number that the normalizer can use: 0, 5 (invalid) and 6 (not resolved).</summary>
    /// <param name="code">The item's code.</param>
    /// <returns>True when the result carries data.</returns>
    public static bool CarriesData(this BindResponseCode code) =>
        code is BindResponseCode.Success or BindResponseCode.InvalidNumber or BindResponseCode.NotResolved;

    /// <summary>Whether the item alone should be sent again: 4 (throttled) and 7 (timeout).</summary>
    /// <param name="code">The item's code.</param>
    /// <returns>True for 4 and 7.</returns>
    public static bool IsRetryable(this BindResponseCode code) => code is BindResponseCode.Throttled or BindResponseCode.Timeout;

    /// <summary>Whether the code concerns the account, not the number (2, 3, 8): a person must act, nothing is retried.</summary>
    /// <param name="code">The item's code.</param>
    /// <returns>True for 2, 3 and 8.</returns>
    public static bool IsAccountError(this BindResponseCode code) =>
        code is BindResponseCode.PricingNotSet or BindResponseCode.OutOfBalance or BindResponseCode.MissingPermissions;

    /// <summary>What is wrong with the account, for an account code; null for any other code.</summary>
    /// <param name="code">The item's code.</param>
    /// <returns>The problem and what to do, or null.</returns>
    public static string? AccountProblem(this BindResponseCode code) => code switch
    {
        BindResponseCode.PricingNotSet => "pricing is not set on the account (response code 2). Contact Bind (procurement@bind.hr) to set up pricing",
        BindResponseCode.OutOfBalance => "the account is out of balance (response code 3). Contact Bind (procurement@bind.hr) to top up the account",
        BindResponseCode.MissingPermissions => "the account lacks the permission for number scoring (response code 8). Contact Bind (procurement@bind.hr) to check the account's permissions",
        _ => null,
    };

    /// <summary>The code as the vendor sent it (<c>"4"</c>), or null for <see cref="BindResponseCode.Unknown"/>.</summary>
    /// <param name="code">The item's code.</param>
    /// <returns>The numeric text, or null.</returns>
    public static string? VendorCode(this BindResponseCode code) =>
        code == BindResponseCode.Unknown ? null : ((int)code).ToString(CultureInfo.InvariantCulture);
}
