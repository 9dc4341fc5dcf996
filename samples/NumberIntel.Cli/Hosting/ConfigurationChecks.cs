using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace NumberIntel.Cli.Hosting;

/// <summary>
/// Settings checked before the host is built, so that a bad value is a configuration error naming the setting (exit 2)
/// rather than an exception from deep inside a request: API keys are visible ASCII (a CR/LF would split the header, a
/// non-ASCII character cannot be sent), IPQS strictness is 0–2.
/// </summary>
internal static class ConfigurationChecks
{
    public const string IpqsStrictnessSetting = "NumberIntel:Ipqs:DefaultRequest:Strictness";

    /// <summary>Throws <see cref="CliUsageException"/> naming the first bad setting.</summary>
    public static void Check(IConfiguration configuration)
    {
        foreach (var setting in new[] { CliHost.BindKeySetting, CliHost.IpqsKeySetting })
        {
            var key = configuration[setting];
            if (!string.IsNullOrEmpty(key) && key.Trim().Any(static c => c is < '!' or > '~'))
            {
                throw new CliUsageException(
                    $"{setting} contains a line break, a control character, a space or a non-ASCII character: an API key is visible ASCII only (check for a pasted line end).",
                    isConfiguration: true);
            }
        }

        if (configuration[IpqsStrictnessSetting] is { } strictness)
        {
            if (!int.TryParse(strictness, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 2)
            {
                throw new CliUsageException($"{IpqsStrictnessSetting} must be 0, 1 or 2 (IPQS strictness); '{strictness}' is not.", isConfiguration: true);
            }
        }
    }
}
