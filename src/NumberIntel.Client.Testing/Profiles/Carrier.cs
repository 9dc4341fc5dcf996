namespace NumberIntel.Client.Testing.Profiles;

/// <summary>A network as each vendor names it.</summary>
/// <param name="BindName">Bind's <c>current_network_name</c> spelling.</param>
/// <param name="IpqsName">IPQS's <c>carrier</c> spelling.</param>
/// <param name="Mnc">Mobile network code (null for fixed networks).</param>
/// <param name="SmsDomain">The SMS gateway domain IPQS reports, or null.</param>
internal sealed record Carrier(string BindName, string IpqsName, string? Mnc = null, string? SmsDomain = null);
