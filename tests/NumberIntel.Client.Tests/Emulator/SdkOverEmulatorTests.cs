using System.Net;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

/// <summary>The SDK's own clients and confidence pipeline against the emulator, over loopback HTTP.</summary>
public sealed class SdkOverEmulatorTests : IAsyncLifetime
{
    private NumberIntelEmulator _emulator = null!;
    private readonly HttpClient _http = new();
    private BindClient _bind = null!;
    private IpqsClient _ipqs = null!;
    private readonly ConfidenceNormalizer _normalizer = new(ConfidencePolicy.Default);

    public static TheoryData<string> AllMagicNumbers() => MagicNumberTests.AllMagicNumbers();

    public async Task InitializeAsync()
    {
        _emulator = await NumberIntelEmulator.StartAsync();
        _bind = new BindClient(_http, _emulator.CreateBindOptions());
        _ipqs = new IpqsClient(_http, _emulator.CreateIpqsOptions());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(AllMagicNumbers))]
    public async Task Normalize_MagicNumber_SdkComputesTheDocumentedLabels(string e164)
    {
        Assert.True(MagicNumbers.TryFind(e164, out var magic));
        var parsed = PhoneNumberParser.Parse(e164);

        var bind = await _bind.ScoreAsync(parsed.Msisdn!);
        var ipqs = await _ipqs.ValidateAsync(parsed.E164!);
        var bindOnly = _normalizer.Normalize(parsed, bind);
        var ipqsOnly = _normalizer.Normalize(parsed, ipqs);
        var combined = _normalizer.Normalize(parsed, bind, ipqs);

        Assert.Equal(magic.ExpectedBindLabel, bindOnly.Label);
        Assert.Equal(magic.ExpectedIpqsLabel, ipqsOnly.Label);
        Assert.Equal(magic.ExpectedLabel, combined.Label);
        Assert.Equal(magic.ExpectedLabel, ConfidenceResult.Combine(bindOnly, ipqsOnly).Label);
        Assert.Equal(magic.ExpectedDisposable, combined.IsDisposable);
    }

    [Fact]
    public async Task ScoreAsync_VerifiedMobile_ReadsEveryField()
    {
        var result = await _bind.ScoreAsync(MagicNumbers.HrVerifiedMobile);

        Assert.Equal(BindResponseCode.Success, result.Response);
        Assert.Equal(BindPhoneType.Mobile, result.Phone!.Type);
        Assert.Equal("Croatia", result.Phone.CountryName);
        Assert.Equal(Credibility.High, result.Scoring!.Credibility);
        Assert.False(result.Security!.IsDisposable);
        Assert.NotNull(result.SocialPresence!.WhatsApp);
        Assert.Null(result.AdditionalProperties);
        Assert.NotNull(result.Date);
    }

    [Fact]
    public async Task ValidateAsync_VerifiedMobile_ReadsEveryFieldAndKeepsNothingUnknown()
    {
        var result = await _ipqs.ValidateAsync(MagicNumbers.UsVerifiedMobile);

        Assert.True(result.Success);
        Assert.True(result.Valid);
        Assert.Equal(IpqsLineType.Wireless, result.LineTypeKind);
        Assert.Equal(0, result.FraudScore);
        Assert.False(result.Voip);
        Assert.Equal("Verizon Wireless", result.Carrier);
        Assert.Equal(1, result.DialingCode);
        Assert.Null(result.Name);
        Assert.Null(result.AdditionalProperties);
    }

    [Fact]
    public async Task ScoreAsync_ManyNumbersWithDuplicates_BatchesOfAtMost100AndNothingPaidTwice()
    {
        var numbers = Enumerable.Range(0, 230).Select(i => "3859812" + i.ToString("00000", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        numbers.AddRange(numbers.Take(20));

        var results = await _bind.ScoreAsync(numbers);

        Assert.Equal(250, results.Count);
        Assert.All(_emulator.Bind.BatchSizes, size => Assert.InRange(size, 1, 100));
        Assert.Equal(230, _emulator.Bind.BatchSizes.Sum());
        Assert.All(_emulator.Bind.BilledByNumber.Values, count => Assert.Equal(1, count));
        Assert.Equal(230, _emulator.Bind.Billed);
    }

    [Fact]
    public async Task ScoreAsync_ItemThrottledWithItemRetriesOff_IsAResultNotAnException()
    {
        _emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Throttled).ForNumber(MagicNumbers.DeVerifiedMobile));
        var options = _emulator.CreateBindOptions();
        options.Resilience.MaxItemAttempts = 1;
        var bind = new BindClient(_http, options);

        var result = await bind.ScoreAsync(MagicNumbers.DeVerifiedMobile);

        Assert.Equal(BindResponseCode.Throttled, result.Response);
        Assert.Equal(0, _emulator.Bind.BilledCount(MagicNumbers.DeVerifiedMobile));
    }

    [Fact]
    public async Task ValidateAsync_RequestSettings_ReachTheVendorWithTheKeyInTheHeaderOnly()
    {
        await _ipqs.ValidateAsync("2125550101", new IpqsPhoneRequest { Strictness = 1, Countries = ["US", "CA"] });

        var request = Assert.Single(_emulator.Ipqs.ReceivedRequests);
        Assert.Equal(1, request.Strictness);
        Assert.Equal(["US", "CA"], request.Countries);
        Assert.Equal(EmulatorApiKeyLocation.Header, request.ApiKeyLocation);
        Assert.DoesNotContain(_emulator.IpqsApiKey, request.Query, StringComparison.Ordinal);
        Assert.Equal(1, _emulator.Ipqs.BilledCount(MagicNumbers.UsVerifiedMobile));
    }

    [Fact]
    public async Task Sdk_BadKeyFault_AuthenticationExceptionFromBothVendors()
    {
        _emulator.Faults.Add(EmulatorFault.BadKey().Times(2));

        await Assert.ThrowsAsync<NumberIntelAuthenticationException>(() => _bind.ScoreAsync(MagicNumbers.HrVerifiedMobile));
        await Assert.ThrowsAsync<NumberIntelAuthenticationException>(() => _ipqs.ValidateAsync(MagicNumbers.HrVerifiedMobile));
    }

    [Fact]
    public async Task Sdk_AccountFaults_AccountExceptionFromBothVendors()
    {
        _emulator.Faults.Add(EmulatorFault.BindOutOfBalance());
        _emulator.Faults.Add(EmulatorFault.IpqsQuotaExceeded());

        await Assert.ThrowsAsync<NumberIntelAccountException>(() => _bind.ScoreAsync(MagicNumbers.HrVerifiedMobile));
        await Assert.ThrowsAsync<NumberIntelAccountException>(() => _ipqs.ValidateAsync(MagicNumbers.HrVerifiedMobile));
    }

    [Fact]
    public async Task Sdk_TooManyRequests_ThrottledExceptionWithRetryAfter()
    {
        _emulator.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(3)).OnVendor(NumberIntelVendor.Ipqs));

        var error = await Assert.ThrowsAsync<NumberIntelThrottledException>(() => _ipqs.ValidateAsync(MagicNumbers.HrVerifiedMobile));

        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
    }

    [Fact]
    public async Task Sdk_BrokenBodies_VendorExceptions()
    {
        _emulator.Faults.Add(EmulatorFault.HtmlPage(200));
        _emulator.Faults.Add(EmulatorFault.MalformedJson());
        _emulator.Faults.Add(EmulatorFault.TruncatedJson());

        await Assert.ThrowsAsync<NumberIntelVendorException>(() => _bind.ScoreAsync(MagicNumbers.HrVerifiedMobile));
        await Assert.ThrowsAsync<NumberIntelVendorException>(() => _ipqs.ValidateAsync(MagicNumbers.HrVerifiedMobile));
        await Assert.ThrowsAsync<NumberIntelVendorException>(() => _bind.ScoreAsync(MagicNumbers.HrVerifiedMobile));
    }

    [Fact]
    public async Task Sdk_DroppedConnection_VendorExceptionWithHttpRequestExceptionInside()
    {
        _emulator.Faults.Add(EmulatorFault.DropConnection());

        var ex = await Assert.ThrowsAsync<NumberIntelVendorException>(() => _bind.ScoreAsync(MagicNumbers.HrVerifiedMobile));
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task Sdk_CompressedAnswers_AreReadWithoutAutomaticDecompression()
    {
        using var raw = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });
        var ipqs = new IpqsClient(raw, _emulator.CreateIpqsOptions());

        var result = await ipqs.ValidateAsync(MagicNumbers.GbVerifiedLandline);

        Assert.Equal(IpqsLineType.Landline, result.LineTypeKind);
    }
}
