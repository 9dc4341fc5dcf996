using System.Diagnostics.CodeAnalysis;
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
        var uri = options.BaseAddress;
        if (CheckBaseAddress(uri, optionsName + ".BaseAddress") is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        // A base without a trailing slash would lose its last path segment when resolving relative paths.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
    }

    /// <summary>
    /// The one rule for vendor base addresses: absolute, no user info, query or fragment, and https unless the host is
    /// loopback. Returns a message naming <paramref name="name"/> when <paramref name="uri"/> breaks it; otherwise null.
    /// </summary>
    /// <param name="uri">The address to check.</param>
    /// <param name="name">The setting's name as the user knows it, e.g. <c>NumberIntel:Bind:BaseAddress</c>.</param>
    /// <returns>The problem, or null.</returns>
    public static string? CheckBaseAddress([NotNullWhen(false)] Uri? uri, string name)
    {
        if (uri is null)
        {
            return $"{name} is required.";
        }

        if (!uri.IsAbsoluteUri)
        {
            return $"{name} must be an absolute URI such as https://host/.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            // Not echoed: user info is a credential.
            return $"{name} must not contain user information; configure the key in the ApiKey option.";
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return $"{name} must not contain a query string or a fragment.";
        }

        var isHttps = uri.Scheme.Equals(Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase);
        var isHttp = uri.Scheme.Equals(Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase);
        if (!isHttps && !(isHttp && IsLoopbackHost(uri)))
        {
            return $"{name} must use https (http is allowed only for loopback hosts: 127.0.0.0/8, ::1, localhost); got {uri.Scheme}://{uri.Host}.";
        }

        return null;
    }

    /// <summary>
    /// The one check of an API key's text, for the constructors and for DI: a key is one word of printable ASCII. Text
    /// with a line break, a control or non-ASCII character, inner spaces, or the look of a placeholder
    /// (<c>&lt;your key&gt;</c>, <c>${BIND_KEY}</c>, <c>{{key}}</c>, <c>...</c>) is refused, so that a copied sample value is never
    /// sent to a vendor as a key. Surrounding whitespace is ignored. The message names the setting, never the key.
    /// </summary>
    /// <param name="apiKey">The configured key (null or empty is "not set", checked elsewhere).</param>
    /// <param name="keyPath">The setting, e.g. <c>NumberIntel:Bind:ApiKey</c>.</param>
    /// <returns>The error, or null when the key is acceptable or not set.</returns>
    public static string? CheckApiKey(string? apiKey, string keyPath)
    {
        var key = apiKey.AsSpan().Trim();
        if (key.IsEmpty)
        {
            return null;
        }

        foreach (var c in key)
        {
            if (c is < ' ' or > '~')
            {
                return $"{keyPath} contains a line break, a control character or a non-ASCII character; an API key is one word of printable ASCII.";
            }
        }

        if (key.Contains(' '))
        {
            return $"{keyPath} contains spaces; it looks like placeholder text, not an API key. Set the key from user secrets or an environment variable.";
        }

        if ((key[0] == '<' && key[^1] == '>') || key.StartsWith("${", StringComparison.Ordinal) || key.StartsWith("{{", StringComparison.Ordinal)
            || key.Contains("...", StringComparison.Ordinal))
        {
            return $"{keyPath} looks like a placeholder, not an API key. Set the key from user secrets or an environment variable.";
        }

        return null;
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
        if (CheckApiKey(key, keyPath) is { } error)
        {
            throw new ArgumentException(error, nameof(options));
        }

        return key;
    }
}
