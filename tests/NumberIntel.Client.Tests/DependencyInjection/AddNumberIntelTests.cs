using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Tests.DependencyInjection;

public sealed class AddNumberIntelTests
{
    private static IConfigurationSection Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("NumberIntel");

    private static void ValidateStartup(ServiceProvider sp) => sp.GetRequiredService<IStartupValidator>().Validate();

    [Fact]
    public void AddNumberIntel_FromConfiguration_BindsNestedSettings()
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(Section(new()
        {
            ["NumberIntel:Bind:ApiKey"] = "bind-key",
            ["NumberIntel:Bind:BaseAddress"] = "https://bind.example/",
            ["NumberIntel:Bind:MaxBatchSize"] = "50",
            ["NumberIntel:Bind:Resilience:MaxRetryAttempts"] = "5",
            ["NumberIntel:Bind:Resilience:AttemptTimeout"] = "00:00:03",
            ["NumberIntel:Bind:Resilience:MaxItemAttempts"] = "2",
            ["NumberIntel:Bind:RateLimit:PermitsPerSecond"] = "12.5",
            ["NumberIntel:Ipqs:ApiKey"] = "ipqs-key",
            ["NumberIntel:Ipqs:RateLimit:Enabled"] = "false",
            ["NumberIntel:Vendors"] = "Cascade",
            ["NumberIntel:DefaultRegion"] = "HR",
            ["NumberIntel:Cache:BindTimeToLive"] = "02:00:00",
            ["NumberIntel:Confidence:IpqsFraudScoreLow"] = "90",
        }));
        using var sp = services.BuildServiceProvider();

        var o = sp.GetRequiredService<IOptions<NumberIntelOptions>>().Value;

        Assert.Equal("bind-key", o.Bind.ApiKey);
        Assert.Equal(new Uri("https://bind.example/"), o.Bind.BaseAddress);
        Assert.Equal(50, o.Bind.MaxBatchSize);
        Assert.Equal(5, o.Bind.Resilience.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(3), o.Bind.Resilience.AttemptTimeout);
        Assert.Equal(2, o.Bind.Resilience.MaxItemAttempts);
        Assert.Equal(12.5, o.Bind.RateLimit.PermitsPerSecond);
        Assert.False(o.Ipqs.RateLimit.Enabled);
        Assert.Equal(IpqsOptions.DefaultBaseAddress, o.Ipqs.BaseAddress);
        Assert.Equal(VendorStrategy.Cascade, o.Vendors);
        Assert.Equal("HR", o.DefaultRegion);
        Assert.Equal(TimeSpan.FromHours(2), o.Cache.BindTimeToLive);
        Assert.Equal(90, o.Confidence.IpqsFraudScoreLow);
    }

    [Fact]
    public void AddNumberIntel_Configured_ResolvesClientsAndNormalizer()
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(o =>
        {
            o.Bind.ApiKey = "bind-key";
            o.Ipqs.ApiKey = "ipqs-key";
        });
        using var sp = services.BuildServiceProvider();

        Assert.IsType<BindClient>(sp.GetRequiredService<IBindClient>());
        Assert.IsType<IpqsClient>(sp.GetRequiredService<IIpqsClient>());
        Assert.NotNull(sp.GetRequiredService<ConfidenceNormalizer>());
    }

    [Fact]
    public void Validate_NoKeys_FailsNamingBothSettings()
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(_ => { });
        using var sp = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => ValidateStartup(sp));

        Assert.Contains("NumberIntel:Bind:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("NumberIntel:Ipqs:ApiKey", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://bind.example/")]
    [InlineData("ftp://bind.example/")]
    [InlineData("http://10.0.0.5/")]
    public void Validate_NonHttpsRemoteBaseAddress_FailsNamingTheSetting(string address)
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(o =>
        {
            o.Bind.ApiKey = "bind-key";
            o.Bind.BaseAddress = new Uri(address);
        });
        using var sp = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => ValidateStartup(sp));

        Assert.Contains("NumberIntel:Bind:BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.Contains("https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RelativeBaseAddressFromConfiguration_FailsNamingTheSetting()
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(Section(new()
        {
            ["NumberIntel:Ipqs:ApiKey"] = "ipqs-key",
            ["NumberIntel:Ipqs:BaseAddress"] = "/api/",
        }));
        using var sp = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => ValidateStartup(sp));

        Assert.Contains("NumberIntel:Ipqs:BaseAddress", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000/bind/")]
    [InlineData("http://[::1]:5000/")]
    [InlineData("https://number-api.bind.hr/")]
    public void Validate_HttpsOrLoopbackBaseAddress_Passes(string address)
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(o =>
        {
            o.Bind.ApiKey = "bind-key";
            o.Bind.BaseAddress = new Uri(address);
        });
        using var sp = services.BuildServiceProvider();

        ValidateStartup(sp);
    }

    [Theory]
    [InlineData("NumberIntel:Bind:Resilience:MaxRetryAttempts", "-1")]
    [InlineData("NumberIntel:Bind:Resilience:AttemptTimeout", "00:01:00")]
    [InlineData("NumberIntel:Bind:Resilience:CircuitBreakerFailureRatio", "0")]
    [InlineData("NumberIntel:Bind:RateLimit:PermitsPerSecond", "0")]
    [InlineData("NumberIntel:Bind:MaxBatchSize", "101")]
    [InlineData("NumberIntel:MaxConcurrency", "0")]
    [InlineData("NumberIntel:DefaultRegion", "XX")]
    public void Validate_OutOfRangeSetting_FailsNamingIt(string key, string value)
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(Section(new()
        {
            ["NumberIntel:Bind:ApiKey"] = "bind-key",
            [key] = value,
        }));
        using var sp = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => ValidateStartup(sp));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Failure_NeverShowsTheKey()
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(o =>
        {
            o.Bind.ApiKey = "super-secret-bind-key";
            o.Bind.BaseAddress = new Uri("http://bind.example/");
        });
        using var sp = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => ValidateStartup(sp));

        Assert.DoesNotContain("super-secret-bind-key", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NumberIntelOptions_ToString_NeverShowsTheKey()
    {
        var options = new NumberIntelOptions();
        options.Bind.ApiKey = "super-secret-bind-key";

        Assert.DoesNotContain("super-secret-bind-key", options.Bind.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void VendorHttpClient_HasNoHttpClientTimeout_SoThePipelineOwnsTimeouts()
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(o => o.Bind.ApiKey = "bind-key");
        using var sp = services.BuildServiceProvider();

        using var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(NumberIntelHttpClientNames.Bind);

        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
    }
}
