using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using NumberIntel.Client.Telemetry;
using NumberIntel.Client.Testing;

using SignupProgram = global::Program;

namespace NumberIntel.Cli.Tests;

/// <summary>
/// What an ASP.NET Core app needs for the SDK's spans to appear under its requests, with a sampler that behaves like
/// OpenTelemetry's default (parent-based, always-on at the root): the request's own activity must be sampled too.
/// </summary>
[Collection(ActivityListenerCollection.Name)]
public sealed class SignupApiTracingTests
{
    private const string AspNetCoreSource = "Microsoft.AspNetCore";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Signup_AspNetCoreSourceAlsoListenedTo_SdkSpansAreChildrenOfTheRequest()
    {
        var recorded = await SignupWithListenerAsync(NumberIntelTelemetry.Name, AspNetCoreSource);

        var request = Assert.Single(recorded, a => a.Source.Name == AspNetCoreSource);
        var assess = Assert.Single(recorded, a => a.OperationName == NumberIntelTelemetry.AssessActivity);
        Assert.Equal(request.SpanId, assess.ParentSpanId);
        Assert.Contains(recorded, a => a.OperationName == NumberIntelTelemetry.BindActivity && a.TraceId == request.TraceId);
        Assert.Contains(recorded, a => a.OperationName == NumberIntelTelemetry.IpqsActivity && a.TraceId == request.TraceId);
    }

    [Fact]
    public async Task Signup_OnlyTheSdkSourceListenedTo_RecordsNoSdkSpans()
    {
        var recorded = await SignupWithListenerAsync(NumberIntelTelemetry.Name);

        Assert.DoesNotContain(recorded, a => a.Source.Name == NumberIntelTelemetry.Name);
    }

    private static async Task<List<Activity>> SignupWithListenerAsync(params string[] sources)
    {
        await using var factory = new WebApplicationFactory<SignupProgram>();
        using var client = factory.CreateClient();
        var traced = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => sources.Contains(source.Name),
            Sample = ParentBasedAlwaysOn,
            ActivityStopped = a => { lock (traced) { traced.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);

        using var response = await client.PostAsJsonAsync("/signup", new { phone = MagicNumbers.HrVerifiedMobile }).WaitAsync(Bound);
        response.EnsureSuccessStatusCode();

        lock (traced)
        {
            // Only this request's trace: tests running beside this one may start activities of their own.
            var request = traced.FirstOrDefault(a => a.Source.Name == AspNetCoreSource);
            return request is null
                ? traced.Where(a => a.Source.Name == NumberIntelTelemetry.Name).ToList()
                : traced.Where(a => a.TraceId == request.TraceId).ToList();
        }
    }

    /// <summary>OpenTelemetry's default sampler: a root is sampled, a child follows its parent's sampled flag.</summary>
    private static ActivitySamplingResult ParentBasedAlwaysOn(ref ActivityCreationOptions<ActivityContext> options) =>
        options.Parent == default || options.Parent.TraceFlags.HasFlag(ActivityTraceFlags.Recorded)
            ? ActivitySamplingResult.AllDataAndRecorded
            : ActivitySamplingResult.None;
}

/// <summary>Tests with a process-wide <see cref="ActivityListener"/> run alone, so that no other test's activities mix in.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ActivityListenerCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process-wide activity listener";
}
