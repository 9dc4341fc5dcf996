using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client;

/// <summary>
/// All settings of NumberIntel.Client (configuration section <see cref="SectionName"/>), so that
/// <c>NumberIntel__Bind__ApiKey</c>-style environment variables work. A vendor without an API key is not used.
/// </summary>
public sealed class NumberIntelOptions
{
    /// <summary>The configuration section name: <c>NumberIntel</c>.</summary>
    public const string SectionName = "NumberIntel";

    /// <summary>Bind number scoring (<c>NumberIntel:Bind</c>).</summary>
    public BindOptions Bind { get; set; } = new();

    /// <summary>IPQS phone validation (<c>NumberIntel:Ipqs</c>).</summary>
    public IpqsOptions Ipqs { get; set; } = new();
}
