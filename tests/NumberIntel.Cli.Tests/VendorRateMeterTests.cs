using NumberIntel.Cli.Progress;
using NumberIntel.Client;

namespace NumberIntel.Cli.Tests;

/// <summary>The progress line's achieved rate per vendor next to the configured one (issue 15 goal 3).</summary>
public sealed class VendorRateMeterTests
{
    private static readonly VendorAllocation BothLimited = new(true, 400, true, 100);

    [Theory]
    [InlineData("IPQS", 99.6, 100.0, "IPQS 99.6/100 per s")]
    [InlineData("Bind", 398.4, 400.0, "Bind 398/400 per s")]
    [InlineData("Bind", 1234.5, 2500.0, "Bind 1,235/2,500 per s")]
    [InlineData("IPQS", 0.0, 12.5, "IPQS 0.0/12.5 per s")]
    public void Format_AchievedAndConfigured_ShowsBothInPermitsPerSecond(string vendor, double achieved, double configured, string expected) =>
        Assert.Equal(expected, VendorRateMeter.Format(vendor, achieved, configured));

    [Fact]
    public void Format_LimiterOff_ShowsAchievedOnly() =>
        Assert.Equal("IPQS 99.6 per s", VendorRateMeter.Format("IPQS", 99.6, null));

    [Fact]
    public void Describe_BothVendors_IpqsFirstThenBindFromPaidCounts()
    {
        var meter = new VendorRateMeter(BothLimited, TimeSpan.FromSeconds(10));

        meter.Observe(TimeSpan.FromSeconds(5), paidBind: 1990, paidIpqs: 498);

        Assert.Equal("IPQS 99.6/100 per s · Bind 398/400 per s", meter.Describe());
    }

    [Fact]
    public void Observe_LongerThanWindow_RateIsOverTheWindowOnly()
    {
        var meter = new VendorRateMeter(BothLimited, TimeSpan.FromSeconds(10));
        for (var second = 1; second <= 30; second++)
        {
            // 50/s for the first 20 s, then 100/s
            var ipqs = second <= 20 ? 50L * second : 1000 + (100L * (second - 20));
            meter.Observe(TimeSpan.FromSeconds(second), paidBind: 0, paidIpqs: ipqs);
        }

        Assert.Equal(100, meter.IpqsRate, precision: 6);
        Assert.Equal(0, meter.BindRate, precision: 6);
    }

    [Fact]
    public void IpqsRate_NothingObserved_IsZero() =>
        Assert.Equal(0, new VendorRateMeter(BothLimited, TimeSpan.FromSeconds(10)).IpqsRate);

    [Theory]
    [InlineData(VendorStrategy.BindOnly, "Bind 0.0/400 per s")]
    [InlineData(VendorStrategy.IpqsOnly, "IPQS 0.0/100 per s")]
    [InlineData(VendorStrategy.Cascade, "IPQS 0.0/100 per s · Bind 0.0/400 per s")]
    public void AllocationFrom_RunVendors_ShowsOnlyTheVendorsAsked(VendorStrategy vendors, string expected)
    {
        var allocation = VendorAllocation.From(Configured(), vendors);

        Assert.Equal(expected, new VendorRateMeter(allocation, TimeSpan.FromSeconds(10)).Describe());
    }

    [Fact]
    public void AllocationFrom_NoRunVendors_UsesConfiguredStrategy()
    {
        var configured = Configured();
        configured.Vendors = VendorStrategy.IpqsOnly;

        Assert.Equal(new VendorAllocation(false, 400, true, 100), VendorAllocation.From(configured, null));
    }

    [Fact]
    public void AllocationFrom_LimiterDisabled_NoConfiguredRate()
    {
        var configured = Configured();
        configured.Bind.RateLimit.Enabled = false;

        Assert.Null(VendorAllocation.From(configured, VendorStrategy.Both).BindPerSecond);
    }

    [Fact]
    public void ProgressDescribe_WithMeter_ShowsVendorRatesAfterCacheHits()
    {
        var meter = new VendorRateMeter(BothLimited, TimeSpan.FromSeconds(10));
        meter.Observe(TimeSpan.FromSeconds(2), paidBind: 796, paidIpqs: 199);

        var line = ProgressDisplay.Describe(new RunStats(), total: 10, meter);

        Assert.Contains("cache hits 0 · IPQS 99.5/100 per s · Bind 398/400 per s", line, StringComparison.Ordinal);
    }

    private static NumberIntelOptions Configured()
    {
        var options = new NumberIntelOptions();
        options.Bind.RateLimit.PermitsPerSecond = 400;
        options.Ipqs.RateLimit.PermitsPerSecond = 100;
        return options;
    }
}
