using System.Text.Json;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Tests.Serialization;

public sealed class IpqsToleranceTests
{
    private static IpqsPhoneResult Read(string json) => JsonSerializer.Deserialize(json, IpqsJsonContext.Default.IpqsPhoneResult)!;

    [Fact]
    public void Deserialize_MccMncWithLeadingZeros_KeptAsStrings()
    {
        var r = Read("""{"success":true,"mcc":"004","mnc":"010"}""");

        Assert.Equal("004", r.Mcc);
        Assert.Equal("010", r.Mnc);
    }

    [Fact]
    public void Deserialize_MccAsNumber_ReadAsText()
    {
        Assert.Equal("310", Read("""{"success":true,"mcc":310}""").Mcc);
    }

    [Fact]
    public void Deserialize_FraudScoreAsStringOrFraction_Read()
    {
        Assert.Equal(85, Read("""{"fraud_score":"85"}""").FraudScore);
        Assert.Equal(85, Read("""{"fraud_score":85.0}""").FraudScore);
        Assert.Null(Read("""{"fraud_score":"N/A"}""").FraudScore);
    }

    [Fact]
    public void Deserialize_BooleansAsStringsOrNumbers_Read()
    {
        var r = Read("""{"valid":"true","VOIP":1,"prepaid":"N/A","risky":"no"}""");

        Assert.True(r.Valid);
        Assert.True(r.Voip);
        Assert.Null(r.Prepaid);
        Assert.False(r.Risky);
    }

    [Fact]
    public void Deserialize_NestedObjectsAsStrings_Null()
    {
        var r = Read("""{"transaction_details":"N/A","associated_email_addresses":[],"number_recycling":false}""");

        Assert.Null(r.TransactionDetails);
        Assert.Null(r.AssociatedEmailAddresses);
        Assert.Null(r.NumberRecycling);
    }

    [Theory]
    [InlineData("Toll Free", IpqsLineType.TollFree)]
    [InlineData("Toll-Free", IpqsLineType.TollFree)]
    [InlineData("wireless", IpqsLineType.Wireless)]
    [InlineData("Mobile", IpqsLineType.Wireless)]
    [InlineData("Unknown", IpqsLineType.Unknown)]
    [InlineData("Carrier Pigeon", IpqsLineType.Unknown)]
    public void Deserialize_LineTypeVariants_Mapped(string wire, IpqsLineType expected)
    {
        Assert.Equal(expected, Read($$"""{"line_type":"{{wire}}"}""").LineTypeKind);
    }
}
