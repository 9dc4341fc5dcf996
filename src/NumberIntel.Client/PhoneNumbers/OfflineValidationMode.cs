namespace NumberIntel.Client.PhoneNumbers;

/// <summary>
/// How strict the offline format step is before any paid lookup (setting <c>NumberIntel:OfflineValidation</c>).
/// </summary>
public enum OfflineValidationMode
{
    /// <summary>
    /// The default: only valid numbers (possible and in an allocated range, libphonenumber's <c>isValidNumber</c>) are
    /// sent to the vendors; anything else is <c>invalid</c> without a paid call. Numbers in ranges allocated after the
    /// bundled metadata was published are rejected until the package is updated.
    /// </summary>
    Valid = 0,

    /// <summary>
    /// Lengths only: every possible number (known calling code, possible length) is sent to the vendors, also when it is
    /// outside the allocated ranges the metadata knows. For lists that hold freshly allocated ranges; costs a paid lookup
    /// for every well-formed typo.
    /// </summary>
    Possible = 1,
}
