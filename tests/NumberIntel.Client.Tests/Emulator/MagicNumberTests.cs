using System.Reflection;
using System.Text.Json;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

public sealed class MagicNumberTests(SharedEmulator shared) : IClassFixture<SharedEmulator>
{
    public static TheoryData<string> AllMagicNumbers() => [.. MagicNumbers.All.Select(m => m.E164)];

    private static readonly MagicNumberScenario[] CoreScenarios =
    [
        MagicNumberScenario.VerifiedMobile, MagicNumberScenario.VerifiedLandline, MagicNumberScenario.LikelyTollFree,
        MagicNumberScenario.LowVoip, MagicNumberScenario.LowDisposableCarrier, MagicNumberScenario.LowDisposable,
        MagicNumberScenario.LowCredibility, MagicNumberScenario.UncertainFraudScore, MagicNumberScenario.LowFraudScore,
        MagicNumberScenario.LowHighRiskFraudScore, MagicNumberScenario.LowRecentAbuse, MagicNumberScenario.LowInactiveLine,
        MagicNumberScenario.Invalid, MagicNumberScenario.NotResolved,
    ];

    [Theory]
    [MemberData(nameof(AllMagicNumbers))]
    public async Task Bind_MagicNumber_AnswerCarriesTheExpectedBindLabel(string e164)
    {
        Assert.True(MagicNumbers.TryFind(e164, out var magic));

        var item = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, e164);

        var verdict = SdkVerdicts.FromBind(item);
        Assert.Equal(magic.ExpectedBindLabel, verdict.Label);
        Assert.Equal(magic.ExpectedDisposable, verdict.IsDisposable);
        SdkVerdicts.AssertDecidedBy(verdict, MagicScenarios.Of(magic.Scenario).BindStep, magic.ExpectedBindLabel);
        Assert.Equal(magic.Msisdn, item.GetProperty("msisdn").GetString());
    }

    [Theory]
    [MemberData(nameof(AllMagicNumbers))]
    public async Task Ipqs_MagicNumber_AnswerCarriesTheExpectedIpqsLabel(string e164)
    {
        Assert.True(MagicNumbers.TryFind(e164, out var magic));

        var answer = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, e164);

        Assert.True(answer.GetProperty("success").GetBoolean());
        var verdict = SdkVerdicts.FromIpqs(answer);
        Assert.Equal(magic.ExpectedIpqsLabel, verdict.Label);
        Assert.False(verdict.IsDisposable);
        SdkVerdicts.AssertDecidedBy(verdict, MagicScenarios.Of(magic.Scenario).IpqsStep, magic.ExpectedIpqsLabel);
        Assert.Equal(magic.CountryCode, answer.GetProperty("country").GetString());
    }

    [Theory]
    [MemberData(nameof(AllMagicNumbers))]
    public async Task Ipqs_MagicNumberAtHighestStrictness_LabelDoesNotMove(string e164)
    {
        Assert.True(MagicNumbers.TryFind(e164, out var magic));

        var answer = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, e164, "&strictness=2");

        Assert.Equal(magic.ExpectedIpqsLabel, SdkVerdicts.FromIpqs(answer).Label);
    }

    [Theory]
    [MemberData(nameof(AllMagicNumbers))]
    public async Task BothVendors_MagicNumber_CombinedLabelIsTheDocumentedOne(string e164)
    {
        Assert.True(MagicNumbers.TryFind(e164, out var magic));

        var bind = SdkVerdicts.FromBind(await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, e164));
        var ipqs = SdkVerdicts.FromIpqs(await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, e164));

        var combined = ConfidenceResult.Combine(bind, ipqs);
        Assert.Equal(magic.ExpectedLabel, combined.Label);
        Assert.Equal(magic.ExpectedDisposable, combined.IsDisposable);
    }

    [Theory]
    [MemberData(nameof(AllMagicNumbers))]
    public void MagicNumber_Any_IsValidForTheSdkParser(string e164)
    {
        Assert.True(MagicNumbers.TryFind(e164, out var magic));

        var parsed = PhoneNumberParser.Parse(e164);

        Assert.True(parsed.IsValid, parsed.Error.ToString());
        Assert.Equal(PhoneNumberParseError.None, parsed.Error);
        Assert.NotEqual(LineType.Unknown, parsed.LineType);
        Assert.Equal(magic.Msisdn, parsed.Msisdn);
        Assert.Equal(magic.CountryCode, parsed.RegionCode);
    }

    [Theory]
    [MemberData(nameof(AllMagicNumbers))]
    public void MagicNumber_Any_EndsWithItsScenarioCode(string e164)
    {
        Assert.True(MagicNumbers.TryFind(e164, out var magic));

        Assert.EndsWith(((int)magic.Scenario).ToString("00", System.Globalization.CultureInfo.InvariantCulture), e164, StringComparison.Ordinal);
    }

    [Fact]
    public void All_EveryCoreScenario_ExistsInHrUsGbDe()
    {
        foreach (var country in new[] { "HR", "US", "GB", "DE" })
        {
            foreach (var scenario in CoreScenarios)
            {
                Assert.Equal(scenario, MagicNumbers.Get(scenario, country).Scenario);
            }
        }
    }

    [Fact]
    public void All_EveryPublicConstant_IsOneEntryNamedAfterItsCountryAndScenario()
    {
        var constants = typeof(MagicNumbers).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name, StringComparer.Ordinal);

        Assert.Equal(constants.Count, MagicNumbers.All.Count);
        foreach (var magic in MagicNumbers.All)
        {
            var name = magic.CountryCode[..1] + magic.CountryCode[1..].ToLowerInvariant() + magic.Scenario;
            Assert.Equal(name, constants[magic.E164]);
        }
    }

    [Fact]
    public void All_Entries_CarryTheFactsOfTheirScenarioDefinition()
    {
        Assert.Equal(Enum.GetValues<MagicNumberScenario>(), MagicScenarios.All.Select(s => s.Scenario));
        foreach (var magic in MagicNumbers.All)
        {
            var spec = MagicScenarios.Of(magic.Scenario);
            Assert.Equal(spec.BindLabel, magic.ExpectedBindLabel);
            Assert.Equal(spec.IpqsLabel, magic.ExpectedIpqsLabel);
            Assert.Equal(spec.Disposable, magic.ExpectedDisposable);
            Assert.DoesNotContain(MagicScenarioSpec.CarrierPlaceholder, magic.BindAnswer + magic.IpqsAnswer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void All_Numbers_AreUnique()
    {
        Assert.Equal(MagicNumbers.All.Count, MagicNumbers.All.Select(m => m.Msisdn).Distinct().Count());
    }

    [Fact]
    public void All_UncertainLineTypes_CoverEveryCountry()
    {
        Assert.Equal("+38572550104", MagicNumbers.Get(MagicNumberScenario.UncertainSharedCost, "HR").E164);
        Assert.Equal("+491805550104", MagicNumbers.Get(MagicNumberScenario.UncertainSharedCost, "DE").E164);
        Assert.Equal("+19005550105", MagicNumbers.Get(MagicNumberScenario.UncertainPremiumRate, "US").E164);
        Assert.Equal("+449098790105", MagicNumbers.Get(MagicNumberScenario.UncertainPremiumRate, "GB").E164);
    }

    [Fact]
    public void DramaRanges_UkAndUs_AreTheReservedOnesLibphonenumberAccepts()
    {
        // Ofcom's mobile drama range 07700 900xxx is not allocated (libphonenumber rejects it): libphonenumber's example block instead.
        Assert.StartsWith("+447400555", MagicNumbers.GbVerifiedMobile, StringComparison.Ordinal);
        Assert.StartsWith("+442079460", MagicNumbers.GbVerifiedLandline, StringComparison.Ordinal);
        Assert.StartsWith("+448081570", MagicNumbers.GbLikelyTollFree, StringComparison.Ordinal);
        Assert.StartsWith("+449098790", MagicNumbers.GbUncertainPremiumRate, StringComparison.Ordinal);
        Assert.Matches("^\\+1[2-9][0-9]{2}55501[0-9]{2}$", MagicNumbers.UsVerifiedMobile);
        Assert.StartsWith("+493023125", MagicNumbers.DeVerifiedLandline, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_ScenarioMissingInCountry_Throws()
    {
        Assert.Throws<ArgumentException>(() => MagicNumbers.Get(MagicNumberScenario.UncertainSharedCost, "US"));
    }

    [Theory]
    [InlineData("+385 91 555 0101")]
    [InlineData("385915550101")]
    [InlineData("00385915550101")]
    [InlineData("+385-91-555-0101")]
    public void TryFind_AnyFormatting_FindsTheEntry(string input)
    {
        Assert.True(MagicNumbers.TryFind(input, out var magic));
        Assert.Equal(MagicNumbers.HrVerifiedMobile, magic.E164);
    }

    [Fact]
    public void TryFind_OrdinaryNumber_ReturnsFalse()
    {
        Assert.False(MagicNumbers.TryFind("+385981234567", out _));
        Assert.False(MagicNumbers.TryFind(null, out _));
    }

    [Fact]
    public void ExpectedLabel_BothVendors_IsTheLowerOfTheTwo()
    {
        var magic = MagicNumbers.Get(MagicNumberScenario.LowDisposable, "HR");

        Assert.Equal(ConfidenceLabel.Low, magic.ExpectedBindLabel);
        Assert.Equal(ConfidenceLabel.Verified, magic.ExpectedIpqsLabel);
        Assert.Equal(ConfidenceLabel.Low, magic.ExpectedLabel);
        Assert.True(magic.ExpectedDisposable);
    }

    [Fact]
    public async Task VerifiedMobile_BothVendors_LookVerifiedToEach()
    {
        var bind = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, MagicNumbers.UsVerifiedMobile);
        var ipqs = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, MagicNumbers.UsVerifiedMobile);

        Assert.Equal("mobile", bind.GetProperty("phone").GetProperty("type").GetString());
        Assert.Equal("high", bind.GetProperty("scoring").GetProperty("credibility").GetString());
        Assert.Equal("no", bind.GetProperty("security").GetProperty("is_disposable").GetString());
        Assert.Equal("Wireless", ipqs.GetProperty("line_type").GetString());
        Assert.Equal(0, ipqs.GetProperty("fraud_score").GetInt32());
        Assert.False(ipqs.GetProperty("VOIP").GetBoolean());
        Assert.True(ipqs.GetProperty("active").GetBoolean());
    }

    [Theory]
    [InlineData(MagicNumbers.HrUncertainFraudScore, 80)]
    [InlineData(MagicNumbers.UsLowFraudScore, 88)]
    [InlineData(MagicNumbers.GbLowHighRiskFraudScore, 95)]
    [InlineData(MagicNumbers.DeLowRecentAbuse, 40)]
    public async Task Ipqs_FraudScoreMagicNumbers_ReportTheDocumentedScore(string e164, int expected)
    {
        var answer = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, e164, "&strictness=2");

        Assert.Equal(expected, answer.GetProperty("fraud_score").GetInt32());
    }

    [Theory]
    [InlineData(MagicNumbers.UsLowDisposableCarrier, "TextNow")]
    [InlineData(MagicNumbers.GbLowDisposableCarrier, "Hushed")]
    [InlineData(MagicNumbers.HrLowDisposableCarrier, "Twilio")]
    public async Task DisposableCarrier_BothVendors_NameTheCarrierOnAMobileLine(string e164, string carrier)
    {
        var bind = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, e164);
        var ipqs = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, e164);

        Assert.Equal(carrier, bind.GetProperty("phone").GetProperty("current_network_name").GetString());
        Assert.Equal("mobile", bind.GetProperty("phone").GetProperty("type").GetString());
        Assert.Equal(carrier, ipqs.GetProperty("carrier").GetString());
        Assert.Equal("Wireless", ipqs.GetProperty("line_type").GetString());
        Assert.False(ipqs.GetProperty("VOIP").GetBoolean());
    }

    [Fact]
    public async Task Voip_BothVendors_SayVoip()
    {
        var bind = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, MagicNumbers.DeLowVoip);
        var ipqs = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, MagicNumbers.DeLowVoip);

        Assert.Equal("voip", bind.GetProperty("phone").GetProperty("type").GetString());
        Assert.Equal("VOIP", ipqs.GetProperty("line_type").GetString());
        Assert.True(ipqs.GetProperty("VOIP").GetBoolean());
    }

    [Fact]
    public async Task InactiveLine_WithEnhancedLineCheck_ReportsDisconnected()
    {
        var plain = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, MagicNumbers.HrLowInactiveLine);
        var enhanced = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, MagicNumbers.HrLowInactiveLine, "&enhanced_line_check=true");

        Assert.False(plain.GetProperty("active").GetBoolean());
        Assert.Equal("N/A", plain.GetProperty("active_status").GetString());
        Assert.Equal("Disconnected Line", enhanced.GetProperty("active_status").GetString());
    }

    [Fact]
    public async Task Invalid_BothVendors_RejectTheNumber()
    {
        var bind = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, MagicNumbers.GbInvalid);
        var ipqs = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, MagicNumbers.GbInvalid);

        Assert.Equal(5, bind.GetProperty("response").GetInt32());
        Assert.False(ipqs.GetProperty("valid").GetBoolean());
        Assert.True(ipqs.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task NotResolved_Bind_AnswersSixWithOnlyTheRequiredFields()
    {
        var bind = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, MagicNumbers.UsNotResolved);

        Assert.Equal(6, bind.GetProperty("response").GetInt32());
        Assert.Equal(["date", "msisdn", "response"], bind.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public async Task RecordedFlags_Ipqs_SetsPrepaidLeakedDoNotCall()
    {
        var ipqs = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, MagicNumbers.UsVerifiedRecordedFlags);

        Assert.True(ipqs.GetProperty("prepaid").GetBoolean());
        Assert.True(ipqs.GetProperty("leaked").GetBoolean());
        Assert.True(ipqs.GetProperty("do_not_call").GetBoolean());
        Assert.Equal(ConfidenceLabel.Verified, SdkVerdicts.FromIpqs(ipqs).Label);
    }
}
