using System.Text.Json;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Tests.Assessment;
using NumberIntel.Client.Tests.Infrastructure;
using PhoneNumbers;

namespace NumberIntel.Client.Tests.PhoneNumbers;

/// <summary>
/// The offline format step against the emulator's billing counters: a number libphonenumber says cannot exist is
/// <c>invalid</c> and never sent to a vendor; a valid number is never rejected offline. Numbers from
/// <c>Fixtures/PhoneNumbers/offline-validation.json</c> (16 countries).
/// </summary>
public sealed class OfflineValidationTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static TheoryData<string, string, string> FixtureNumbers()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var entry in Load())
        {
            data.Add(entry.Number, entry.Kind, entry.Expect);
        }

        return data;
    }

    [Fact]
    public void Fixture_CoversAtLeastFifteenCountriesWithEveryKind()
    {
        var entries = Load();

        Assert.True(entries.Select(e => e.Region).Distinct().Count() >= 15);
        foreach (var kind in new[] { "mobile", "fixed_line", "too_short", "too_long", "unallocated" })
        {
            Assert.True(entries.Count(e => e.Kind == kind) >= 15, kind);
        }
    }

    [Theory]
    [MemberData(nameof(FixtureNumbers))]
    public void Fixture_Expectation_IsLibphonenumbersOwnVerdict(string number, string kind, string expect)
    {
        var util = PhoneNumberUtil.GetInstance();
        var parsed = util.Parse(number, null);

        Assert.Equal(expect == "valid", util.IsValidNumber(parsed));
        Assert.Equal(kind == "unallocated" || expect == "valid", util.IsPossibleNumberWithReason(parsed) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE);
    }

    [Theory]
    [MemberData(nameof(FixtureNumbers))]
    public void Parse_FixtureNumber_AgreesWithLibphonenumber(string number, string kind, string expect)
    {
        var result = PhoneNumberParser.Parse(number);

        Assert.Equal(expect == "valid", result.IsValid);
        var error = kind switch
        {
            "mobile" or "fixed_line" => PhoneNumberParseError.None,
            "too_short" => PhoneNumberParseError.TooShort,
            "too_long" => PhoneNumberParseError.TooLong,
            _ => PhoneNumberParseError.NotAllocated,
        };
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public async Task AssessMany_NumbersThatCannotExist_AreInvalidWithoutAnyVendorRequest()
    {
        var entries = Load();
        await using var h = await FacadeHarness.StartAsync();

        var results = await h.Client.AssessManyAsync(entries.Select(e => e.Number)).ToListAsync().WaitAsync(Timeout);

        Assert.Equal(entries.Count, results.Count);
        foreach (var (entry, result) in entries.Zip(results).Where(p => p.First.Expect == "invalid"))
        {
            Assert.Equal(ConfidenceLabel.Invalid, result.Label);
            Assert.True(Step(result, ConfidenceStepNames.Format).Applied, entry.Number);
            Assert.Empty(result.PaidLookups);
            Assert.Equal(0, h.Emulator.Bind.LookupCount(entry.Number));
            Assert.Equal(0, h.Emulator.Ipqs.LookupCount(entry.Number));
        }

        // Nothing else reached the vendors either: exactly the valid numbers were looked up, once each.
        var valid = entries.Where(e => e.Expect == "valid").Select(e => Digits(e.Number)).Distinct().Count();
        Assert.Equal(valid, h.Emulator.Bind.Lookups);
        Assert.Equal(valid, h.Emulator.Ipqs.Lookups);
    }

    [Fact]
    public async Task AssessMany_ValidNumbers_NoneIsRejectedOffline()
    {
        var entries = Load().Where(e => e.Expect == "valid").ToList();
        await using var h = await FacadeHarness.StartAsync();

        var results = await h.Client.AssessManyAsync(entries.Select(e => e.Number)).ToListAsync().WaitAsync(Timeout);

        foreach (var (entry, result) in entries.Zip(results))
        {
            var format = Step(result, ConfidenceStepNames.Format);
            Assert.False(format.Applied, entry.Number);
            Assert.True(result.Diagnostics!.Format!.IsValid, entry.Number);
            Assert.True(h.Emulator.Bind.LookupCount(entry.Number) >= 1, entry.Number);
            Assert.True(h.Emulator.Ipqs.LookupCount(entry.Number) >= 1, entry.Number);
        }
    }

    [Theory]
    [InlineData("+1 212 055 0123")]
    [InlineData("+44 7700 900123")]
    [InlineData("+385 72 555 0104")]
    public async Task AssessAsync_PossibleMode_UnallocatedNumberReachesTheVendors(string number)
    {
        await using var h = await FacadeHarness.StartAsync(o => o.OfflineValidation = OfflineValidationMode.Possible);

        var result = await h.Client.AssessAsync(number).WaitAsync(Timeout);

        Assert.Equal([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs], result.PaidLookups);
        Assert.Equal(1, h.Emulator.Bind.LookupCount(number));
        Assert.Equal(1, h.Emulator.Ipqs.LookupCount(number));
        var format = Step(result, ConfidenceStepNames.Format);
        Assert.Equal("not_allocated", format.Observed);
        Assert.False(format.Applied);
    }

    [Fact]
    public async Task AssessAsync_ValidMode_SameUnallocatedNumberIsInvalidAndNotSent()
    {
        await using var h = await FacadeHarness.StartAsync();

        var result = await h.Client.AssessAsync("+1 212 055 0123").WaitAsync(Timeout);

        Assert.Equal(ConfidenceLabel.Invalid, result.Label);
        Assert.Empty(result.PaidLookups);
        Assert.Equal(0, h.Emulator.Bind.Requests);
        Assert.Equal(0, h.Emulator.Ipqs.Requests);
    }

    private static ConfidenceStep Step(NumberAssessment assessment, string name) =>
        assessment.Diagnostics!.GetAllSteps().First(s => s.Name == name);

    private static string Digits(string number) => new(number.Where(char.IsAsciiDigit).ToArray());

    private static List<Entry> Load()
    {
        using var document = JsonDocument.Parse(Fixture.Read("PhoneNumbers/offline-validation.json"));
        return
        [
            .. document.RootElement.GetProperty("numbers").EnumerateArray().Select(e => new Entry(
                e.GetProperty("region").GetString()!,
                e.GetProperty("kind").GetString()!,
                e.GetProperty("number").GetString()!,
                e.GetProperty("expect").GetString()!)),
        ];
    }

    private sealed record Entry(string Region, string Kind, string Number, string Expect);
}
