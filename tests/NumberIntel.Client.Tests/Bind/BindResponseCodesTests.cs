using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;

namespace NumberIntel.Client.Tests.Bind;

/// <summary>The one home of what a Bind response code means (issue 14): each question answered for every code.</summary>
public sealed class BindResponseCodesTests
{
    public static TheoryData<BindResponseCode, bool, bool, bool, bool, bool> Codes => new()
    {
        // code, final, billed, carries data, retryable, account error
        { BindResponseCode.Success, true, true, true, false, false },
        { BindResponseCode.GeneralError, true, true, false, false, false },
        { BindResponseCode.PricingNotSet, false, false, false, false, true },
        { BindResponseCode.OutOfBalance, false, false, false, false, true },
        { BindResponseCode.Throttled, false, false, false, true, false },
        { BindResponseCode.InvalidNumber, true, true, true, false, false },
        { BindResponseCode.NotResolved, true, true, true, false, false },
        { BindResponseCode.Timeout, false, false, false, true, false },
        { BindResponseCode.MissingPermissions, false, false, false, false, true },
        { BindResponseCode.Unknown, false, false, false, false, false },
        { (BindResponseCode)42, false, false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void IsFinal_EachCode_MatchesTheVendorDocs(BindResponseCode code, bool final, bool billed, bool data, bool retryable, bool account)
    {
        _ = (billed, data, retryable, account);
        Assert.Equal(final, code.IsFinal());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void IsBilled_EachCode_MatchesTheVendorDocs(BindResponseCode code, bool final, bool billed, bool data, bool retryable, bool account)
    {
        _ = (final, data, retryable, account);
        Assert.Equal(billed, code.IsBilled());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void CarriesData_EachCode_MatchesTheVendorDocs(BindResponseCode code, bool final, bool billed, bool data, bool retryable, bool account)
    {
        _ = (final, billed, retryable, account);
        Assert.Equal(data, code.CarriesData());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void IsRetryable_EachCode_OnlyFourAndSeven(BindResponseCode code, bool final, bool billed, bool data, bool retryable, bool account)
    {
        _ = (final, billed, data, account);
        Assert.Equal(retryable, code.IsRetryable());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void IsAccountError_EachCode_OnlyTwoThreeAndEight(BindResponseCode code, bool final, bool billed, bool data, bool retryable, bool account)
    {
        _ = (final, billed, data, retryable);
        Assert.Equal(account, code.IsAccountError());
        Assert.Equal(account, code.AccountProblem() is not null);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void IsCacheable_EachCode_IsTheFinalRuleNotTheBillingRule(BindResponseCode code, bool final, bool billed, bool data, bool retryable, bool account)
    {
        _ = (billed, data, retryable, account);
        var result = new BindScoringResult { Msisdn = "385911234567", Response = code };

        Assert.Equal(final, AssessmentCacheRules.IsCacheable(result));
    }

    [Fact]
    public void VendorCode_UnknownAndKnown_NumericTextOrNull()
    {
        Assert.Null(BindResponseCode.Unknown.VendorCode());
        Assert.Equal("4", BindResponseCode.Throttled.VendorCode());
    }
}
