using System.Text.Json;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Confidence;

/// <summary>Builders for the vendor results the confidence tests feed the normalizer.</summary>
internal static class ConfidenceTestData
{
    /// <summary>A Bind result; with no msisdn and no calling code the country step sees nothing (no calling-code lookup).</summary>
    public static BindScoringResult BindResult(
        BindPhoneType type = BindPhoneType.Mobile,
        string? carrier = "T-Mobile",
        Credibility credibility = Credibility.High,
        bool? disposable = false,
        BindResponseCode response = BindResponseCode.Success,
        string? msisdn = null,
        string? callingCode = null) =>
        new()
        {
            Msisdn = msisdn,
            Response = response,
            Phone = new BindPhone { Type = type, CurrentNetworkName = carrier, CountryCallingCode = callingCode },
            Scoring = new BindScoring { Credibility = credibility },
            Security = new BindSecurity { IsDisposable = disposable },
        };

    /// <summary>A clean IPQS result (valid, no risk flag) with its country given, so no calling-code lookup happens.</summary>
    public static IpqsPhoneResult IpqsResult(
        string? lineType = "Wireless",
        string? carrier = "Verizon Wireless",
        string? country = "US",
        string? formatted = null,
        int? fraudScore = 0) =>
        new()
        {
            Success = true,
            Valid = true,
            Active = true,
            FraudScore = fraudScore,
            RecentAbuse = false,
            Voip = false,
            Risky = false,
            Spammer = false,
            Prepaid = false,
            Leaked = false,
            DoNotCall = false,
            LineType = lineType,
            Carrier = carrier,
            Country = country,
            Formatted = formatted,
        };

    /// <summary>A possible number as the parser would return it (built by hand: no parser call).</summary>
    public static PhoneNumberParseResult Possible(
        string msisdn = "385912345678", string region = "HR", int callingCode = 385, bool isValid = true, LineType lineType = LineType.Unknown) =>
        new()
        {
            Input = "+" + msisdn,
            Msisdn = msisdn,
            CountryCallingCode = callingCode,
            NationalNumber = msisdn[callingCode.ToString(System.Globalization.CultureInfo.InvariantCulture).Length..],
            RegionCode = region,
            IsValid = isValid,
            LineType = isValid ? lineType : LineType.Unknown,
            Error = isValid ? PhoneNumberParseError.None : PhoneNumberParseError.NotAllocated,
        };

    /// <summary>A parse result that is not a possible number.</summary>
    public static PhoneNumberParseResult NotPossible(PhoneNumberParseError error, string input = "12") =>
        new() { Input = input, Error = error };

    /// <summary>The first step of <paramref name="result"/> named <paramref name="name"/>.</summary>
    public static ConfidenceStep Step(ConfidenceResult result, string name)
    {
        foreach (var step in result.Diagnostics.GetAllSteps())
        {
            if (step.Name == name)
            {
                return step;
            }
        }

        throw new Xunit.Sdk.XunitException("No step named " + name + " in:\n" + result.Explain());
    }

    /// <summary>Whether <paramref name="result"/> has a step named <paramref name="name"/>.</summary>
    public static bool HasStep(ConfidenceResult result, string name)
    {
        foreach (var step in result.Diagnostics.GetAllSteps())
        {
            if (step.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    // Fixtures go through the SDK's own source-generated contracts, the same path a real answer takes.
    public static BindScoringResult BindFixture(string name) =>
        JsonSerializer.Deserialize(Fixture.Read("Confidence/" + name), NumberIntel.Client.Bind.BindJsonContext.Default.ListBindScoringResult)![0];

    public static IpqsPhoneResult IpqsFixture(string name) =>
        JsonSerializer.Deserialize(Fixture.Read("Confidence/" + name), NumberIntel.Client.Ipqs.IpqsJsonContext.Default.IpqsPhoneResult)!;
}
