using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NumberIntel.Client.Tests.DependencyInjection;

public sealed class ReadmeSampleTests
{
    [Fact]
    public void AddNumberIntel_ReadmeAppSettings_BindsAndValidates()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "DependencyInjection", "appsettings.readme.json"))
            .Build();
        var services = new ServiceCollection();
        services.AddNumberIntel(configuration.GetSection(NumberIntelOptions.SectionName));
        using var sp = services.BuildServiceProvider();

        sp.GetRequiredService<IStartupValidator>().Validate();
        var o = sp.GetRequiredService<IOptions<NumberIntelOptions>>().Value;

        Assert.Equal(1, o.Ipqs.DefaultRequest?.Strictness);
        Assert.Equal(["US", "CA"], o.Ipqs.DefaultRequest?.Countries);
        Assert.Equal(TimeSpan.FromDays(1), o.Cache.BindTimeToLive);
        Assert.Contains("NG", o.Confidence.CappedCountries);
        Assert.Equal("HR", o.DefaultRegion);
    }
}
