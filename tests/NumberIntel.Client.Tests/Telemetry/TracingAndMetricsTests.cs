using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Testing;
using NumberIntel.Client.Telemetry;
using NumberIntel.Client.Tests.Assessment;

namespace NumberIntel.Client.Tests.Telemetry;

[Collection(TelemetryCollection.Name)]
public sealed class TracingAndMetricsTests : IAsyncLifetime, IDisposable
{
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();
    private FacadeHarness _h = null!;

    public TracingAndMetricsTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == NumberIntelTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == NumberIntelTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _meterListener.Start();
    }

    public async Task InitializeAsync() => _h = await FacadeHarness.StartAsync(o => o.Cache.Enabled = true);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    [Fact]
    public void Names_AreTheDocumentedOnes()
    {
        Assert.Equal("NumberIntel.Client", NumberIntelTelemetry.Name);
    }

    [Fact]
    public async Task AssessAsync_EmitsAnAssessActivityWithVendorChildrenAndRedactedNumber()
    {
        await _h.Client.AssessAsync(MagicNumbers.HrLowVoip);

        var assess = Assert.Single(_activities, a => a.OperationName == NumberIntelTelemetry.AssessActivity);
        Assert.Equal("low", assess.GetTagItem(NumberIntelTelemetry.TagLabel));
        Assert.Equal("385915****06", assess.GetTagItem(NumberIntelTelemetry.TagMsisdn));
        Assert.Equal("both", assess.GetTagItem(NumberIntelTelemetry.TagStrategy));
        Assert.Equal("bind,ipqs", assess.GetTagItem(NumberIntelTelemetry.TagPaid));
        var bind = Assert.Single(_activities, a => a.OperationName == NumberIntelTelemetry.BindActivity);
        var ipqs = Assert.Single(_activities, a => a.OperationName == NumberIntelTelemetry.IpqsActivity);
        Assert.Equal(assess.SpanId, bind.ParentSpanId);
        Assert.Equal(assess.SpanId, ipqs.ParentSpanId);
        Assert.Equal("answered", bind.GetTagItem(NumberIntelTelemetry.TagOutcome));
        Assert.Equal("bind", bind.GetTagItem(NumberIntelTelemetry.TagVendor));
        Assert.DoesNotContain(_activities.SelectMany(a => a.Tags), t => t.Value?.Contains("385915550106", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AssessManyAsync_EmitsARunActivityParentingEachDistinctNumberAndOneBindBatch()
    {
        await _h.Client.AssessManyAsync([MagicNumbers.HrVerifiedMobile, MagicNumbers.HrLowVoip, "+385 91 555 0101", "junk"]).ToListAsync();

        var run = Assert.Single(_activities, a => a.OperationName == NumberIntelTelemetry.AssessManyActivity);
        var assessments = _activities.Where(a => a.OperationName == NumberIntelTelemetry.AssessActivity).ToList();
        Assert.Equal(2, assessments.Count);
        Assert.All(assessments, a => Assert.Equal(run.SpanId, a.ParentSpanId));
        var batch = Assert.Single(_activities, a => a.OperationName == NumberIntelTelemetry.BindActivity);
        Assert.Equal(2, batch.GetTagItem(NumberIntelTelemetry.TagBatchSize));
        Assert.Equal(4L, run.GetTagItem("numberintel.done"));
    }

    [Fact]
    public async Task Counters_CountPaidLookupsCacheHitsAssessmentsAndDegradations()
    {
        _h.Emulator.Faults.Add(EmulatorFault.ServerError(503).OnVendor(NumberIntelVendor.Ipqs).ForNumber(MagicNumbers.HrLowVoip).Always());

        await _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);
        await _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);
        await _h.Client.AssessAsync(MagicNumbers.HrLowVoip);

        Assert.Equal(2, Sum(NumberIntelTelemetry.MetricPaidLookups, "bind"));
        Assert.Equal(1, Sum(NumberIntelTelemetry.MetricPaidLookups, "ipqs"));
        Assert.Equal(1, Sum(NumberIntelTelemetry.MetricCacheHits, "bind"));
        Assert.Equal(1, Sum(NumberIntelTelemetry.MetricCacheHits, "ipqs"));
        Assert.Equal(1, Sum(NumberIntelTelemetry.MetricDegraded, "ipqs"));
        Assert.Equal(1, Sum(NumberIntelTelemetry.MetricLookups, "ipqs", (NumberIntelTelemetry.TagOutcome, "failed")));
        Assert.Equal(3, _measurements.Count(m => m.Instrument == NumberIntelTelemetry.MetricAssessments));
        Assert.Equal(2, _measurements.Count(m => m.Instrument == NumberIntelTelemetry.MetricAssessments && Equals(m.Tags[NumberIntelTelemetry.TagLabel], "verified")));
        Assert.Equal(3, _measurements.Count(m => m.Instrument == NumberIntelTelemetry.MetricAssessmentDuration));
        Assert.Contains(_measurements, m => m.Instrument == NumberIntelTelemetry.MetricVendorDuration);
    }

    [Fact]
    public async Task Counters_CountBindItemRetriesAndThrottles()
    {
        _h.Emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Throttled).ForNumber(MagicNumbers.HrVerifiedMobile).Times(2));

        await _h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);

        Assert.Equal(2, Sum(NumberIntelTelemetry.MetricRetries, "bind", (NumberIntelTelemetry.TagRetryKind, "item")));
        Assert.Equal(2, Sum(NumberIntelTelemetry.MetricThrottles, "bind", (NumberIntelTelemetry.TagThrottleSource, "bind_item")));
    }

    private double Sum(string instrument, string vendor, (string Key, string Value)? extra = null) =>
        _measurements
            .Where(m => m.Instrument == instrument && Equals(m.Tags.GetValueOrDefault(NumberIntelTelemetry.TagVendor), vendor))
            .Where(m => extra is not { } e || Equals(m.Tags.GetValueOrDefault(e.Key), e.Value))
            .Sum(m => m.Value);

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var dictionary = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            dictionary[tag.Key] = tag.Value;
        }

        _measurements.Enqueue((instrument.Name, value, dictionary));
    }
}
