using System.Text.Json;
using System.Text.RegularExpressions;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

public sealed class PseudoRandomProfileTests(SharedEmulator shared) : IClassFixture<SharedEmulator>
{
    [Theory]
    [InlineData("385981234567")]
    [InlineData("12025550199")]
    [InlineData("447911123456")]
    [InlineData("4917012345678")]
    [InlineData("14165552368")]
    public async Task SameNumber_TwoEmulators_AnswerTheSame(string msisdn)
    {
        await using var other = await NumberIntelEmulator.StartAsync();

        var bindA = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, msisdn);
        var bindB = await EmulatorCalls.BindItemAsync(shared.Http, other, msisdn);
        var ipqsA = await EmulatorCalls.IpqsAsync(shared.Http, shared.Emulator, "+" + msisdn);
        var ipqsB = await EmulatorCalls.IpqsAsync(shared.Http, other, "+" + msisdn);

        Assert.Equal(WithoutDate(bindA), WithoutDate(bindB));
        Assert.Equal(WithoutRequestId(ipqsA.Body), WithoutRequestId(ipqsB.Body));
    }

    [Fact]
    public async Task KnownNumber_Profile_IsPinnedAcrossVersionsAndProcesses()
    {
        // FNV-1a over the digits: these values only change if the profile derivation changes on purpose.
        var bind = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, "385981234567");
        var ipqs = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, "+385981234567");

        Assert.Equal("Telemach", bind.GetProperty("phone").GetProperty("current_network_name").GetString());
        Assert.Equal("T-Mobile", bind.GetProperty("phone").GetProperty("initial_network_name").GetString());
        Assert.Equal(4, bind.GetProperty("phone").GetProperty("ported_times").GetInt32());
        Assert.Equal("2016-03-11", bind.GetProperty("phone").GetProperty("first_seen").GetString());
        Assert.Equal(3, ipqs.GetProperty("fraud_score").GetInt32());
        Assert.Equal("Telemach Hrvatska", ipqs.GetProperty("carrier").GetString());
    }

    [Fact]
    public async Task ManyMobiles_Profiles_AreMostlyVerifiedWithASprinklingOfEverythingElse()
    {
        var numbers = Enumerable.Range(0, 1000).Select(i => "3859812" + i.ToString("00000", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var bind = new List<JsonElement>();
        foreach (var batch in numbers.Chunk(100))
        {
            bind.AddRange((await EmulatorCalls.BindAsync(shared.Http, shared.Emulator, batch)).Json.EnumerateArray());
        }

        var ipqs = new List<JsonElement>();
        foreach (var number in numbers.Take(300))
        {
            ipqs.Add(await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, "+" + number));
        }

        var bindLabels = bind.Select(SdkVerdicts.FromBind).ToArray();
        var ipqsLabels = ipqs.Select(a => SdkVerdicts.FromIpqs(a).Label).ToArray();
        Assert.InRange(bindLabels.Count(l => l.Label == ConfidenceLabel.Verified), 900, 990);
        Assert.InRange(ipqsLabels.Count(l => l == ConfidenceLabel.Verified), 240, 297);
        Assert.Contains(bindLabels, l => l.Label == ConfidenceLabel.Low);
        Assert.Contains(bindLabels, l => l.Label == ConfidenceLabel.Uncertain);
        Assert.Contains(bindLabels, l => l.IsDisposable);
        Assert.Contains(bind, i => i.GetProperty("response").GetInt32() == 6);
        Assert.Contains(ipqsLabels, l => l == ConfidenceLabel.Low);
        Assert.Contains(ipqsLabels, l => l == ConfidenceLabel.Uncertain);
        Assert.Contains(ipqs, a => a.GetProperty("fraud_score").GetInt32() >= 85);
        Assert.Contains(ipqs, a => a.GetProperty("prepaid").ValueKind == JsonValueKind.True);
    }

    [Fact]
    public async Task ManyNumbers_BothVendors_AgreeOnLineTypeAndCarrier()
    {
        var numbers = new[] { "385981230001", "385911230002", "385951230003", "38512345678", "12125550180", "13125550181", "447911123456", "442071234567", "4915112345678", "493012345678", "18005550199" };

        foreach (var number in numbers)
        {
            var bind = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, number);
            var ipqs = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, "+" + number);
            if (!bind.TryGetProperty("phone", out var phone))
            {
                continue;
            }

            var expected = phone.GetProperty("type").GetString() switch
            {
                "mobile" => "Wireless",
                "landline" => "Landline",
                "toll_free" => "Toll Free",
                "voip" => "VOIP",
                var other => throw new InvalidOperationException(other),
            };
            Assert.Equal(expected, ipqs.GetProperty("line_type").GetString());
            Assert.NotEqual("N/A", ipqs.GetProperty("carrier").GetString());
            Assert.Equal(phone.GetProperty("country_calling_code").GetString(), ipqs.GetProperty("dialing_code").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("11235550100")]
    [InlineData("12115550100")]
    [InlineData("385931234567")]
    [InlineData("4406123456789")]
    [InlineData("4915112")]
    public async Task ImpossibleForTheVendors_BothSayInvalid(string msisdn)
    {
        var bind = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, msisdn);
        var ipqs = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, "+" + msisdn);

        Assert.Equal(5, bind.GetProperty("response").GetInt32());
        Assert.False(ipqs.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task UsTollFree_BothVendors_SayTollFree()
    {
        var bind = await EmulatorCalls.BindItemAsync(shared.Http, shared.Emulator, "18885550123");
        var ipqs = await EmulatorCalls.IpqsJsonAsync(shared.Http, shared.Emulator, "+18885550123");

        Assert.Equal("toll_free", bind.GetProperty("phone").GetProperty("type").GetString());
        Assert.Equal("Toll Free", ipqs.GetProperty("line_type").GetString());
    }

    private static string WithoutDate(JsonElement item) => Regex.Replace(item.GetRawText(), "\"date\":\"[^\"]*\"", string.Empty);

    private static string WithoutRequestId(string body) => Regex.Replace(body, "\"request_id\":\"[^\"]*\"", string.Empty);
}
