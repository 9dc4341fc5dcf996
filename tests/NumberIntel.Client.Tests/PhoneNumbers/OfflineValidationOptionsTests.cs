using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Tests.Assessment;

namespace NumberIntel.Client.Tests.PhoneNumbers;

/// <summary><c>NumberIntel:OfflineValidation</c>: bound from configuration, validated, and the one mode the facade and the normalizer share.</summary>
public sealed class OfflineValidationOptionsTests
{
    private static ServiceProvider Build(string? mode)
    {
        var values = new Dictionary<string, string?> { ["NumberIntel:Bind:ApiKey"] = "bind-key" };
        if (mode is not null)
        {
            values["NumberIntel:OfflineValidation"] = mode;
        }

        var services = new ServiceCollection();
        services.AddNumberIntel(new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("NumberIntel"));
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddNumberIntel_NoSetting_DefaultsToValid()
    {
        using var sp = Build(null);

        Assert.Equal(OfflineValidationMode.Valid, sp.GetRequiredService<IOptions<NumberIntelOptions>>().Value.OfflineValidation);
        Assert.Equal(OfflineValidationMode.Valid, sp.GetRequiredService<ConfidenceNormalizer>().OfflineValidation);
    }

    [Fact]
    public void AddNumberIntel_PossibleFromConfiguration_ReachesTheNormalizer()
    {
        using var sp = Build("Possible");

        Assert.Equal(OfflineValidationMode.Possible, sp.GetRequiredService<ConfidenceNormalizer>().OfflineValidation);
    }

    [Fact]
    public void Validate_UndefinedMode_FailsNamingTheSetting()
    {
        using var sp = Build("7");

        var error = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("NumberIntel:OfflineValidation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NormalizerWithAnotherMode_Throws()
    {
        var options = new NumberIntelOptions { Bind = { ApiKey = "bind-key" }, OfflineValidation = OfflineValidationMode.Possible };

        var error = Assert.Throws<ArgumentException>(() => new NumberIntelClient(new FakeBindClient(), null, new ConfidenceNormalizer(), options));

        Assert.Contains("OfflineValidation", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OfflineValidationMode.Valid, false)]
    [InlineData(OfflineValidationMode.Possible, true)]
    public void PassesOfflineValidation_PossibleButNotAllocated_DependsOnTheMode(OfflineValidationMode mode, bool expected)
    {
        var number = PhoneNumberParser.Parse("+1 212 055 0123");

        Assert.Equal(expected, number.PassesOfflineValidation(mode));
    }

    [Theory]
    [InlineData(OfflineValidationMode.Valid)]
    [InlineData(OfflineValidationMode.Possible)]
    public void PassesOfflineValidation_NotPossible_NeverPasses(OfflineValidationMode mode)
    {
        Assert.False(PhoneNumberParser.Parse("+1 212 055").PassesOfflineValidation(mode));
    }
}
