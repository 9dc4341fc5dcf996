namespace NumberIntel.Client.Ipqs;

/// <summary>Settings of <see cref="IpqsClient"/> (configuration section <c>NumberIntel:Ipqs</c>).</summary>
public sealed class IpqsOptions : NumberIntelVendorOptions
{
    /// <summary>IPQS's production base address.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://www.ipqualityscore.com/api/");

    /// <inheritdoc />
    public override Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Request settings applied when a call does not pass its own <see cref="IpqsPhoneRequest"/>.</summary>
    public IpqsPhoneRequest? DefaultRequest { get; set; }
}
