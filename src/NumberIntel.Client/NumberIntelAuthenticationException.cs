using System.Net;

namespace NumberIntel.Client;

/// <summary>
/// The vendor rejected the API key (Bind HTTP 401, IPQS "Invalid or unauthorized key"). Not retried: fix the configured key.
/// </summary>
public class NumberIntelAuthenticationException : NumberIntelException
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong, in words a person can act on.</param>
    public NumberIntelAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong, in words a person can act on.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public NumberIntelAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with every detail.</summary>
    /// <param name="message">What went wrong, in words a person can act on.</param>
    /// <param name="vendor">The vendor whose call failed.</param>
    /// <param name="statusCode">The HTTP status of the response, when one was received.</param>
    /// <param name="requestId">The vendor's request id, when it sent one.</param>
    /// <param name="vendorCode">The vendor's own error code or message, when it sent one.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public NumberIntelAuthenticationException(
        string message,
        NumberIntelVendor? vendor,
        HttpStatusCode? statusCode = null,
        string? requestId = null,
        string? vendorCode = null,
        Exception? innerException = null)
        : base(message, vendor, statusCode, requestId, vendorCode, innerException)
    {
    }

    /// <summary>Creates an exception with no message.</summary>
    public NumberIntelAuthenticationException()
    {
    }
}
