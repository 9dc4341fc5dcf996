using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Tests.Infrastructure;
using NumberIntel.Client.Tests.Resilience;

namespace NumberIntel.Client.Tests.DependencyInjection;

/// <summary>A vendor that trickles its body (1 byte per second) cannot hold an assessment: attempts time out, are retried, and the assessment degrades.</summary>
public sealed class TrickledBodyDegradesTests
{
    [Fact]
    public async Task AssessAsync_BindTricklesItsBody_DegradedWithTimeoutAfterRetries()
    {
        var time = new TimerAwareTimeProvider();
        var bind = new StubHandler(_ => FakeVendorBodies.Trickle(time));
        var ipqs = StubHandler.Json("""{"success":true,"valid":true,"active":true,"line_type":"Wireless","fraud_score":0}""");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddNumberIntel(o =>
        {
            o.Bind.ApiKey = "bind-key";
            o.Bind.BaseAddress = new Uri("https://bind.test/");
            o.Ipqs.ApiKey = "ipqs-key";
            o.Ipqs.BaseAddress = new Uri("https://ipqs.test/api/");
            o.Bind.Resilience.MaxRetryAttempts = 1;
            o.Bind.Resilience.UseJitter = false;
            o.Cache.Enabled = false;
        });
        services.AddHttpClient(NumberIntelHttpClientNames.Bind).ConfigurePrimaryHttpMessageHandler(() => bind);
        services.AddHttpClient(NumberIntelHttpClientNames.Ipqs).ConfigurePrimaryHttpMessageHandler(() => ipqs);
        await using var provider = services.BuildServiceProvider();

        var call = provider.GetRequiredService<INumberIntelClient>().AssessAsync("+385 91 555 0101");
        var assessment = await time.RunAsync(call, due => due < TimeSpan.FromSeconds(30), TestTimeouts.Wait, maxAdvances: 200);

        Assert.True(assessment.Degraded);
        var error = Assert.Single(assessment.Errors);
        Assert.Equal(NumberIntelVendor.Bind, error.Vendor);
        Assert.Equal(NumberAssessmentErrorKind.Timeout, error.Kind);
        Assert.Equal(2, bind.Count);
        Assert.NotNull(assessment.Ipqs);
    }
}
