using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

/// <summary>
/// The emulator inside an application: it is no generic host (so <c>WebApplicationFactory</c>, which takes the first
/// host an entry point builds, cannot pick it up), its requests start no activities, and <c>UseSandbox</c> runs it with
/// the application's host.
/// </summary>
[Collection(HostingEventsCollection.Name)]
public sealed class EmulatorHostingTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task StartAsync_Always_RaisesNoHostingDiagnosticEvents()
    {
        using var events = new HostingEventRecorder();
        using (DiagnosticListener.AllListeners.Subscribe(events))
        {
            await using var emulator = await NumberIntelEmulator.StartAsync().WaitAsync(Bound);
        }

        Assert.Empty(events.Names);
    }

    [Fact]
    public async Task Request_WithAnActivityListener_StartsNoActivity()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync().WaitAsync(Bound);
        var started = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = a => { lock (started) { started.Add(a.Source.Name + "/" + a.OperationName); } },
        };
        ActivitySource.AddActivityListener(listener);
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(emulator.BaseAddress, "not-found")).WaitAsync(Bound);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        lock (started)
        {
            Assert.DoesNotContain(started, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task UseSandbox_HostStarted_AssessesThroughTheEmulator()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddNumberIntel(_ => { }).UseSandbox();
        using var host = builder.Build();
        await host.StartAsync().WaitAsync(Bound);

        var assessment = await host.Services.GetRequiredService<INumberIntelClient>().AssessAsync(MagicNumbers.HrVerifiedMobile).WaitAsync(Bound);
        var emulator = host.Services.GetRequiredService<NumberIntelEmulator>();

        Assert.Equal(ConfidenceLabel.Verified, assessment.Confidence?.Label);
        Assert.Equal(1, emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal(1, emulator.Ipqs.BilledCount(MagicNumbers.HrVerifiedMobile));
        await host.StopAsync().WaitAsync(Bound);
    }

    [Fact]
    public async Task UseSandbox_CallMadeBeforeTheHostStarts_IsAnsweredOnceItStarts()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddNumberIntel(_ => { }).UseSandbox();
        using var host = builder.Build();
        var client = host.Services.GetRequiredService<INumberIntelClient>();

        var pending = client.AssessAsync(MagicNumbers.HrVerifiedMobile);
        await host.StartAsync().WaitAsync(Bound);
        var assessment = await pending.WaitAsync(Bound);

        Assert.False(assessment.Degraded);
        Assert.Equal(ConfidenceLabel.Verified, assessment.Confidence?.Label);
        await host.StopAsync().WaitAsync(Bound);
    }

    [Fact]
    public async Task UseSandbox_Configured_OverridesConfiguredAddressesAndKeys()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddNumberIntel(o =>
        {
            o.Bind.ApiKey = "configured-bind-key";
            o.Ipqs.ApiKey = "configured-ipqs-key";
        }).UseSandbox(o => o.BindApiKey = "sandbox-bind-key");
        using var host = builder.Build();

        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<NumberIntelOptions>>().Value;
        var emulator = host.Services.GetRequiredService<NumberIntelEmulator>();

        Assert.Equal("sandbox-bind-key", options.Bind.ApiKey);
        Assert.Equal(NumberIntelEmulatorOptions.DefaultIpqsApiKey, options.Ipqs.ApiKey);
        Assert.Equal(emulator.BindBaseAddress, options.Bind.BaseAddress);
        Assert.Equal(emulator.IpqsBaseAddress, options.Ipqs.BaseAddress);
    }

    /// <summary>Records the events of the <c>Microsoft.Extensions.Hosting</c> listener (HostBuilding, HostBuilt).</summary>
    private sealed class HostingEventRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];

        public List<string> Names { get; } = [];

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.Extensions.Hosting")
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            lock (Names)
            {
                Names.Add(value.Key);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}

/// <summary>
/// Tests that watch process-wide hosting events run alone: a host built by a test running beside them would show up.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostingEventsCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process-wide hosting events";
}
