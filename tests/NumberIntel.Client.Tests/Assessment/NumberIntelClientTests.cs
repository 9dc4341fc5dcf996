using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Testing;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Assessment;

/// <summary>The facade built by hand (no DI) and its registration.</summary>
public sealed class NumberIntelClientTests
{
    private static NumberIntelOptions Keys(bool bind = true, bool ipqs = true) => new()
    {
        Bind = { ApiKey = bind ? "bind-key" : null },
        Ipqs = { ApiKey = ipqs ? "ipqs-key" : null },
    };

    [Fact]
    public void Constructor_NoClient_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new NumberIntelClient(null, null, new ConfidenceNormalizer(), Keys()));

        Assert.Contains("No vendor is usable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssessAsync_ClientsGivenAndNoKeysInOptions_AsksBoth()
    {
        var bind = new FakeBindClient();
        var ipqs = new FakeIpqsClient();
        var client = new NumberIntelClient(bind, ipqs, new ConfidenceNormalizer(), new NumberIntelOptions());

        await client.AssessAsync("+385 91 234 5678");

        Assert.Equal([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs], client.Vendors);
        Assert.Equal(["385912345678"], Assert.Single(bind.Calls));
        Assert.Equal(["+385912345678"], ipqs.Calls);
    }

    [Fact]
    public async Task AssessAsync_SiblingCancelledByAFatalError_ThrowsTheErrorThatCancelledIt()
    {
        var bind = new FakeBindClient
        {
            // Bind's transport turns its own cancellation into a vendor error, as a cancelled connect can.
            Handler = async (_, token) =>
            {
                var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using (token.Register(() => cancelled.TrySetResult()))
                {
                    await cancelled.Task.WaitAsync(TestTimeouts.Wait);
                }

                throw new NumberIntelVendorException("Bind could not be reached.", NumberIntelVendor.Bind);
            },
        };
        var ipqs = new FakeIpqsClient
        {
            Handler = (_, _) => Task.FromException<IpqsPhoneResult>(new NumberIntelAccountException("IPQS: insufficient credits.", NumberIntelVendor.Ipqs)),
        };
        var client = new NumberIntelClient(bind, ipqs, new ConfidenceNormalizer(), new NumberIntelOptions());

        var error = await Assert.ThrowsAsync<NumberIntelAccountException>(() =>
            client.AssessAsync("+385 91 234 5678", new AssessOptions { FailureMode = FailureMode.Throw }).WaitAsync(TestTimeouts.Wait));

        Assert.Equal(NumberIntelVendor.Ipqs, error.Vendor);
    }

    [Fact]
    public async Task AssessAsync_OnlyAnIpqsClientGiven_AsksOnlyIpqs()
    {
        var ipqs = new FakeIpqsClient();
        var client = new NumberIntelClient(null, ipqs, new ConfidenceNormalizer(), Keys());

        var a = await client.AssessAsync("+385 91 234 5678");

        Assert.Equal([NumberIntelVendor.Ipqs], client.Vendors);
        Assert.Equal(["+385912345678"], ipqs.Calls);
        Assert.Equal(ConfidenceLabel.Verified, a.Label);
    }

    [Fact]
    public async Task AssessAsync_ReadmeNoDiExample_AssessesThroughBothVendors()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        using var http = new HttpClient();
        var bindClient = new BindClient(http, emulator.CreateBindOptions());
        var ipqsClient = new IpqsClient(http, emulator.CreateIpqsOptions());
        var client = new NumberIntelClient(bindClient, ipqsClient, new ConfidenceNormalizer(), new NumberIntelOptions());

        var a = await client.AssessAsync(MagicNumbers.HrVerifiedMobile);

        Assert.False(a.Degraded);
        Assert.Equal(ConfidenceLabel.Verified, a.Label);
        Assert.Equal(1, emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal(1, emulator.Ipqs.BilledCount(MagicNumbers.HrVerifiedMobile));
    }

    [Fact]
    public async Task AssessAsync_BindOnlyWithoutBind_ThrowsInvalidOperation()
    {
        var client = new NumberIntelClient(null, new FakeIpqsClient(), new ConfidenceNormalizer(), Keys());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            client.AssessAsync("+385912345678", new AssessOptions { Vendors = VendorStrategy.BindOnly }));

        Assert.Contains("NumberIntel:Bind:ApiKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessManyAsync_IpqsOnlyWithoutIpqs_ThrowsBeforeEnumerating()
    {
        var client = new NumberIntelClient(new FakeBindClient(), null, new ConfidenceNormalizer(), Keys());

        Assert.Throws<InvalidOperationException>(() =>
            client.AssessManyAsync(["+385912345678"], new AssessManyOptions { Vendors = VendorStrategy.IpqsOnly }));
    }

    [Fact]
    public async Task AssessAsync_BindRejectsTheKey_CancelsTheConcurrentIpqsCall()
    {
        var ipqsCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ipqs = new FakeIpqsClient
        {
            Handler = (_, ct) =>
            {
                var never = new TaskCompletionSource<IpqsPhoneResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                ct.Register(() =>
                {
                    ipqsCancelled.TrySetResult();
                    never.TrySetCanceled(ct);
                });
                return never.Task;
            },
        };
        var bind = new FakeBindClient
        {
            Handler = (_, _) => Task.FromException<IReadOnlyList<BindScoringResult>>(
                new NumberIntelAuthenticationException("Bind rejected the API key (HTTP 401).", NumberIntelVendor.Bind)),
        };
        var client = new NumberIntelClient(bind, ipqs, new ConfidenceNormalizer(), Keys());

        await Assert.ThrowsAsync<NumberIntelAuthenticationException>(() => client.AssessAsync("+385912345678").WaitAsync(TestTimeouts.Wait));

        await ipqsCancelled.Task.WaitAsync(TestTimeouts.Wait); // the sibling call saw its token cancelled
    }

    [Fact]
    public async Task AssessAsync_HttpClientTimeout_DegradesAsTimeout()
    {
        var ipqs = new FakeIpqsClient
        {
            Handler = (_, _) => Task.FromException<IpqsPhoneResult>(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.")),
        };
        var client = new NumberIntelClient(new FakeBindClient(), ipqs, new ConfidenceNormalizer(), Keys());

        var a = await client.AssessAsync("+385912345678");

        Assert.Equal(NumberAssessmentErrorKind.Timeout, Assert.Single(a.Errors).Kind);
        Assert.Equal(ConfidenceLabel.Verified, a.Label);
    }

    [Fact]
    public async Task AssessAsync_NonVendorException_IsNotSwallowed()
    {
        var ipqs = new FakeIpqsClient { Handler = (_, _) => Task.FromException<IpqsPhoneResult>(new ArgumentException("bad request settings")) };
        var client = new NumberIntelClient(new FakeBindClient(), ipqs, new ConfidenceNormalizer(), Keys());

        await Assert.ThrowsAsync<ArgumentException>(() => client.AssessAsync("+385912345678"));
    }

    [Fact]
    public async Task AssessAsync_CacheGivenButDisabledInOptions_IsNotUsed()
    {
        var bind = new FakeBindClient();
        var options = Keys(ipqs: false);
        options.Cache.Enabled = false;
        using var cache = new MemoryAssessmentCache(new NumberIntelCacheOptions());
        var client = new NumberIntelClient(bind, null, new ConfidenceNormalizer(), options, cache);

        await client.AssessAsync("+385912345678");
        await client.AssessAsync("+385912345678");

        Assert.Equal(2, bind.Calls.Count);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Constructor_WithoutDi_OverTheEmulator_Assesses()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        using var http = new HttpClient();
        var options = new NumberIntelOptions { Bind = emulator.CreateBindOptions(), Ipqs = emulator.CreateIpqsOptions() };
        var client = new NumberIntelClient(
            new BindClient(http, options.Bind), new IpqsClient(http, options.Ipqs), new ConfidenceNormalizer(options.Confidence), options);

        var a = await client.AssessAsync(MagicNumbers.UsLowDisposable);

        Assert.Equal(ConfidenceLabel.Low, a.Label);
        Assert.True(a.Confidence!.IsDisposable);
    }

    [Fact]
    public void AddNumberIntel_RegistersTheFacadeAsASingletonWithTheMemoryCache()
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(o =>
        {
            o.Bind.ApiKey = "bind-key";
            o.Ipqs.ApiKey = "ipqs-key";
        });
        using var sp = services.BuildServiceProvider();

        var client = Assert.IsType<NumberIntelClient>(sp.GetRequiredService<INumberIntelClient>());

        Assert.Same(client, sp.GetRequiredService<INumberIntelClient>());
        Assert.Equal([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs], client.Vendors);
        Assert.IsType<MemoryAssessmentCache>(sp.GetRequiredService<IAssessmentCache>());
    }

    [Fact]
    public void AddNumberIntel_OnlyIpqsKey_FacadeUsesIpqsAlone()
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(o => o.Ipqs.ApiKey = "ipqs-key");
        using var sp = services.BuildServiceProvider();

        var client = Assert.IsType<NumberIntelClient>(sp.GetRequiredService<INumberIntelClient>());

        Assert.Equal([NumberIntelVendor.Ipqs], client.Vendors);
    }
}
