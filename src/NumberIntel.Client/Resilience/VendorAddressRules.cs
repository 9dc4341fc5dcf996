using System.Net;

namespace NumberIntel.Client.Resilience;

/// <summary>The one rule for vendor base addresses: absolute, and <c>https</c> unless the host is loopback.</summary>
internal static class VendorAddressRules
{
    public static bool IsLoopback(Uri address) =>
        address.IsLoopback
        || string.Equals(address.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Returns a message naming <paramref name="setting"/> when <paramref name="address"/> is not allowed; otherwise null.</summary>
    public static string? Check(Uri? address, string setting)
    {
        if (address is null)
        {
            return $"{setting} is required.";
        }

        if (!address.IsAbsoluteUri)
        {
            return $"{setting} must be an absolute address such as https://host/; it is '{address}'.";
        }

        if (address.Scheme == Uri.UriSchemeHttps)
        {
            return null;
        }

        if (address.Scheme == Uri.UriSchemeHttp && IsLoopback(address))
        {
            return null;
        }

        return $"{setting} must use https (plain http is allowed only for loopback addresses such as the emulator); it is '{address.GetLeftPart(UriPartial.Authority)}'.";
    }
}
