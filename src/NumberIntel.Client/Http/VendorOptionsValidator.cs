using System.Net;

namespace NumberIntel.Client.Http;

/// <summary>Validates a vendor's options when a client is constructed, so configuration mistakes fail fast and clearly.</summary>
internal static class VendorOptionsValidator
{
    /// <summary>Validates <paramref name="options"/> and copies them into a <see cref="VendorEndpoint"/>.</summary>
    /// <param name="options">The options to check.</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="vendorName">Display name, e.g. <c>Bind</c>.</param>
    /// <param name="configurationSection">The configuration section, e.g. <c>NumberIntel:Bind</c>.</param>
    /// <param name="apiKeyHeader">The header that carries the key.</param>
    /// <returns>The validated endpoint.</returns>
    /// <exception cref="ArgumentException">A setting is missing or not allowed; the message names the option and never contains the key.</exception>
    public static VendorEndpoint Validate(
        NumberIntelVendorOptions options,
        NumberIntelVendor vendor,
        string vendorName,
        string configurationSection,
        string apiKeyHeader)
    {
        ArgumentNullException.ThrowIfNull(options);
        var optionsName = options.GetType().Name;
        var baseAddress = ValidateBaseAddress(options, optionsName);
        var keyPath = configurationSection + ":ApiKey";
        var apiKey = ValidateApiKey(options, optionsName, keyPath);
        if (options.MaxResponseBytes <= 0)
        {
            throw new ArgumentException($"{optionsName}.MaxResponseBytes must be a positive number of bytes.", nameof(options));
        }

        return new VendorEndpoint(vendor, vendorName, baseAddress, apiKeyHeader, apiKey, keyPath, options.MaxResponseBytes);
    }

    /// <summary>Whether <paramref name="uri"/>'s host is a loopback host: <c>localhost</c>, 127.0.0.0/8 or ::1.</summary>
    /// <param name="uri">An absolute URI.</param>
    /// <returns>True for a loopback host.</returns>
    public static bool IsLoopbackHost(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var host = uri.DnsSafeHost;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }

    private static Uri ValidateBaseAddress(NumberIntelVendorOptions options, string optionsName)
    {
        var name = optionsName + ".BaseAddress";
        var uri = options.BaseAddress;
        if (uri is null)
        {
            throw new ArgumentException($"{name} is required.", nameof(options));
        }

        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException($"{name} must be an absolute URI such as https://host/.", nameof(options));
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            // Not echoed: user info is a credential.
            throw new ArgumentException($"{name} must not contain user information; configure the key in the ApiKey option.", nameof(options));
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new ArgumentException($"{name} must not contain a query string or a fragment.", nameof(options));
        }

        var isHttps = uri.Scheme.Equals(Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase);
        var isHttp = uri.Scheme.Equals(Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase);
        if (!isHttps && !(isHttp && IsLoopbackHost(uri)))
        {
            throw new ArgumentException(
                $"{name} must use https (http is allowed only for loopback hosts: 127.0.0.0/8, ::1, localhost); got {uri.Scheme}://{uri.Host}.",
                nameof(options));
        }

        // A base without a trailing slash would lose its last path segment when resolving relative paths.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
    }

    private static string ValidateApiKey(NumberIntelVendorOptions options, string optionsName, string keyPath)
    {
        var environmentVariable = keyPath.Replace(":", "__", StringComparison.Ordinal);
        if (!options.HasApiKey)
        {
            throw new ArgumentException(
                $"{optionsName}.ApiKey is not set. Configure {keyPath} (for example the environment variable {environmentVariable}).",
                nameof(options));
        }

        // Surrounding whitespace (a trailing newline from a secrets file) is removed; the key itself is never echoed.
        var key = options.ApiKey!.Trim();
        foreach (var c in key)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException(
                    $"{optionsName}.ApiKey contains a line break, a control character or a non-ASCII character; check {keyPath}.",
                    nameof(options));
            }
        }

        return key;
    }
}
