using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Tests.Serialization;

/// <summary>
/// The vendor answers are read with the plain object converter: the model is created empty and each property set as it
/// is read. Their public properties are <c>init</c>-only; System.Text.Json's 10.x source generator could only set those
/// through a boxed constructor-argument array (a slower converter, and property defaults lost), so these tests fail if
/// the package is downgraded or a model gains a constructor the generator would pick.
/// </summary>
public sealed class WireModelContractTests
{
    public static TheoryData<string> AnswerModels() =>
    [
        nameof(BindScoringResult), nameof(BindPhone), nameof(BindScoring), nameof(BindSecurity), nameof(BindSocialPresence),
        nameof(BindPlatformPresence), nameof(BindWhatsAppPresence), nameof(IpqsPhoneResult), nameof(IpqsAssociatedEmailAddresses),
        nameof(IpqsTransactionDetails), nameof(IpqsNumberRecycling),
    ];

    [Theory]
    [MemberData(nameof(AnswerModels))]
    public void Contract_AnswerModel_CreatedEmptyThenSetPropertyByProperty(string model)
    {
        var info = Contract(model);

        Assert.NotNull(info.CreateObject);
        var settable = info.Properties.Where(IsReadFromJson).ToList();
        Assert.NotEmpty(settable);
        Assert.All(settable, property => Assert.True(property.Set is not null, $"{model}.{property.Name} has no setter in its contract"));
    }

    /// <summary>A property the JSON sets: it has a setter (<c>init</c>) and is not <c>[JsonIgnore]</c>d (computed and ignored ones are left out).</summary>
    private static bool IsReadFromJson(JsonPropertyInfo property) =>
        property.AttributeProvider is PropertyInfo { SetMethod: not null } clr && !clr.IsDefined(typeof(JsonIgnoreAttribute), inherit: false);

    private static JsonTypeInfo Contract(string model) => model switch
    {
        nameof(BindScoringResult) => BindJsonContext.Default.BindScoringResult,
        nameof(BindPhone) => BindJsonContext.Default.BindPhone,
        nameof(BindScoring) => BindJsonContext.Default.BindScoring,
        nameof(BindSecurity) => BindJsonContext.Default.BindSecurity,
        nameof(BindSocialPresence) => BindJsonContext.Default.BindSocialPresence,
        nameof(BindPlatformPresence) => BindJsonContext.Default.BindPlatformPresence,
        nameof(BindWhatsAppPresence) => BindJsonContext.Default.BindWhatsAppPresence,
        nameof(IpqsPhoneResult) => IpqsJsonContext.Default.IpqsPhoneResult,
        nameof(IpqsAssociatedEmailAddresses) => IpqsJsonContext.Default.IpqsAssociatedEmailAddresses,
        nameof(IpqsTransactionDetails) => IpqsJsonContext.Default.IpqsTransactionDetails,
        nameof(IpqsNumberRecycling) => IpqsJsonContext.Default.IpqsNumberRecycling,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };
}
