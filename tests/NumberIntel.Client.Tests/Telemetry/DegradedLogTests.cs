using System.Net;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Client.Tests.Telemetry;

/// <summary>The degraded-vendor log line shows the details an error has and no empty fields for the ones it lacks.</summary>
public sealed class DegradedLogTests
{
    [Fact]
    public void ErrorDetails_AllPresent_ListsStatusVendorCodeAndRequestId()
    {
        var error = new NumberAssessmentError
        {
            Vendor = NumberIntelVendor.Bind,
            Kind = NumberAssessmentErrorKind.VendorError,
            Message = "m",
            StatusCode = HttpStatusCode.ServiceUnavailable,
            VendorCode = "1",
            RequestId = "r-1",
        };

        Assert.Equal(", HTTP 503, vendor code 1, request id r-1", AssessmentLog.ErrorDetails(error));
    }

    [Fact]
    public void ErrorDetails_OnlyAStatus_ShowsNoEmptyFields()
    {
        var error = new NumberAssessmentError
        {
            Vendor = NumberIntelVendor.Ipqs,
            Kind = NumberAssessmentErrorKind.VendorError,
            Message = "m",
            StatusCode = HttpStatusCode.BadGateway,
        };

        Assert.Equal(", HTTP 502", AssessmentLog.ErrorDetails(error));
    }

    [Fact]
    public void ErrorDetails_NothingKnown_IsEmpty()
    {
        var error = new NumberAssessmentError { Vendor = NumberIntelVendor.Ipqs, Kind = NumberAssessmentErrorKind.Timeout, Message = "m" };

        Assert.Equal(string.Empty, AssessmentLog.ErrorDetails(error));
    }
}
