using NumberIntel.Client.Bind;
using NumberIntel.Client.Http;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Assessment;

/// <summary>
/// The one validation of <see cref="NumberIntelOptions"/>: DI's start-up validation (<c>NumberIntelOptionsValidator</c>)
/// and <see cref="NumberIntelClient"/>'s constructor both run it, so the bounds cannot disagree. Vendor sections are
/// checked by <see cref="VendorOptionsValidator"/> and <see cref="BindOptionsValidator"/>, which the vendor clients'
/// constructors run too. Each message names the setting as the caller knows it and never shows a key.
/// </summary>
internal static class NumberIntelOptionsRules
{
    /// <summary>The least <see cref="NumberIntelOptions.MaxConcurrency"/> (and <see cref="AssessManyOptions.MaxConcurrency"/>).</summary>
    public const int MinConcurrency = 1;

    /// <summary>The most <see cref="NumberIntelOptions.MaxConcurrency"/> (and <see cref="AssessManyOptions.MaxConcurrency"/>).</summary>
    public const int MaxConcurrency = 256;

    /// <summary>
    /// Everything DI checks at start-up: at least one vendor key, each vendor section, and the facade's own settings.
    /// Settings are named as configuration keys (<c>NumberIntel:Bind:MaxBatchSize</c>).
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>The problems; empty when the options are valid.</returns>
    public static List<string> ForConfiguration(NumberIntelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Bind is null || options.Ipqs is null)
        {
            errors.Add("NumberIntel:Bind and NumberIntel:Ipqs must not be null.");
            return errors;
        }

        if (!options.Bind.HasApiKey && !options.Ipqs.HasApiKey)
        {
            errors.Add(
                "No vendor is configured: set NumberIntel:Bind:ApiKey and/or NumberIntel:Ipqs:ApiKey " +
                "(environment variables NumberIntel__Bind__ApiKey, NumberIntel__Ipqs__ApiKey), or point the client at the emulator with UseEmulator(...).");
        }

        VendorOptionsValidator.CollectErrors(options.Bind, "NumberIntel:Bind", ":", errors);
        VendorOptionsValidator.CollectErrors(options.Ipqs, "NumberIntel:Ipqs", ":", errors);
        if (options.Ipqs.DefaultRequest is { } defaults && IpqsRequestValidator.Check(defaults, "NumberIntel:Ipqs:DefaultRequest", ":", out _) is { } requestError)
        {
            errors.Add(requestError);
        }

        CollectFacadeErrors(options, NumberIntelOptions.SectionName, ":", errors);
        return errors;
    }

    /// <summary>
    /// The facade's own settings (concurrency, Bind's batch size as the bulk batcher uses it, region, offline validation,
    /// strategy, failure mode, cache, confidence policy); the vendor clients check their own sections.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <param name="section"><c>NumberIntel</c> for configuration keys, <c>NumberIntelOptions</c> for property paths.</param>
    /// <param name="separator"><c>:</c> or <c>.</c>.</param>
    /// <param name="errors">Where problems go.</param>
    public static void CollectFacadeErrors(NumberIntelOptions options, string section, string separator, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(errors);
        string Name(string setting) => section + separator + setting.Replace(":", separator, StringComparison.Ordinal);

        if (options.Bind is not null)
        {
            BindOptionsValidator.CollectErrors(options.Bind, Name("Bind"), separator, errors);
        }

        if (CheckConcurrency(options.MaxConcurrency, Name("MaxConcurrency")) is { } concurrencyError)
        {
            errors.Add(concurrencyError);
        }

        if (!string.IsNullOrWhiteSpace(options.DefaultRegion) && !PhoneNumberParser.IsSupportedRegion(options.DefaultRegion))
        {
            errors.Add($"{Name("DefaultRegion")} must be an ISO 3166-1 alpha-2 region such as HR or US; it is '{options.DefaultRegion}'.");
        }

        if (!Enum.IsDefined(options.OfflineValidation))
        {
            errors.Add($"{Name("OfflineValidation")} must be Valid or Possible; it is '{options.OfflineValidation}'.");
        }

        if (!Enum.IsDefined(options.Vendors))
        {
            errors.Add($"{Name("Vendors")} must be one of {string.Join(", ", Enum.GetNames<VendorStrategy>())}; it is '{options.Vendors}'.");
        }

        if (!Enum.IsDefined(options.FailureMode))
        {
            errors.Add($"{Name("FailureMode")} must be Degrade or Throw; it is '{options.FailureMode}'.");
        }

        if (options.Cache is null)
        {
            errors.Add($"{Name("Cache")} must not be null.");
        }
        else
        {
            VendorOptionsValidator.Duration(errors, Name("Cache:BindTimeToLive"), options.Cache.BindTimeToLive, TimeSpan.FromSeconds(1), TimeSpan.FromDays(365), allowInfinite: false);
            VendorOptionsValidator.Duration(errors, Name("Cache:IpqsTimeToLive"), options.Cache.IpqsTimeToLive, TimeSpan.FromSeconds(1), TimeSpan.FromDays(365), allowInfinite: false);
            if (options.Cache.MemoryCacheSizeLimit < 1)
            {
                errors.Add($"{Name("Cache:MemoryCacheSizeLimit")} must be at least 1; it is {options.Cache.MemoryCacheSizeLimit}.");
            }
        }

        if (options.Confidence is null)
        {
            errors.Add($"{Name("Confidence")} must not be null.");
        }
    }

    /// <summary>The concurrency rule, for the options and for a bulk run's <see cref="AssessManyOptions.MaxConcurrency"/>.</summary>
    /// <param name="value">The configured concurrency.</param>
    /// <param name="setting">The setting's name as the caller knows it.</param>
    /// <returns>The problem, or null.</returns>
    public static string? CheckConcurrency(int value, string setting) =>
        VendorOptionsValidator.CheckRange(value, MinConcurrency, MaxConcurrency, setting);
}
