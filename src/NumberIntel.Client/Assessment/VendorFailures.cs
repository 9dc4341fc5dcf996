using System.Net;
using NumberIntel.Client.Bind;

namespace NumberIntel.Client.Assessment;

/// <summary>Which vendor failures degrade an assessment, and how they are described.</summary>
internal static class VendorFailures
{
    /// <summary>
    /// Whether <paramref name="exception"/> is a vendor failure that degrades (or, with <see cref="FailureMode.Throw"/>, is rethrown):
    /// a connection failure, a timeout, throttling, a vendor error. Authentication and account errors, the caller's
    /// cancellation and anything that is not a vendor failure (argument errors, bugs) are not.
    /// </summary>
    /// <param name="exception">What the vendor call threw.</param>
    /// <param name="cancellationToken">The token the call was made with: its cancellation is never a failure.</param>
    /// <param name="kind">The kind of failure.</param>
    /// <returns>Whether the failure degrades.</returns>
    public static bool TryClassify(Exception exception, CancellationToken cancellationToken, out NumberAssessmentErrorKind kind)
    {
        kind = NumberAssessmentErrorKind.VendorError;
        switch (exception)
        {
            case NumberIntelAuthenticationException:
            case NumberIntelAccountException:
                return false;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return false;
            case HttpRequestException:
                kind = NumberAssessmentErrorKind.Unreachable;
                return true;
            case NumberIntelThrottledException:
                kind = NumberAssessmentErrorKind.Throttled;
                return true;
            case NumberIntelVendorException { InnerException: HttpRequestException }:
                kind = NumberAssessmentErrorKind.Unreachable;
                return true;
            case NumberIntelException e:
                kind = e.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.GatewayTimeout
                    ? NumberAssessmentErrorKind.Timeout
                    : NumberAssessmentErrorKind.VendorError;
                return true;
            case OperationCanceledException: // HttpClient.Timeout, not the caller's token
            case TimeoutException:
                kind = NumberAssessmentErrorKind.Timeout;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Describes a failure for <see cref="NumberAssessment.Errors"/>; never contains a key.</summary>
    public static NumberAssessmentError ToError(NumberIntelVendor vendor, NumberAssessmentErrorKind kind, Exception exception)
    {
        var typed = exception as NumberIntelException;
        var message = typed is not null
            ? typed.Message
            : kind == NumberAssessmentErrorKind.Timeout
                ? $"{Name(vendor)} did not answer in time ({exception.GetType().Name})."
                : $"{Name(vendor)} could not be reached: {exception.Message}";
        return new NumberAssessmentError
        {
            Vendor = vendor,
            Kind = kind,
            Message = message,
            StatusCode = typed?.StatusCode ?? (exception as HttpRequestException)?.StatusCode ?? (exception.InnerException as HttpRequestException)?.StatusCode,
            RequestId = typed?.RequestId,
            VendorCode = typed?.VendorCode,
        };
    }

    /// <summary>
    /// Describes a Bind item that carries no data: code 1 (a final answer), 4 or 7 (still, after the item retries), an
    /// omitted item (<see cref="BindResponseCode.Unknown"/>) or a code this SDK does not know.
    /// </summary>
    public static NumberAssessmentError BindNoData(BindScoringResult result)
    {
        var code = result.Response;
        var (kind, message) = code switch
        {
            BindResponseCode.GeneralError => (NumberAssessmentErrorKind.NoData, "Bind answered response code 1 (general error) for the number: it has no data on it, and asking again will not change that."),
            BindResponseCode.Throttled => (NumberAssessmentErrorKind.Throttled, "Bind kept throttling the number (response code 4) after the item retries; no data."),
            BindResponseCode.Timeout => (NumberAssessmentErrorKind.NoData, "Bind timed out resolving the number (response code 7) after the item retries; no data."),
            BindResponseCode.Unknown => (NumberAssessmentErrorKind.NoData, "Bind left the number out of its answer (or gave no readable response code); no data."),
            _ => (NumberAssessmentErrorKind.NoData, $"Bind answered response code {(int)code}, which this SDK does not know; no data."),
        };
        return new NumberAssessmentError
        {
            Vendor = NumberIntelVendor.Bind,
            Kind = kind,
            Message = message,
            VendorCode = code.VendorCode(),
        };
    }

    /// <summary>The exception <see cref="FailureMode.Throw"/> raises for a Bind item without data.</summary>
    public static NumberIntelException BindNoDataException(BindScoringResult result)
    {
        var error = BindNoData(result);
        return result.Response == BindResponseCode.Throttled
            ? new NumberIntelThrottledException(error.Message, NumberIntelVendor.Bind, vendorCode: error.VendorCode)
            : new NumberIntelVendorException(error.Message, NumberIntelVendor.Bind, vendorCode: error.VendorCode);
    }

    private static string Name(NumberIntelVendor vendor) => vendor == NumberIntelVendor.Bind ? "Bind" : "IPQS";
}
