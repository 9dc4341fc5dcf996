using Microsoft.Extensions.DependencyInjection;
using System.Net;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Testing;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Assessment;

/// <summary>One number through the DI-built facade and the emulator.</summary>
public sealed class AssessAsyncTests : IAsyncLifetime
{
    private FacadeHarness _h = null!;

    public async Task InitializeAsync() => _h = await FacadeHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task AssessAsync_VerifiedMobile_CombinesBothVendorsAndPaysEachOnce()
    {
        var a = await _h.Client.AssessAsync("+385 91 555 0101");

        Assert.Equal(ConfidenceLabel.Verified, a.Label);
        Assert.Equal(ConfidenceSource.Combined, a.Diagnostics!.Source);
        Assert.Equal("+385 91 555 0101", a.Input);
        Assert.Equal("385915550101", a.Msisdn);
        Assert.True(a.Number!.IsPossible);
        Assert.Equal(BindResponseCode.Success, a.Bind!.Response);
        Assert.True(a.Ipqs!.Valid);
        Assert.False(a.Degraded);
        Assert.Empty(a.Errors);
        Assert.Empty(a.CacheHits);
        Assert.Equal([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs], a.PaidLookups);
        Assert.Null(a.DuplicateOf);
        Assert.Equal(1, _h.Emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal(1, _h.Emulator.Ipqs.BilledCount(MagicNumbers.HrVerifiedMobile));
    }

    [Theory]
    [InlineData("", PhoneNumberParseError.Empty)]
    [InlineData("abc", PhoneNumberParseError.InvalidCharacters)]
    [InlineData("12", PhoneNumberParseError.TooShort)]
    public async Task AssessAsync_Garbage_IsInvalidWithFormatDiagnosticsAndNeverSent(string input, PhoneNumberParseError error)
    {
        var a = await _h.Client.AssessAsync(input);

        Assert.Equal(ConfidenceLabel.Invalid, a.Label);
        Assert.Equal(input, a.Input);
        Assert.Null(a.Msisdn);
        Assert.Equal(error, a.Diagnostics!.Format!.Error);
        Assert.False(a.Diagnostics.Format.IsPossible);
        Assert.False(a.Degraded);
        Assert.Empty(a.PaidLookups);
        Assert.Equal(0, _h.Emulator.Bind.Requests);
        Assert.Equal(0, _h.Emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task AssessAsync_SameNumberTypedThreeWays_IsPaidOncePerVendorThanksToTheCache()
    {
        var first = await _h.Client.AssessAsync("+385 91 555 0101");
        var second = await _h.Client.AssessAsync("00385915550101");
        var third = await _h.Client.AssessAsync("385-91-555-0101");

        Assert.Equal(1, _h.Emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal(1, _h.Emulator.Ipqs.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal(2, first.PaidLookups.Count);
        Assert.All([second, third], a =>
        {
            Assert.Equal([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs], a.CacheHits);
            Assert.Empty(a.PaidLookups);
            Assert.Equal(ConfidenceLabel.Verified, a.Label);
            Assert.Equal("385915550101", a.Msisdn);
        });
        Assert.Equal("00385915550101", second.Input);
        Assert.Equal("385-91-555-0101", third.Input);
    }

    [Fact]
    public async Task AssessAsync_NationalInputWithDefaultRegion_IsPlacedInThatRegion()
    {
        var a = await _h.Client.AssessAsync("091 555 0101", new AssessOptions { DefaultRegion = "HR" });

        Assert.Equal("385915550101", a.Msisdn);
        Assert.Equal(ConfidenceLabel.Verified, a.Label);
    }

    [Fact]
    public async Task AssessAsync_NationalInputWithoutRegion_IsInvalidMissingRegion()
    {
        var a = await _h.Client.AssessAsync("091 555 0101");

        Assert.Equal(ConfidenceLabel.Invalid, a.Label);
        Assert.Equal(PhoneNumberParseError.MissingRegion, a.Number!.Error);
        Assert.Equal(0, _h.Emulator.Bind.Requests + _h.Emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task AssessAsync_BindDown503_DegradesAndTakesTheLabelFromIpqs()
    {
        _h.Emulator.Faults.Add(EmulatorFault.ServerError(503).OnVendor(NumberIntelVendor.Bind).Always());

        var a = await _h.Client.AssessAsync(MagicNumbers.HrUncertainFraudScore);

        Assert.True(a.Degraded);
        var error = Assert.Single(a.Errors);
        Assert.Equal(NumberIntelVendor.Bind, error.Vendor);
        Assert.Equal(NumberAssessmentErrorKind.VendorError, error.Kind);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Null(a.Bind);
        Assert.NotNull(a.Ipqs);
        Assert.Equal(ConfidenceLabel.Uncertain, a.Label);
        Assert.Equal(ConfidenceSource.Ipqs, a.Diagnostics!.Source);
        Assert.Equal([NumberIntelVendor.Ipqs], a.PaidLookups);
    }

    [Fact]
    public async Task AssessAsync_IpqsConnectionDropped_DegradesAsUnreachable()
    {
        _h.Emulator.Faults.Add(EmulatorFault.DropConnection().OnVendor(NumberIntelVendor.Ipqs).Always());

        var a = await _h.Client.AssessAsync(MagicNumbers.HrLowVoip);

        Assert.True(a.Degraded);
        var error = Assert.Single(a.Errors);
        Assert.Equal(NumberIntelVendor.Ipqs, error.Vendor);
        Assert.Equal(NumberAssessmentErrorKind.Unreachable, error.Kind);
        Assert.Equal(ConfidenceLabel.Low, a.Label); // Bind alone: VoIP
        Assert.Equal(ConfidenceSource.Bind, a.Diagnostics!.Source);
    }

    [Fact]
    public async Task AssessAsync_BothVendorsDown_FallsBackToTheOfflineLineTypeAtMostLikely()
    {
        _h.Emulator.Faults.Add(EmulatorFault.ServerError(503).Always());

        var a = await _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);

        Assert.True(a.Degraded);
        Assert.Equal(2, a.Errors.Count);
        Assert.Equal(ConfidenceLabel.Likely, a.Label); // offline: a mobile range, unconfirmed by any vendor
        Assert.Equal(LineType.Mobile, a.Confidence!.LineType);
        Assert.Equal(ConfidenceSource.Format, a.Diagnostics!.Source);
        Assert.Empty(a.PaidLookups);
    }

    [Fact]
    public async Task AssessAsync_VendorDownWithFailureModeThrow_ThrowsTheVendorException()
    {
        _h.Emulator.Faults.Add(EmulatorFault.ServerError(503).OnVendor(NumberIntelVendor.Ipqs).Always());

        var error = await Assert.ThrowsAsync<NumberIntelVendorException>(() =>
            _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile, new AssessOptions { FailureMode = FailureMode.Throw }));

        Assert.Equal(NumberIntelVendor.Ipqs, error.Vendor);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
    }

    [Fact]
    public async Task AssessAsync_IpqsFailsWhileBindIsInFlight_ThrowsTheIpqsFailureNotBindsCancellation()
    {
        // IPQS's request leaves only once Bind's is held at the vendor, so IPQS fails while Bind is in flight.
        var bindHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = await FacadeHarness.StartAsync(services: s => s.AddHttpClient(NumberIntelHttpClientNames.Ipqs)
            .AddHttpMessageHandler(() => new GateHandler(bindHeld.Task)));
        var held = h.Emulator.Faults.Add(EmulatorFault.Hold().OnVendor(NumberIntelVendor.Bind));
        h.Emulator.Faults.Add(EmulatorFault.ServerError(503).OnVendor(NumberIntelVendor.Ipqs).Always());

        var assessing = h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile, new AssessOptions { FailureMode = FailureMode.Throw });
        await held.WaitForHitAsync().WaitAsync(TestTimeouts.Wait);
        bindHeld.SetResult();
        var error = await Assert.ThrowsAsync<NumberIntelVendorException>(() => assessing.WaitAsync(TestTimeouts.Wait));

        Assert.Equal(NumberIntelVendor.Ipqs, error.Vendor);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
    }

    [Fact]
    public async Task AssessAsync_BindBadKeyInDegradeMode_StillThrowsAuthentication()
    {
        _h.Emulator.Faults.Add(EmulatorFault.BadKey().OnVendor(NumberIntelVendor.Bind));

        var error = await Assert.ThrowsAsync<NumberIntelAuthenticationException>(() => _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile));

        Assert.Equal(NumberIntelVendor.Bind, error.Vendor);
    }

    [Fact]
    public async Task AssessAsync_IpqsOutOfCreditsInDegradeMode_StillThrowsAccount()
    {
        _h.Emulator.Faults.Add(EmulatorFault.IpqsInsufficientCredits().OnVendor(NumberIntelVendor.Ipqs));

        var error = await Assert.ThrowsAsync<NumberIntelAccountException>(() => _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile));

        Assert.Equal(NumberIntelVendor.Ipqs, error.Vendor);
    }

    [Fact]
    public async Task AssessAsync_BindItemStillTimingOutAfterItemRetries_DegradesAsNoDataAndIsNotPaidOrCached()
    {
        _h.Emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Timeout).ForNumber(MagicNumbers.HrVerifiedMobile).Always());

        var first = await _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);
        var second = await _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);

        var error = Assert.Single(first.Errors);
        Assert.Equal(NumberAssessmentErrorKind.NoData, error.Kind);
        Assert.Equal("7", error.VendorCode);
        Assert.Equal(BindResponseCode.Timeout, first.Bind!.Response);
        Assert.Equal(ConfidenceLabel.Verified, first.Label); // from IPQS: the empty Bind item does not drag it down
        Assert.Equal([NumberIntelVendor.Ipqs], first.PaidLookups);
        Assert.Equal(0, _h.Emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal(8, _h.Emulator.Bind.LookupCount(MagicNumbers.HrVerifiedMobile)); // 4 item attempts per call, nothing cached
        Assert.Equal([NumberIntelVendor.Ipqs], second.CacheHits);
    }

    [Fact]
    public async Task AssessAsync_BindItemStillThrottled_DegradesAsThrottled()
    {
        _h.Emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Throttled).ForNumber(MagicNumbers.HrVerifiedMobile).Always());

        var a = await _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile, new AssessOptions { Vendors = VendorStrategy.BindOnly });

        var error = Assert.Single(a.Errors);
        Assert.Equal(NumberAssessmentErrorKind.Throttled, error.Kind);
        Assert.Equal("4", error.VendorCode);
        Assert.Equal(ConfidenceLabel.Likely, a.Label); // no vendor data: the offline line type (mobile), at most likely
    }

    [Fact]
    public async Task AssessAsync_BindGeneralError_IsDegradedNoDataButPaidAndCached()
    {
        _h.Emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.GeneralError).ForNumber(MagicNumbers.HrVerifiedMobile));

        var first = await _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);
        var second = await _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);

        var error = Assert.Single(first.Errors);
        Assert.Equal(NumberAssessmentErrorKind.NoData, error.Kind);
        Assert.Equal("1", error.VendorCode);
        Assert.Equal(ConfidenceLabel.Verified, first.Label);
        Assert.Equal([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs], first.PaidLookups);
        Assert.Equal(1, _h.Emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal(1, _h.Emulator.Bind.Requests); // the second call is answered by the cache: code 1 is final
        Assert.True(second.Degraded);
        Assert.Equal(BindResponseCode.GeneralError, second.Bind!.Response);
        Assert.Equal([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs], second.CacheHits);
    }

    [Fact]
    public async Task AssessAsync_BindInvalidNumber_IsInvalidAndNotDegraded()
    {
        var a = await _h.Client.AssessAsync(MagicNumbers.HrInvalid);

        Assert.Equal(ConfidenceLabel.Invalid, a.Label);
        Assert.False(a.Degraded);
        Assert.Equal(BindResponseCode.InvalidNumber, a.Bind!.Response);
    }

    [Fact]
    public async Task AssessAsync_NullInput_Throws()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _h.Client.AssessAsync(null!));
    }

    [Fact]
    public async Task AssessAsync_Cancelled_ThrowsOperationCanceledInsteadOfDegrading()
    {
        var held = _h.Emulator.Faults.Add(EmulatorFault.Hold().OnVendor(NumberIntelVendor.Ipqs));
        using var cts = new CancellationTokenSource();

        var call = _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile, cts.Token);
        await held.WaitForHitAsync().WaitAsync(TestTimeouts.Wait);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TestTimeouts.Wait));
    }

    /// <summary>Holds each request until <paramref name="open"/> completes (bounded by the test timeout).</summary>
    private sealed class GateHandler(Task open) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await open.WaitAsync(TestTimeouts.Wait, cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
