namespace NumberIntel.Client.PhoneNumbers;

/// <summary>Why an input is not a valid phone number (libphonenumber's verdict, offline).</summary>
public enum PhoneNumberParseError
{
    /// <summary>No error: a valid number.</summary>
    None = 0,

    /// <summary>The input is null, empty or only white space and separators.</summary>
    Empty,

    /// <summary>The input has characters that cannot be part of a phone number (letters, symbols).</summary>
    InvalidCharacters,

    /// <summary>Fewer digits than the country's numbers have (also a local number without its area code).</summary>
    TooShort,

    /// <summary>More digits than the country's numbers can have, or than E.164 allows (15).</summary>
    TooLong,

    /// <summary>The number does not start with a known ITU country calling code.</summary>
    UnknownCountryCallingCode,

    /// <summary>A national-format number was given but no default region was supplied to place it.</summary>
    MissingRegion,

    /// <summary>The national number's length is not possible for its country (between its shortest and longest, but not one of its lengths).</summary>
    NotPossibleForCountry,

    /// <summary>
    /// A possible number (known calling code, possible length) that is not in any range the country's numbering plan
    /// allocates: a NANP area code or exchange starting with 0 or 1, a reserved or unused leading-digit range, a drama
    /// range. <see cref="PhoneNumberParseResult.Msisdn"/> is set, so that <c>OfflineValidation = Possible</c> can still
    /// send it to the vendors.
    /// </summary>
    NotAllocated,
}
