using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace NumberIntel.Client.Http;

/// <summary>
/// The one home of the vendor options rules, for the constructors and for DI (<c>NumberIntelOptionsValidator</c>): the
/// same checks and the same bounds on every path. Each check names the setting as the caller knows it — <c>BindOptions.MaxResponseBytes</c>
/// from a constructor, <c>NumberIntel:Bind:MaxResponseBytes</c> from configuration — and never shows a key.
/// </summary>
internal static class VendorOptionsValidator
{
    /// <summary>The smallest response cap accepted, in bytes.</summary>
    public const long MinResponseBytes = 1024;

    /// <summary>Validates <paramref name="options"/> and copies them into a <see cref="VendorEndpoint"/>.</summary>
    /// <param name="options">The options to check.</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="vendorName">Display name, e.g. <c>Bind</c>.</param>
    /// <param name="configurationSection">The configuration section, e.g. <c>NumberIntel:Bind</c>.</param>
    /// <param name="apiKeyHeader">The header that carries the key.</param>
    /// <param name="vendorChecks">The vendor's own checks (e.g. Bind's batch size), given the options' name and separator; or null.</param>
    /// <returns>The validated endpoint.</returns>
    /// <exception cref="ArgumentException">A setting is missing or not allowed; the message names the option and never contains the key.</exception>
    public static VendorEndpoint Validate(
        NumberIntelVendorOptions options,
        NumberIntelVendor vendor,
        string vendorName,
        string configurationSection,
        string apiKeyHeader,
        Action<string, string, List<string>>? vendorChecks = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var optionsName = options.GetType().Name;
        var keyPath = configurationSection + ":ApiKey";
        var apiKey = ValidateApiKey(options, optionsName, keyPath);
        var errors = new List<string>();
        CollectErrors(options, optionsName, ".", errors, checkApiKey: false);
        vendorChecks?.Invoke(optionsName, ".", errors);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        // A base without a trailing slash would lose its last path segment when resolving relative paths.
        var uri = options.BaseAddress;
        var baseAddress = uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
        return new VendorEndpoint(vendor, vendorName, baseAddress, apiKeyHeader, apiKey, keyPath, options.MaxResponseBytes);
    }

    /// <summary>
    /// Every rule of the settings both vendors share: the key's text, the base address, the response cap, the resilience
    /// and rate-limit settings. Problems are added to <paramref name="errors"/>.
    /// </summary>
    /// <param name="vendor">The vendor's options.</param>
    /// <param name="section">The name of the options, e.g. <c>NumberIntel:Bind</c> or <c>BindOptions</c>.</param>
    /// <param name="separator"><c>:</c> for configuration keys, <c>.</c> for property paths.</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="checkApiKey">Whether to check the key's text (the constructors check it first, on its own).</param>
    public static void CollectErrors(NumberIntelVendorOptions vendor, string section, string separator, List<string> errors, bool checkApiKey = true)
    {
        ArgumentNullException.ThrowIfNull(vendor);
        ArgumentNullException.ThrowIfNull(errors);
        string Name(string setting) => section + separator + setting.Replace(":", separator, StringComparison.Ordinal);

        if (checkApiKey && CheckApiKey(vendor.ApiKey, Name("ApiKey")) is { } keyError)
        {
            errors.Add(keyError);
        }

        if (CheckBaseAddress(vendor.BaseAddress, Name("BaseAddress")) is { } addressError)
        {
            errors.Add(addressError);
        }

        if (vendor.MaxResponseBytes < MinResponseBytes)
        {
            errors.Add($"{Name("MaxResponseBytes")} must be at least {MinResponseBytes}; it is {vendor.MaxResponseBytes}.");
        }

        var r = vendor.Resilience;
        if (r is null)
        {
            errors.Add($"{Name("Resilience")} must not be null.");
        }
        else
        {
            Range(errors, Name("Resilience:MaxRetryAttempts"), r.MaxRetryAttempts, 0, 20);
            Duration(errors, Name("Resilience:BaseDelay"), r.BaseDelay, TimeSpan.Zero, TimeSpan.FromHours(1), allowInfinite: false);
            Duration(errors, Name("Resilience:MaxDelay"), r.MaxDelay, TimeSpan.Zero, TimeSpan.FromHours(1), allowInfinite: false);
            Duration(errors, Name("Resilience:AttemptTimeout"), r.AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(24), allowInfinite: true);
            Duration(errors, Name("Resilience:TotalTimeout"), r.TotalTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(24), allowInfinite: true);
            if (r.AttemptTimeout != Timeout.InfiniteTimeSpan && r.TotalTimeout != Timeout.InfiniteTimeSpan && r.AttemptTimeout > r.TotalTimeout)
            {
                errors.Add($"{Name("Resilience:AttemptTimeout")} ({r.AttemptTimeout}) must not exceed {Name("Resilience:TotalTimeout")} ({r.TotalTimeout}).");
            }

            if (r.CircuitBreakerEnabled)
            {
                if (r.CircuitBreakerFailureRatio is <= 0 or > 1 || double.IsNaN(r.CircuitBreakerFailureRatio))
                {
                    errors.Add($"{Name("Resilience:CircuitBreakerFailureRatio")} must be greater than 0 and at most 1; it is {r.CircuitBreakerFailureRatio}.");
                }

                Range(errors, Name("Resilience:CircuitBreakerMinimumThroughput"), r.CircuitBreakerMinimumThroughput, 2, int.MaxValue);
                Duration(errors, Name("Resilience:CircuitBreakerSamplingDuration"), r.CircuitBreakerSamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1), allowInfinite: false);
                Duration(errors, Name("Resilience:CircuitBreakerBreakDuration"), r.CircuitBreakerBreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1), allowInfinite: false);
            }

            Range(errors, Name("Resilience:MaxItemAttempts"), r.MaxItemAttempts, 1, 20);
            Duration(errors, Name("Resilience:ItemBaseDelay"), r.ItemBaseDelay, TimeSpan.Zero, TimeSpan.FromHours(1), allowInfinite: false);
        }

        var limit = vendor.RateLimit;
        if (limit is null)
        {
            errors.Add($"{Name("RateLimit")} must not be null.");
        }
        else if (limit.Enabled)
        {
            if (!(limit.PermitsPerSecond > 0) || double.IsInfinity(limit.PermitsPerSecond))
            {
                errors.Add($"{Name("RateLimit:PermitsPerSecond")} must be a positive number; it is {limit.PermitsPerSecond}.");
            }

            Range(errors, Name("RateLimit:BurstSize"), limit.BurstSize, 0, int.MaxValue);
            Range(errors, Name("RateLimit:QueueLimit"), limit.QueueLimit, 0, int.MaxValue);
        }
    }

    /// <summary>Adds a problem when <paramref name="value"/> is outside <paramref name="min"/>..<paramref name="max"/>.</summary>
    public static void Range(List<string> errors, string setting, int value, int min, int max)
    {
        if (CheckRange(value, min, max, setting) is { } error)
        {
            errors.Add(error);
        }
    }

    /// <summary>The one message of an integer setting out of its bounds; null when it is within them.</summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The least allowed.</param>
    /// <param name="max">The most allowed.</param>
    /// <param name="setting">The setting's name as the caller knows it.</param>
    /// <returns>The problem, or null.</returns>
    public static string? CheckRange(int value, int min, int max, string setting) =>
        value < min || value > max ? $"{setting} must be between {min} and {max}; it is {value}." : null;

    /// <summary>Adds a problem when <paramref name="value"/> is outside <paramref name="min"/>..<paramref name="max"/>.</summary>
    public static void Duration(List<string> errors, string setting, TimeSpan value, TimeSpan min, TimeSpan max, bool allowInfinite)
    {
        if (allowInfinite && value == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        if (value < min || value > max)
        {
            errors.Add($"{setting} must be between {min} and {max}{(allowInfinite ? " (or -00:00:00.001 for none)" : string.Empty)}; it is {value}.");
        }
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
