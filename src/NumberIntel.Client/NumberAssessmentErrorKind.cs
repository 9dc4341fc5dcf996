namespace NumberIntel.Client;

/// <summary>The kinds of vendor failure that degrade an assessment instead of failing it.</summary>
public enum NumberAssessmentErrorKind
{
    /// <summary>The vendor could not be reached (connection failure) after retries.</summary>
    Unreachable = 0,

    /// <summary>The vendor did not answer in time after retries.</summary>
    Timeout,

    /// <summary>The vendor kept throttling (HTTP 429, Bind code 4) after retries.</summary>
    Throttled,

    /// <summary>The vendor answered with an error or an unusable body (5xx, HTML, truncated JSON, circuit open).</summary>
    VendorError,

    /// <summary>The vendor answered but gave no data for this number (Bind code 1 or 7 after retries, an item it left out).</summary>
    NoData,
}
