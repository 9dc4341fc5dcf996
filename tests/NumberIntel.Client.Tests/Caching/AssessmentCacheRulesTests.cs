using NumberIntel.Client.Caching;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Tests.Caching;

public sealed class AssessmentCacheRulesTests
{
    [Fact]
    public void Key_PerVendorAndVariant_IsStable()
    {
        Assert.Equal("numberintel:v1:bind:385912345678", AssessmentCacheRules.Key(NumberIntelVendor.Bind, "385912345678"));
        Assert.Equal("numberintel:v1:ipqs:385912345678", AssessmentCacheRules.Key(NumberIntelVendor.Ipqs, "385912345678"));
        Assert.Equal("numberintel:v1:ipqs:385912345678:s1", AssessmentCacheRules.Key(NumberIntelVendor.Ipqs, "385912345678", "s1"));
    }

    [Fact]
    public void IpqsVariant_NoSettings_IsNull()
    {
        Assert.Null(AssessmentCacheRules.IpqsVariant(null, out var a));
        Assert.Null(AssessmentCacheRules.IpqsVariant(new IpqsPhoneRequest(), out var b));
        Assert.True(a && b);
    }

    [Fact]
    public void IpqsVariant_Settings_AreNormalizedSoEquivalentRequestsShareAnswers()
    {
        var one = AssessmentCacheRules.IpqsVariant(new IpqsPhoneRequest { Strictness = 1, Countries = ["us", "CA"], EnhancedLineCheck = true }, out _);
        var two = AssessmentCacheRules.IpqsVariant(new IpqsPhoneRequest { Countries = ["CA", "US ", "US"], EnhancedLineCheck = true, Strictness = 1 }, out _);

        Assert.Equal("s1;c=CA,US;l1", one);
        Assert.Equal(one, two);
        Assert.NotEqual(one, AssessmentCacheRules.IpqsVariant(new IpqsPhoneRequest { Strictness = 2, Countries = ["US", "CA"], EnhancedLineCheck = true }, out _));
    }

    [Fact]
    public void IpqsVariant_TransactionParameters_AreNotCacheable()
    {
        AssessmentCacheRules.IpqsVariant(new IpqsPhoneRequest { TransactionParameters = new Dictionary<string, string> { ["billing_email"] = "a@b.c" } }, out var cacheable);

        Assert.False(cacheable);
    }
}
