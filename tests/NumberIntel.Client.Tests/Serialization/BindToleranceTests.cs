using System.Text.Json;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Serialization;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Serialization;

public sealed class BindToleranceTests
{
    private static IReadOnlyList<BindScoringResult> Items() =>
        JsonSerializer.Deserialize(Fixture.Read("Bind/number-scoring-tolerance.json"), BindJsonContext.Default.BindScoringResponse)!.Items;

    [Fact]
    public void Deserialize_ResponseAsString_ReadAsCode()
    {
        Assert.Equal(BindResponseCode.Success, Items()[0].Response);
    }

    [Fact]
    public void Deserialize_ResponseNotANumber_Unknown()
    {
        Assert.Equal(BindResponseCode.Unknown, Items()[2].Response);
    }

    [Fact]
    public void Deserialize_ResponseFieldMissing_UnknownNotSuccess()
    {
        // An item without "response" must not read as code 0 (success): it keeps the model's default, Unknown.
        Assert.Equal(BindResponseCode.Unknown, Items()[3].Response);
    }

    [Fact]
    public void Deserialize_UnparseableOrNullDate_Null()
    {
        Assert.Null(Items()[0].Date);
        Assert.Null(Items()[1].Date);
    }

    [Fact]
    public void Deserialize_PhoneDatesNaOrInvalid_Null()
    {
        var phone = Items()[0].Phone!;

        Assert.Null(phone.FirstPorted);
        Assert.Null(phone.FirstSeen);
        Assert.Null(phone.LastPorted);
    }

    [Fact]
    public void Deserialize_PhoneStringsNaEmptyOrNull_NullAndNumberBecomesText()
    {
        var phone = Items()[0].Phone!;

        Assert.Equal("385", phone.CountryCallingCode);
        Assert.Null(phone.CountryName);
        Assert.Null(phone.CurrentNetworkName);
        Assert.Null(phone.CurrentNetworkMobileCode);
        Assert.Null(phone.InitialNetworkName);
        Assert.Null(phone.PortedTimes);
        Assert.Equal("219", phone.MobileCountryCode);
    }

    [Fact]
    public void Deserialize_UnknownPhoneType_Unknown()
    {
        Assert.Equal(BindPhoneType.Unknown, Items()[0].Phone!.Type);
    }

    [Fact]
    public void Deserialize_UnknownCredibility_Unknown()
    {
        Assert.Equal(Credibility.Unknown, Items()[0].Scoring!.Credibility);
    }

    [Fact]
    public void Deserialize_UnknownFields_KeptInAdditionalProperties()
    {
        var item = Items()[0];

        Assert.Equal("Baikonur", item.Phone!.AdditionalProperties!["launch_site"].GetString());
        Assert.Equal(7, item.Scoring!.AdditionalProperties!["model_version"].GetInt32());
        Assert.Equal(JsonValueKind.Array, item.AdditionalProperties!["risk_flags"].ValueKind);
        Assert.True(item.SocialPresence!.AdditionalProperties!.ContainsKey("myspace"));
    }

    [Fact]
    public void Deserialize_SecurityNulls_Null()
    {
        var security = Items()[0].Security!;

        Assert.Null(security.DataBreachesCount);
        Assert.Null(security.DataBreachesFirstBreach);
        Assert.Null(security.DataBreachesLastBreach);
        Assert.Null(security.IsDisposable);
    }

    [Fact]
    public void Deserialize_SocialPresenceOddValues_NullWhereUnreadable()
    {
        var social = Items()[0].SocialPresence!;

        Assert.Null(social.Amazon);
        Assert.Null(social.Apple);
        Assert.Null(social.Facebook!.Has);
        Assert.Null(social.Instagram!.Has);
        Assert.True(social.WhatsApp!.Has);
        Assert.Null(social.WhatsApp.IsBusiness);
        Assert.True(social.X!.Has);
    }

    [Fact]
    public void Deserialize_ObjectsSentAsStringsNullOrArray_Null()
    {
        var item = Items()[1];

        Assert.Equal(BindResponseCode.NotResolved, item.Response);
        Assert.Null(item.Phone);
        Assert.Null(item.Scoring);
        Assert.Null(item.Security);
        Assert.Null(item.SocialPresence);
    }

    [Fact]
    public void Deserialize_RootObjectInsteadOfArray_ThrowsJsonException()
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("""{"msisdn":"1"}""", BindJsonContext.Default.BindScoringResponse));
    }
}
