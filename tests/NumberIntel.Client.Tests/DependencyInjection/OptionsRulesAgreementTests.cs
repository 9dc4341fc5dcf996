using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Tests.Assessment;

namespace NumberIntel.Client.Tests.DependencyInjection;

/// <summary>
/// One options validation for the constructors and DI (issue 14): the three settings whose copies used to disagree are
/// now accepted and rejected alike on every path, with a message naming the setting.
/// </summary>
public sealed class OptionsRulesAgreementTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(256, true)]
    [InlineData(257, false)]
    public void MaxConcurrency_SameBoundOnEveryPath(int value, bool valid)
    {
        var ctor = Record.Exception(() => new NumberIntelClient(new FakeBindClient(), null, new ConfidenceNormalizer(), new NumberIntelOptions { MaxConcurrency = value }));
        var di = Record.Exception(() => ValidateThroughDi(o => o.MaxConcurrency = value));
        var client = new NumberIntelClient(new FakeBindClient(), null, new ConfidenceNormalizer(), new NumberIntelOptions());
        var run = Record.Exception(() => client.AssessManyAsync(["+385911234567"], new AssessManyOptions { MaxConcurrency = value }));

        Assert.Equal(valid, ctor is null);
        Assert.Equal(valid, di is null);
        Assert.Equal(valid, run is null);
        if (!valid)
        {
            Assert.Contains("NumberIntelOptions.MaxConcurrency", ctor!.Message, StringComparison.Ordinal);
            Assert.Contains("NumberIntel:MaxConcurrency", di!.Message, StringComparison.Ordinal);
            Assert.Contains("AssessManyOptions.MaxConcurrency", run!.Message, StringComparison.Ordinal);
            Assert.IsType<ArgumentOutOfRangeException>(run);
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void MaxBatchSize_RejectedNotClampedOnEveryPath(int value, bool valid)
    {
        using var http = new HttpClient();
        var bindClient = Record.Exception(() => new BindClient(http, new BindOptions { ApiKey = "bind-key", MaxBatchSize = value }));
        var options = new NumberIntelOptions();
        options.Bind.MaxBatchSize = value;
        var facade = Record.Exception(() => new NumberIntelClient(new FakeBindClient(), null, new ConfidenceNormalizer(), options));
        var di = Record.Exception(() => ValidateThroughDi(o => o.Bind.MaxBatchSize = value));

        Assert.Equal(valid, bindClient is null);
        Assert.Equal(valid, facade is null);
        Assert.Equal(valid, di is null);
        if (!valid)
        {
            Assert.Contains("BindOptions.MaxBatchSize", bindClient!.Message, StringComparison.Ordinal);
            Assert.Contains("NumberIntelOptions.Bind.MaxBatchSize", facade!.Message, StringComparison.Ordinal);
            Assert.Contains("NumberIntel:Bind:MaxBatchSize", di!.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://hooks.example.com/bind/callback/t0ken", true)]
    [InlineData("http://127.0.0.1:5000/bind/callback", true)]
    [InlineData("http://hooks.example.com/bind/callback", false)]
    [InlineData("https://hooks.example.com/bind?token=x", false)]
    [InlineData("ftp://hooks.example.com/bind", false)]
    public void CallbackUrl_SameRuleOnEveryPath(string url, bool valid)
    {
        using var http = new HttpClient();
        var bindClient = Record.Exception(() => new BindClient(http, new BindOptions { ApiKey = "bind-key", CallbackUrl = new Uri(url) }));
        var di = Record.Exception(() => ValidateThroughDi(o => o.Bind.CallbackUrl = new Uri(url)));

        Assert.Equal(valid, bindClient is null);
        Assert.Equal(valid, di is null);
        if (!valid)
        {
            Assert.Contains("BindOptions.CallbackUrl", bindClient!.Message, StringComparison.Ordinal);
            Assert.Contains("NumberIntel:Bind:CallbackUrl", di!.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MaxResponseBytes_SameBoundInConstructorAndDi()
    {
        using var http = new HttpClient();
        var bindClient = Record.Exception(() => new BindClient(http, new BindOptions { ApiKey = "bind-key", MaxResponseBytes = 1023 }));
        var di = Record.Exception(() => ValidateThroughDi(o => o.Bind.MaxResponseBytes = 1023));

        Assert.Contains("BindOptions.MaxResponseBytes must be at least 1024", bindClient!.Message, StringComparison.Ordinal);
        Assert.Contains("NumberIntel:Bind:MaxResponseBytes must be at least 1024", di!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IpqsDefaultRequest_SameRuleInConstructorAndDi()
    {
        using var http = new HttpClient();
        var invalid = new IpqsPhoneRequest { Strictness = IpqsPhoneRequest.MaxStrictness + 1 };
        var ipqsClient = Record.Exception(() => new IpqsClient(http, new IpqsOptions { ApiKey = "ipqs-key", DefaultRequest = invalid }));
        var di = Record.Exception(() => ValidateThroughDi(o => o.Ipqs.DefaultRequest = invalid));

        Assert.IsType<ArgumentOutOfRangeException>(ipqsClient);
        Assert.Contains("IpqsPhoneRequest.Strictness must be between", ipqsClient.Message, StringComparison.Ordinal);
        Assert.Contains("NumberIntel:Ipqs:DefaultRequest:Strictness must be between", di!.Message, StringComparison.Ordinal);
    }

    private static void ValidateThroughDi(Action<NumberIntelOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(o =>
        {
            o.Bind.ApiKey = "bind-key";
            configure(o);
        });
        using var sp = services.BuildServiceProvider();
        _ = sp.GetRequiredService<IOptions<NumberIntelOptions>>().Value;
    }
}
