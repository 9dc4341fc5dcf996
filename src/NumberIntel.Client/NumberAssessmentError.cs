using System.Net;

namespace NumberIntel.Client;

/// <summary>A vendor failure recorded on a degraded <see cref="NumberAssessment"/>. Never contains a key.</summary>
public sealed record NumberAssessmentError
{
    /// <summary>The vendor that failed.</summary>
    public required NumberIntelVendor Vendor { get; init; }

    /// <summary>What kind of failure it was.</summary>
    public required NumberAssessmentErrorKind Kind { get; init; }

    /// <summary>A message a person can act on.</summary>
    public required string Message { get; init; }

    /// <summary>The HTTP status, when a response was received.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>The vendor's request id, when it sent one.</summary>
    public string? RequestId { get; init; }

    /// <summary>The vendor's own code (a Bind response code such as <c>4</c>), when there was one.</summary>
    public string? VendorCode { get; init; }
}
