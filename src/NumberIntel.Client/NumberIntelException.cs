using System.Net;
using System.Text;

namespace NumberIntel.Client;

/// <summary>
/// Base type of every error raised by NumberIntel.Client. It carries the vendor, the HTTP status and the
/// vendor's request id when known. It never carries an API key.
/// </summary>
public class NumberIntelException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong, in words a person can act on.</param>
    public NumberIntelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong, in words a person can act on.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public NumberIntelException(string message, Exception? innerException)
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
    public NumberIntelException(
        string message,
        NumberIntelVendor? vendor,
        HttpStatusCode? statusCode = null,
        string? requestId = null,
        string? vendorCode = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Vendor = vendor;
        StatusCode = statusCode;
        RequestId = requestId;
        VendorCode = vendorCode;
    }

    /// <summary>Creates an exception with no message.</summary>
    public NumberIntelException()
    {
    }

    /// <summary>The vendor whose call failed, or <see langword="null"/> when the failure is not a vendor's.</summary>
    public NumberIntelVendor? Vendor { get; }

    /// <summary>The HTTP status of the vendor's response, or <see langword="null"/> when none was received.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The vendor's request id (IPQS <c>request_id</c>), for support tickets.</summary>
    public string? RequestId { get; }

    /// <summary>
    /// The vendor's own error code or message: a Bind <c>response</c> code such as <c>3</c>, or the IPQS
    /// <c>message</c> text. Never contains an API key.
    /// </summary>
    public string? VendorCode { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var builder = new StringBuilder(base.ToString());
        if (Vendor is not null || StatusCode is not null || RequestId is not null || VendorCode is not null)
        {
            builder.AppendLine()
                .Append("Vendor: ").Append(Vendor?.ToString() ?? "-")
                .Append(", Status: ").Append(StatusCode is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")
                .Append(", RequestId: ").Append(RequestId ?? "-")
                .Append(", VendorCode: ").Append(VendorCode ?? "-");
        }

        return builder.ToString();
    }
}
