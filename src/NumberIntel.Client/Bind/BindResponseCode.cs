namespace NumberIntel.Client.Bind;

/// <summary>The per-MSISDN <c>response</c> code of a Bind number-scoring result.</summary>
/// <remarks>
/// Codes the vendor adds later arrive as their numeric value (the enum is not closed); a code that is not
/// a number at all is read as <see cref="Unknown"/>.
/// </remarks>
public enum BindResponseCode
{
    /// <summary>The response carried no readable code.</summary>
    Unknown = -1,

    /// <summary>0 — success: the result fields are filled.</summary>
    Success = 0,

    /// <summary>1 — general error: repeating the request will not give a different result. A final result.</summary>
    GeneralError = 1,

    /// <summary>2 — pricing not set on the account. An account error: not retried.</summary>
    PricingNotSet = 2,

    /// <summary>3 — out of balance. An account error: not retried.</summary>
    OutOfBalance = 3,

    /// <summary>4 — throttled: sent faster than the account's allocation. Retryable for this item alone.</summary>
    Throttled = 4,

    /// <summary>5 — invalid number: the number's length is not valid. A final result (confidence <c>invalid</c>).</summary>
    InvalidNumber = 5,

    /// <summary>6 — not resolved: no coverage for the number. A final result (confidence at most <c>uncertain</c>).</summary>
    NotResolved = 6,

    /// <summary>7 — timeout while resolving. Retryable for this item alone.</summary>
    Timeout = 7,

    /// <summary>8 — missing permissions on the account. An account error: not retried.</summary>
    MissingPermissions = 8,
}
