using System.Text.Json;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Tests.Serialization;

public sealed class ExtensionDataTests
{
    [Fact]
    public void Deserialize_UnknownTopLevelField_ExposedThroughAdditionalProperties()
    {
        var result = JsonSerializer.Deserialize("""{"msisdn":"1","response":0,"carrier_risk":"high"}""", BindJsonContext.Default.BindScoringResult)!;

        Assert.Equal("high", result.AdditionalProperties!["carrier_risk"].GetString());
    }

    [Fact]
    public void Serialize_AdditionalProperties_WrittenFlatWithoutWrapperName()
    {
        using var extra = JsonDocument.Parse("""{"v":2}""");
        var result = new IpqsPhoneResult
        {
            Success = true,
            AdditionalProperties = new Dictionary<string, JsonElement> { ["brand_new"] = extra.RootElement.Clone() },
        };

        var json = JsonSerializer.Serialize(result, IpqsJsonContext.Default.IpqsPhoneResult);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(2, document.RootElement.GetProperty("brand_new").GetProperty("v").GetInt32());
        Assert.False(document.RootElement.TryGetProperty("AdditionalProperties", out _));
        Assert.False(document.RootElement.TryGetProperty("ExtensionData", out _));
    }

    [Fact]
    public void With_CopiesAdditionalProperties()
    {
        var original = JsonSerializer.Deserialize("""{"msisdn":"1","future":true}""", BindJsonContext.Default.BindScoringResult)!;

        var copy = original with { Msisdn = "2" };

        Assert.True(copy.AdditionalProperties!["future"].GetBoolean());
        Assert.Equal("2", copy.Msisdn);
    }

    [Fact]
    public void Deserialize_NoUnknownFields_AdditionalPropertiesNull()
    {
        var result = JsonSerializer.Deserialize("""{"msisdn":"1","response":0}""", BindJsonContext.Default.BindScoringResult)!;

        Assert.Null(result.AdditionalProperties);
    }
}
