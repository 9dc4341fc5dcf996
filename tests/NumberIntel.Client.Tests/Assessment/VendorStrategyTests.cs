using NumberIntel.Client.Confidence;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Assessment;

/// <summary>Which vendors each <see cref="VendorStrategy"/> asks, and the cascade rule both ways.</summary>
public sealed class VendorStrategyTests : IAsyncLifetime
{
    private FacadeHarness _h = null!;

    public async Task InitializeAsync() => _h = await FacadeHarness.StartAsync(o => o.Cache.Enabled = false);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<NumberAssessment> Assess(string number, VendorStrategy strategy) =>
        _h.Client.AssessAsync(number, new AssessOptions { Vendors = strategy });

    [Fact]
    public async Task AssessAsync_Both_AsksBothVendorsAndTheLowerLabelWins()
    {
        var a = await Assess(MagicNumbers.HrUncertainCredibility, VendorStrategy.Both); // Bind uncertain, IPQS verified

        Assert.Equal(ConfidenceLabel.Uncertain, a.Label);
        Assert.Equal(1, _h.Emulator.Bind.Requests);
        Assert.Equal(1, _h.Emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task AssessAsync_BindOnly_AsksBindAlone()
    {
        var a = await Assess(MagicNumbers.HrUncertainFraudScore, VendorStrategy.BindOnly); // IPQS would say uncertain

        Assert.Equal(ConfidenceLabel.Verified, a.Label);
        Assert.Equal(ConfidenceSource.Bind, a.Diagnostics!.Source);
        Assert.Null(a.Ipqs);
        Assert.Equal(1, _h.Emulator.Bind.Requests);
        Assert.Equal(0, _h.Emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task AssessAsync_IpqsOnly_AsksIpqsAlone()
    {
        var a = await Assess(MagicNumbers.HrUncertainCredibility, VendorStrategy.IpqsOnly); // Bind would say uncertain

        Assert.Equal(ConfidenceLabel.Verified, a.Label);
        Assert.Equal(ConfidenceSource.Ipqs, a.Diagnostics!.Source);
        Assert.Null(a.Bind);
        Assert.Equal(0, _h.Emulator.Bind.Requests);
        Assert.Equal(1, _h.Emulator.Ipqs.Requests);
    }

    [Theory]
    [InlineData(MagicNumbers.HrVerifiedMobile, ConfidenceLabel.Verified)] // settled
    [InlineData(MagicNumbers.HrLowVoip, ConfidenceLabel.Low)] // already damning
    [InlineData(MagicNumbers.HrInvalid, ConfidenceLabel.Invalid)] // already damning
    public async Task AssessAsync_CascadeBindFirstSettledOrDamning_DoesNotAskIpqs(string number, ConfidenceLabel label)
    {
        var a = await Assess(number, VendorStrategy.Cascade);

        Assert.Equal(label, a.Label);
        Assert.Equal(0, _h.Emulator.Ipqs.Requests);
        Assert.Equal([NumberIntelVendor.Bind], a.PaidLookups);
    }

    [Theory]
    [InlineData(MagicNumbers.HrLikelyTollFree, ConfidenceLabel.Likely)] // likely: ask the second
    [InlineData(MagicNumbers.HrNotResolved, ConfidenceLabel.Uncertain)] // uncertain (Bind 6): ask the second
    [InlineData(MagicNumbers.HrUncertainCredibility, ConfidenceLabel.Uncertain)]
    public async Task AssessAsync_CascadeBindFirstUncertainOrLikely_AsksIpqsToo(string number, ConfidenceLabel label)
    {
        var a = await Assess(number, VendorStrategy.Cascade);

        Assert.Equal(label, a.Label);
        Assert.Equal(1, _h.Emulator.Ipqs.Requests);
        Assert.Equal([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs], a.PaidLookups);
    }

    [Fact]
    public async Task AssessAsync_CascadeFirstVendorFailed_AsksTheSecondAndDegrades()
    {
        _h.Emulator.Faults.Add(EmulatorFault.ServerError(503).OnVendor(NumberIntelVendor.Bind).Always());

        var a = await Assess(MagicNumbers.HrVerifiedMobile, VendorStrategy.Cascade);

        Assert.True(a.Degraded);
        Assert.Equal(NumberIntelVendor.Bind, Assert.Single(a.Errors).Vendor);
        Assert.Equal(ConfidenceLabel.Verified, a.Label);
        Assert.Equal(1, _h.Emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task AssessAsync_CascadeIpqsFirstVerified_DoesNotAskBind()
    {
        await using var h = await FacadeHarness.StartAsync(o =>
        {
            o.Vendors = VendorStrategy.Cascade;
            o.CascadeFirst = NumberIntelVendor.Ipqs;
        });

        var a = await h.Client.AssessAsync(MagicNumbers.HrVerifiedMobile);

        Assert.Equal(ConfidenceLabel.Verified, a.Label);
        Assert.Equal(0, h.Emulator.Bind.Requests);
        Assert.Equal(1, h.Emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task AssessAsync_CascadeIpqsFirstUncertain_AsksBindToo()
    {
        await using var h = await FacadeHarness.StartAsync(o =>
        {
            o.Vendors = VendorStrategy.Cascade;
            o.CascadeFirst = NumberIntelVendor.Ipqs;
        });

        var a = await h.Client.AssessAsync(MagicNumbers.HrUncertainFraudScore); // IPQS: fraud score 80

        Assert.Equal(ConfidenceLabel.Uncertain, a.Label);
        Assert.Equal(1, h.Emulator.Bind.Requests);
        Assert.Equal(ConfidenceSource.Combined, a.Diagnostics!.Source);
    }

    [Fact]
    public async Task AssessManyAsync_CascadeInBulk_AsksIpqsOnlyForTheUndecidedNumbers()
    {
        string[] inputs = [MagicNumbers.HrVerifiedMobile, MagicNumbers.HrLikelyTollFree, MagicNumbers.HrLowVoip, MagicNumbers.HrNotResolved];

        var results = await _h.Client.AssessManyAsync(inputs, new AssessManyOptions { Vendors = VendorStrategy.Cascade }).ToListAsync();

        Assert.Equal([ConfidenceLabel.Verified, ConfidenceLabel.Likely, ConfidenceLabel.Low, ConfidenceLabel.Uncertain], results.Select(r => r.Label));
        Assert.Equal(2, _h.Emulator.Ipqs.Requests);
        Assert.Equal(1, _h.Emulator.Ipqs.BilledCount(MagicNumbers.HrLikelyTollFree));
        Assert.Equal(1, _h.Emulator.Ipqs.BilledCount(MagicNumbers.HrNotResolved));
        Assert.Equal([4], _h.Emulator.Bind.BatchSizes);
    }
}
