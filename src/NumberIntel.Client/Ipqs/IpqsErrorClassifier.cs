using System.Net;

namespace NumberIntel.Client.Ipqs;

/// <summary>
/// Turns an IPQS <c>success:false</c> body (sent with HTTP 200) into a typed exception by keywords in its message,
/// case-insensitively: a bad key → authentication; credits or quota → account; anything else → vendor.
/// </summary>
internal static class IpqsErrorClassifier
{
    /// <summary>What kind of failure a message describes.</summary>
    internal enum Kind
    {
        /// <summary>Not recognised.</summary>
        Other,

        /// <summary>The key is invalid or unauthorized.</summary>
        Authentication,

        /// <summary>Insufficient credits or an exceeded quota.</summary>
        Account,
    }

    /// <summary>Classifies an IPQS error message.</summary>
    /// <param name="message">The vendor's message (and errors), or null.</param>
    /// <returns>The kind.</returns>
    public static Kind Classify(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return Kind.Other;
        }

        if (Has(message, "unauthori") || Has(message, "not authori")
            || (Has(message, "key") && (Has(message, "invalid") || Has(message, "incorrect") || Has(message, "missing")
                                        || Has(message, "revoked") || Has(message, "disabled") || Has(message, "expired"))))
        {
            return Kind.Authentication;
        }

        if (Has(message, "credit") || Has(message, "quota")
            || (Has(message, "exceeded") && (Has(message, "request") || Has(message, "limit"))))
        {
            return Kind.Account;
        }

        return Kind.Other;
    }

    /// <summary>Builds the exception for an unsuccessful body.</summary>
    /// <param name="kind">The classification.</param>
    /// <param name="vendorMessage">The vendor's message, already scrubbed of the key.</param>
    /// <param name="status">The HTTP status (usually 200).</param>
    /// <param name="requestId">The <c>request_id</c> from the body, or the request id header.</param>
    /// <returns>The exception to throw.</returns>
    public static NumberIntelException ToException(Kind kind, string? vendorMessage, HttpStatusCode status, string? requestId)
    {
        var said = string.IsNullOrWhiteSpace(vendorMessage) ? "IPQS gave no message." : $"IPQS said: {vendorMessage}";
        return kind switch
        {
            Kind.Authentication => new NumberIntelAuthenticationException(
                $"IPQS rejected the API key. Check NumberIntel:Ipqs:ApiKey; retrying will not help. {said}",
                NumberIntelVendor.Ipqs,
                status,
                requestId,
                vendorMessage),
            Kind.Account => new NumberIntelAccountException(
                $"IPQS refused the lookup for an account reason (insufficient credits or request quota exceeded). Check the IPQS account's plan, credits and quota; retrying will not help. {said}",
                NumberIntelVendor.Ipqs,
                status,
                requestId,
                vendorMessage),
            _ => new NumberIntelVendorException(
                $"IPQS answered success:false. {said}",
                NumberIntelVendor.Ipqs,
                status,
                requestId,
                vendorMessage),
        };
    }

    private static bool Has(string text, string keyword) => text.Contains(keyword, StringComparison.OrdinalIgnoreCase);
}
