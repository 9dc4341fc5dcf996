using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Tests.DependencyInjection;

/// <summary>
/// Text that cannot be an API key (placeholders, spaces, control or non-ASCII characters) is refused with a message that
/// names the setting — by DI validation and by the clients' constructors alike — and the text itself is never echoed.
/// </summary>
public sealed class ApiKeyValidationTests
{
    public static TheoryData<string> NotKeys() =>
    [
        "from user secrets or NumberIntel__Bind__ApiKey",
        "your key here",
        "<your-bind-key>",
        "${BIND_API_KEY}",
        "{{bind_key}}",
        "abc...xyz",
        "key-with\nnewline",
        "key\twith-tab",
        "clé-non-ascii",
    ];

    [Theory]
    [MemberData(nameof(NotKeys))]
    public void Validate_BindKeyThatCannotBeAKey_FailsNamingTheSettingNotTheKey(string key)
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(o => o.Bind.ApiKey = key);
        using var sp = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<NumberIntelOptions>>().Value);

        Assert.Contains("NumberIntel:Bind:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Trim(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotKeys))]
    public void Constructor_IpqsKeyThatCannotBeAKey_ThrowsNamingTheSetting(string key)
    {
        using var http = new HttpClient();

        var error = Assert.Throws<ArgumentException>(() => new IpqsClient(http, new IpqsOptions { ApiKey = key }));

        Assert.Contains("NumberIntel:Ipqs:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Trim(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("b1f3c9a0d2e84f67a5b4c3d2e1f0a9b8")]
    [InlineData("  AbC-123_xyz.456  ")]
    [InlineData("sk_live_0123456789")]
    public void Constructor_KeyShapedText_IsAccepted(string key)
    {
        using var http = new HttpClient();

        var client = new BindClient(http, new BindOptions { ApiKey = key });

        Assert.NotNull(client);
    }

    [Fact]
    public void Readme_AppSettingsSample_HoldsNoApiKey()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md"));
        var json = readme[readme.IndexOf("```json\n{\n  \"NumberIntel\"", StringComparison.Ordinal)..];
        json = json[..json.IndexOf("\n```", 8, StringComparison.Ordinal)];

        Assert.DoesNotContain("\"ApiKey\"", json, StringComparison.Ordinal);
    }
}
