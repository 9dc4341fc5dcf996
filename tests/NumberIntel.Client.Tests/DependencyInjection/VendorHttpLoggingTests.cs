using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.Tests.Infrastructure;
using NumberIntel.Client.Tests.Telemetry;

namespace NumberIntel.Client.Tests.DependencyInjection;

/// <summary>
/// The vendors' named clients carry no IHttpClientFactory default loggers (four Information lines and their objects per
/// request; the SDK logs its own transport events, numbers redacted); a host that wants them adds them back.
/// </summary>
public sealed class VendorHttpLoggingTests
{
    private const string FactoryCategory = "System.Net.Http.HttpClient.NumberIntel";

    [Fact]
    public async Task AssessAsync_DefaultRegistration_NoFactoryRequestLogs()
    {
        var logs = new RecordingLoggerProvider();
        await using var provider = Build(logs, addDefaultLogger: false);

        var assessment = await provider.GetRequiredService<INumberIntelClient>().AssessAsync("+385 91 555 0101").WaitAsync(TestTimeouts.Wait);

        Assert.False(assessment.Degraded);
        Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith(FactoryCategory, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AssessAsync_HostAddsDefaultLogger_FactoryRequestLogsBack()
    {
        var logs = new RecordingLoggerProvider();
        await using var provider = Build(logs, addDefaultLogger: true);

        await provider.GetRequiredService<INumberIntelClient>().AssessAsync("+385 91 555 0101").WaitAsync(TestTimeouts.Wait);

        Assert.Contains(logs.Entries, e => e.Category.StartsWith(FactoryCategory + ".Ipqs", StringComparison.Ordinal));
    }

    private static ServiceProvider Build(RecordingLoggerProvider logs, bool addDefaultLogger)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddNumberIntel(o =>
        {
            o.Vendors = VendorStrategy.IpqsOnly;
            o.Ipqs.ApiKey = "ipqs-key";
            o.Ipqs.BaseAddress = new Uri("https://ipqs.test/api/");
            o.Cache.Enabled = false;
        });
        var ipqs = services.AddHttpClient(NumberIntelHttpClientNames.Ipqs)
            .ConfigurePrimaryHttpMessageHandler(() => StubHandler.Json("""{"success":true,"valid":true,"active":true,"line_type":"Wireless","fraud_score":0}"""));
        if (addDefaultLogger)
        {
            ipqs.AddDefaultLogger();
        }

        return services.BuildServiceProvider();
    }
}
