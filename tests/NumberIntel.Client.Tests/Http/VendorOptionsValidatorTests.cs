using NumberIntel.Client.Bind;
using NumberIntel.Client.Http;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Tests.Http;

public sealed class VendorOptionsValidatorTests
{
    [Theory]
    [InlineData("http://localhost/", true)]
    [InlineData("http://LOCALHOST:81/", true)]
    [InlineData("http://127.0.0.1/", true)]
    [InlineData("http://127.255.0.9/", true)]
    [InlineData("http://[::1]/", true)]
    [InlineData("http://128.0.0.1/", false)]
    [InlineData("http://localhost.example.com/", false)]
    [InlineData("http://[::2]/", false)]
    [InlineData("http://0.0.0.0/", false)]
    public void IsLoopbackHost_Host_Classified(string uri, bool expected)
    {
        Assert.Equal(expected, VendorOptionsValidator.IsLoopbackHost(new Uri(uri)));
    }

    [Fact]
    public void Validate_KeyWithSurroundingWhitespace_Trimmed()
    {
        var endpoint = VendorOptionsValidator.Validate(new BindOptions { ApiKey = "  abc123\n" }, NumberIntelVendor.Bind, "Bind", "NumberIntel:Bind", "X-API-KEY");

        Assert.Equal("abc123", endpoint.ApiKey);
    }

    [Fact]
    public void Validate_Endpoint_ToStringNeverShowsKey()
    {
        var endpoint = VendorOptionsValidator.Validate(new IpqsOptions { ApiKey = TransportTestSupport.ApiKey }, NumberIntelVendor.Ipqs, "IPQS", "NumberIntel:Ipqs", "IPQS-KEY");

        Assert.DoesNotContain(TransportTestSupport.ApiKey, endpoint.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BaseAddressWithQuery_Throws()
    {
        Assert.Throws<ArgumentException>(() => VendorOptionsValidator.Validate(
            new BindOptions { ApiKey = "k", BaseAddress = new Uri("https://h/?a=1") }, NumberIntelVendor.Bind, "Bind", "NumberIntel:Bind", "X-API-KEY"));
    }

    [Fact]
    public void Validate_MissingKey_MessageNamesEnvironmentVariable()
    {
        var ex = Assert.Throws<ArgumentException>(() => VendorOptionsValidator.Validate(
            new IpqsOptions(), NumberIntelVendor.Ipqs, "IPQS", "NumberIntel:Ipqs", "IPQS-KEY"));

        Assert.Contains("NumberIntel__Ipqs__ApiKey", ex.Message, StringComparison.Ordinal);
        Assert.Contains("IpqsOptions.ApiKey", ex.Message, StringComparison.Ordinal);
    }
}
