using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Testing;
using NumberIntel.Client.Tests.Assessment;

namespace NumberIntel.Client.Tests.Telemetry;

/// <summary>What the whole stack logs while assessing: never a key, never a full MSISDN (unless the host opts in).</summary>
public sealed class LoggingTests
{
    private const string BindKey = "bind-key-Zq81vXr5tT0pLm3";
    private const string IpqsKey = "ipqs-key-Hn72cWd4sJ9kBf6";

    private static readonly string[] Numbers =
    [
        MagicNumbers.HrVerifiedMobile, MagicNumbers.HrLowVoip, MagicNumbers.UsInvalid, MagicNumbers.GbNotResolved, "+385 91 555 0101",
    ];

    private static async Task<(FacadeHarness Harness, RecordingLoggerProvider Logs)> StartAsync(bool logFullNumbers = false)
    {
        var logs = new RecordingLoggerProvider();
        var harness = await FacadeHarness.StartAsync(
            o => o.LogFullNumbers = logFullNumbers,
            services: s => s.AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        return (harness, logs);
    }

    private static async Task<NumberIntelEmulator> WithKeysAsync() =>
        await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { BindApiKey = BindKey, IpqsApiKey = IpqsKey });

    [Fact]
    public async Task Logs_OfSuccessFailureBulkAndCacheTrouble_HoldNoKeyAndNoFullNumber()
    {
        var logs = new RecordingLoggerProvider();
        await using var emulator = await WithKeysAsync();
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddNumberIntel(o =>
        {
            o.Bind.Resilience.MaxRetryAttempts = 1;
            o.Bind.Resilience.BaseDelay = TimeSpan.Zero;
            o.Ipqs.Resilience.MaxRetryAttempts = 1;
            o.Ipqs.Resilience.BaseDelay = TimeSpan.Zero;
            o.Bind.Resilience.ItemBaseDelay = TimeSpan.Zero;
        })
            .UseEmulator(emulator)
            .UseAssessmentCache(_ => new ThrowingCache());
        await using var sp = services.BuildServiceProvider();
        var client = sp.GetRequiredService<INumberIntelClient>();
        emulator.Faults.Add(EmulatorFault.ServerError(503).OnVendor(NumberIntelVendor.Ipqs).ForNumber(MagicNumbers.HrLowVoip).Always());
        emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Throttled).ForNumber(MagicNumbers.GbNotResolved).Times(2));
        emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Timeout).ForNumber(MagicNumbers.UsInvalid).Always());

        foreach (var number in Numbers)
        {
            await client.AssessAsync(number);
        }

        await client.AssessManyAsync(Numbers).ToListAsync();
        emulator.Faults.Add(EmulatorFault.BadKey().OnVendor(NumberIntelVendor.Bind));
        await Assert.ThrowsAsync<NumberIntelAuthenticationException>(() => client.AssessManyAsync(["+12125550199"]).ToListAsync());

        var text = logs.AllText();
        Assert.Contains("385915****01", text, StringComparison.Ordinal); // numbers do appear, redacted
        Assert.Contains(logs.Entries, e => e.EventId.Id == 4002); // a degraded vendor was logged
        Assert.Contains(logs.Entries, e => e.EventId.Id == 4003); // the failing cache was logged
        Assert.Contains(logs.Entries, e => e.EventId.Id == 4007); // the stopped run was logged
        Assert.DoesNotContain(BindKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(IpqsKey, text, StringComparison.Ordinal);
        foreach (var number in Numbers)
        {
            var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
            Assert.DoesNotContain(digits, text, StringComparison.Ordinal);
            Assert.DoesNotContain(digits[^7..], text, StringComparison.Ordinal); // not even the subscriber part
        }

        Assert.DoesNotContain("2125550199", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_WithLogFullNumbers_ShowTheFacadesNumbersInFull()
    {
        var (h, logs) = await StartAsync(logFullNumbers: true);
        await using var _ = h;

        await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);

        Assert.Contains(logs.Entries, e => e.EventId.Id == 4001 && e.Text.Contains("385915550101", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_ByDefault_ShowTheFacadesNumbersRedacted()
    {
        var (h, logs) = await StartAsync();
        await using var _ = h;

        await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);

        Assert.Contains(logs.Entries, e => e.EventId.Id == 4001 && e.Text.Contains("385915****01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Errors_OnDegradedAssessments_HoldNoKey()
    {
        await using var emulator = await WithKeysAsync();
        using var http = new HttpClient();
        var options = new NumberIntelOptions { Bind = emulator.CreateBindOptions(), Ipqs = emulator.CreateIpqsOptions() };
        var client = new NumberIntelClient(new BindClient(http, options.Bind), new IpqsClient(http, options.Ipqs), new NumberIntel.Client.Confidence.ConfidenceNormalizer(), options);
        emulator.Faults.Add(EmulatorFault.IpqsError("Your key " + IpqsKey + " has hit a temporary error.").Always());
        emulator.Faults.Add(EmulatorFault.HtmlPage(502).OnVendor(NumberIntelVendor.Bind).Always());

        var a = await client.AssessAsync(MagicNumbers.HrVerifiedMobile);

        Assert.Equal(2, a.Errors.Count);
        Assert.All(a.Errors, e => Assert.DoesNotContain(IpqsKey, e.ToString(), StringComparison.Ordinal));
        Assert.All(a.Errors, e => Assert.DoesNotContain(BindKey, e.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(IpqsKey, a.ToString(), StringComparison.Ordinal);
    }

    private sealed class ThrowingCache : IAssessmentCache
    {
        // A store whose messages quote the key (and so the number), as some do.
        private static Exception Fail(string msisdn) => new InvalidOperationException("cannot reach store for key numberintel:v1:" + msisdn);

        public ValueTask<BindScoringResult?> GetBindAsync(string msisdn, CancellationToken cancellationToken = default) => throw Fail(msisdn);

        public ValueTask SetBindAsync(string msisdn, BindScoringResult result, CancellationToken cancellationToken = default) => throw Fail(msisdn);

        public ValueTask<IpqsPhoneResult?> GetIpqsAsync(string msisdn, string? variant, CancellationToken cancellationToken = default) => throw Fail(msisdn);

        public ValueTask SetIpqsAsync(string msisdn, string? variant, IpqsPhoneResult result, CancellationToken cancellationToken = default) => throw Fail(msisdn);
    }
}
