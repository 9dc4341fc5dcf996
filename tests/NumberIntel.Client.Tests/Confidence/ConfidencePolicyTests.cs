using Microsoft.Extensions.Configuration;
using NumberIntel.Client.Confidence;
using static NumberIntel.Client.Tests.Confidence.ConfidenceTestData;

namespace NumberIntel.Client.Tests.Confidence;

public sealed class ConfidencePolicyTests
{
    [Fact]
    public void Default_HasTheDocumentedListsAndThresholds()
    {
        var policy = ConfidencePolicy.Default;

        Assert.Equal(
            ["Google Voice", "TextNow", "Hushed", "Pinger", "Burner", "Bandwidth", "Twilio", "Plivo", "Vonage", "Sideline", "TextFree", "Talkatone"],
            policy.DisposableCarriers);
        Assert.Empty(policy.CarrierOverrides);
        Assert.Empty(policy.CappedCountries);
        Assert.Empty(policy.DisposablePrefixes);
        Assert.Equal(85, policy.IpqsFraudScoreLow);
        Assert.Equal(75, policy.IpqsFraudScoreUncertain);
    }

    [Fact]
    public void Default_ChangingOneInstance_DoesNotChangeTheNext()
    {
        var changed = ConfidencePolicy.Default;
        changed.DisposableCarriers.Clear();
        changed.CappedCountries.Add("HR");
        changed.IpqsFraudScoreLow = 1;

        var fresh = ConfidencePolicy.Default;

        Assert.NotSame(changed, fresh);
        Assert.Contains("Twilio", fresh.DisposableCarriers);
        Assert.Empty(fresh.CappedCountries);
        Assert.Equal(85, fresh.IpqsFraudScoreLow);
        Assert.Equal(ConfidenceLabel.Low, new ConfidenceNormalizer().Normalize(BindResult(carrier: "Twilio")).Label);
    }

    [Fact]
    public void DefaultDisposableCarriers_CannotBeChanged() =>
        Assert.Throws<NotSupportedException>(() => ((IList<string>)ConfidencePolicy.DefaultDisposableCarriers).Add("Acme"));

    [Fact]
    public void Normalizer_PolicyChangedAfterConstruction_KeepsItsSnapshot()
    {
        var policy = new ConfidencePolicy();
        var normalizer = new ConfidenceNormalizer(policy);

        policy.DisposableCarriers.Clear();
        policy.CappedCountries.Add("HR");
        policy.IpqsFraudScoreUncertain = 10;

        Assert.Equal(ConfidenceLabel.Low, normalizer.Normalize(BindResult(carrier: "Twilio")).Label);
        Assert.Equal(ConfidenceLabel.Verified, normalizer.Normalize(Possible(), BindResult()).Label);
        Assert.Equal(ConfidenceLabel.Verified, normalizer.Normalize(IpqsResult(fraudScore: 50)).Label);
    }

    [Fact]
    public void Normalizer_BlankAndNullPolicyEntries_AreIgnored()
    {
        var policy = new ConfidencePolicy
        {
            DisposableCarriers = ["", "  ", null!],
            CappedCountries = [" ", null!],
            DisposablePrefixes = ["+", "", null!],
            CarrierOverrides = { [" "] = ConfidenceLabel.Invalid },
        };

        var result = new ConfidenceNormalizer(policy).Normalize(Possible(), BindResult(carrier: "Twilio"));

        Assert.Equal(ConfidenceLabel.Verified, result.Label);
    }

    [Fact]
    public void Normalizer_NullPolicyCollections_AreTreatedAsEmpty()
    {
        var policy = new ConfidencePolicy
        {
            DisposableCarriers = null!,
            CarrierOverrides = null!,
            CappedCountries = null!,
            DisposablePrefixes = null!,
        };

        Assert.Equal(ConfidenceLabel.Verified, new ConfidenceNormalizer(policy).Normalize(BindResult(carrier: "Twilio")).Label);
    }

    [Fact]
    public void Normalizer_UndefinedOverrideLabel_Throws()
    {
        var policy = new ConfidencePolicy { CarrierOverrides = { ["Acme"] = (ConfidenceLabel)9 } };

        Assert.Throws<ArgumentException>(() => new ConfidenceNormalizer(policy));
    }

    [Fact]
    public void Normalizer_NullPolicy_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new ConfidenceNormalizer(null!));

    [Fact]
    public void Bind_FromConfiguration_AddsToDefaultsAndSetsThresholds()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Confidence:DisposableCarriers:0"] = "Acme Burners",
                ["Confidence:CarrierOverrides:Bandwidth"] = "Verified",
                ["Confidence:CarrierOverrides:Shady Telecom"] = "low",
                ["Confidence:CappedCountries:0"] = "NG",
                ["Confidence:DisposablePrefixes:0"] = "+4470",
                ["Confidence:IpqsFraudScoreLow"] = "90",
                ["Confidence:IpqsFraudScoreUncertain"] = "80",
            })
            .Build();

        var policy = configuration.GetSection("Confidence").Get<ConfidencePolicy>()!;
        var normalizer = new ConfidenceNormalizer(policy);

        Assert.Contains("Twilio", policy.DisposableCarriers);
        Assert.Contains("Acme Burners", policy.DisposableCarriers);
        Assert.Equal(ConfidenceLabel.Low, policy.CarrierOverrides["shady telecom"]);
        Assert.Equal(["NG"], policy.CappedCountries);
        Assert.Equal(["+4470"], policy.DisposablePrefixes);
        Assert.Equal(ConfidenceLabel.Verified, normalizer.Normalize(BindResult(carrier: "Bandwidth")).Label);
        Assert.Equal(ConfidenceLabel.Low, normalizer.Normalize(BindResult(carrier: "Acme Burners")).Label);
        Assert.Equal(ConfidenceLabel.Uncertain, normalizer.Normalize(IpqsResult(fraudScore: 85)).Label);
    }
}
