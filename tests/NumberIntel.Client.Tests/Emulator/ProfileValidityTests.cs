using NumberIntel.Client.Bind;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Testing.Profiles;
using PhoneNumbers;

namespace NumberIntel.Client.Tests.Emulator;

/// <summary>
/// The emulator's "vendor database" (the country plans and the generated profiles) agrees with libphonenumber: valid
/// numbers of the modelled countries get a valid profile, numbers libphonenumber rejects are invalid to both vendors.
/// </summary>
public sealed class ProfileValidityTests
{
    public static TheoryData<string, string> ExampleNumbers()
    {
        var util = PhoneNumberUtil.GetInstance();
        var data = new TheoryData<string, string>();
        foreach (var plan in CountryCatalog.All)
        {
            foreach (var type in new[] { PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.TOLL_FREE })
            {
                // NANP toll-free numbers are shared: libphonenumber places them in the US, whatever the example region.
                if (util.GetExampleNumberForType(plan.Iso, type) is { } example && util.GetRegionCodeForNumber(example) == plan.Iso)
                {
                    data.Add(plan.Iso, util.Format(example, PhoneNumberFormat.E164)[1..]);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleNumbers))]
    public void ForMsisdn_LibphonenumberExampleOfModelledCountry_GetsAValidProfileThere(string iso, string msisdn)
    {
        Assert.True(PhoneNumberParser.Parse("+" + msisdn).IsValid);

        var profile = ProfileFactory.ForMsisdn(msisdn);

        Assert.True(profile.Valid, msisdn);
        Assert.Equal(BindResponseCode.Success, profile.BindCode);
        Assert.Equal(iso, profile.Iso);
        Assert.NotNull(profile.LineType);
    }

    [Theory]
    [InlineData("12120550123")] // NANP exchange starting with 0
    [InlineData("447700900123")] // Ofcom's mobile drama range: not allocated
    [InlineData("385725550104")] // Croatian 072 with 9 digits
    [InlineData("33712345678")] // French 071: not allocated
    public void ForMsisdn_PossibleButNotAllocated_IsInvalidToBothVendors(string msisdn)
    {
        Assert.False(PhoneNumberParser.Parse("+" + msisdn).IsValid);

        var profile = ProfileFactory.ForMsisdn(msisdn);

        Assert.False(profile.Valid);
        Assert.Equal(BindResponseCode.InvalidNumber, profile.BindCode);
    }
}
