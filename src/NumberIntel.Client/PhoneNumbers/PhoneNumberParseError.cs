namespace NumberIntel.Client.PhoneNumbers;

/// <summary>Why an input could not be turned into an MSISDN.</summary>
public enum PhoneNumberParseError
{
    /// <summary>No error: the input parsed.</summary>
    None = 0,

    /// <summary>The input is null, empty or only white space and separators.</summary>
    Empty,

    /// <summary>The input has characters that cannot be part of a phone number (letters, symbols).</summary>
    InvalidCharacters,

    /// <summary>Fewer digits than any possible number.</summary>
    TooShort,

    /// <summary>More digits than E.164 allows (15), or than the country's numbers can have.</summary>
    TooLong,

    /// <summary>The number does not start with a known ITU country calling code.</summary>
    UnknownCountryCallingCode,

    /// <summary>A national-format number was given but no default region was supplied to place it.</summary>
    MissingRegion,

    /// <summary>The national number's length is not possible for its country.</summary>
    NotPossibleForCountry,
}
