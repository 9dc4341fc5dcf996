using Microsoft.Extensions.Options;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Http;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.DependencyInjection;

/// <summary>
/// Start-up validation of <see cref="NumberIntelOptions"/> (hand-written, so it is AOT-safe): every message names the
/// setting to fix, as its configuration key, and never shows a key's value.
/// </summary>
internal sealed class NumberIntelOptionsValidator : IValidateOptions<NumberIntelOptions>
{
    public ValidateOptionsResult Validate(string? name, NumberIntelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Bind is null || options.Ipqs is null)
        {
            return ValidateOptionsResult.Fail("NumberIntel:Bind and NumberIntel:Ipqs must not be null.");
        }

        if (!options.Bind.HasApiKey && !options.Ipqs.HasApiKey)
        {
            errors.Add(
                "No vendor is configured: set NumberIntel:Bind:ApiKey and/or NumberIntel:Ipqs:ApiKey " +
                "(environment variables NumberIntel__Bind__ApiKey, NumberIntel__Ipqs__ApiKey), or point the client at the emulator with UseEmulator(...).");
        }

        Validate(options.Bind, "NumberIntel:Bind", errors);
        Validate(options.Ipqs, "NumberIntel:Ipqs", errors);

        if (options.Bind.MaxBatchSize is < 1 or > BindOptions.DefaultMaxBatchSize)
        {
            errors.Add($"NumberIntel:Bind:MaxBatchSize must be between 1 and {BindOptions.DefaultMaxBatchSize}; it is {options.Bind.MaxBatchSize}.");
        }

        if (options.Bind.CallbackUrl is { } callback && VendorOptionsValidator.CheckBaseAddress(callback, "NumberIntel:Bind:CallbackUrl") is { } callbackError)
        {
            errors.Add(callbackError);
        }

        if (options.MaxConcurrency is < 1 or > 256)
        {
            errors.Add($"NumberIntel:MaxConcurrency must be between 1 and 256; it is {options.MaxConcurrency}.");
        }

        if (!string.IsNullOrWhiteSpace(options.DefaultRegion) && !PhoneNumberParser.IsSupportedRegion(options.DefaultRegion))
        {
            errors.Add($"NumberIntel:DefaultRegion must be an ISO 3166-1 alpha-2 region such as HR or US; it is '{options.DefaultRegion}'.");
        }

        if (!Enum.IsDefined(options.OfflineValidation))
        {
            errors.Add($"NumberIntel:OfflineValidation must be Valid or Possible; it is '{options.OfflineValidation}'.");
        }

        if (options.Cache is null)
        {
            errors.Add("NumberIntel:Cache must not be null.");
        }
        else
        {
            Duration(errors, "NumberIntel:Cache:BindTimeToLive", options.Cache.BindTimeToLive, TimeSpan.FromSeconds(1), TimeSpan.FromDays(365), allowInfinite: false);
            Duration(errors, "NumberIntel:Cache:IpqsTimeToLive", options.Cache.IpqsTimeToLive, TimeSpan.FromSeconds(1), TimeSpan.FromDays(365), allowInfinite: false);
            if (options.Cache.MemoryCacheSizeLimit < 1)
            {
                errors.Add($"NumberIntel:Cache:MemoryCacheSizeLimit must be at least 1; it is {options.Cache.MemoryCacheSizeLimit}.");
            }
        }

        if (options.Confidence is null)
        {
            errors.Add("NumberIntel:Confidence must not be null.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Validate(NumberIntelVendorOptions vendor, string section, List<string> errors)
    {
        if (VendorOptionsValidator.CheckApiKey(vendor.ApiKey, section + ":ApiKey") is { } keyError)
        {
            errors.Add(keyError);
        }

        if (VendorOptionsValidator.CheckBaseAddress(vendor.BaseAddress, section + ":BaseAddress") is { } addressError)
        {
            errors.Add(addressError);
        }

        if (vendor.MaxResponseBytes < 1024)
        {
            errors.Add($"{section}:MaxResponseBytes must be at least 1024; it is {vendor.MaxResponseBytes}.");
        }

        var r = vendor.Resilience;
        if (r is null)
        {
            errors.Add($"{section}:Resilience must not be null.");
        }
        else
        {
            Range(errors, section + ":Resilience:MaxRetryAttempts", r.MaxRetryAttempts, 0, 20);
            Duration(errors, section + ":Resilience:BaseDelay", r.BaseDelay, TimeSpan.Zero, TimeSpan.FromHours(1), allowInfinite: false);
            Duration(errors, section + ":Resilience:MaxDelay", r.MaxDelay, TimeSpan.Zero, TimeSpan.FromHours(1), allowInfinite: false);
            Duration(errors, section + ":Resilience:AttemptTimeout", r.AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(24), allowInfinite: true);
            Duration(errors, section + ":Resilience:TotalTimeout", r.TotalTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(24), allowInfinite: true);
            if (r.AttemptTimeout != Timeout.InfiniteTimeSpan && r.TotalTimeout != Timeout.InfiniteTimeSpan && r.AttemptTimeout > r.TotalTimeout)
            {
                errors.Add($"{section}:Resilience:AttemptTimeout ({r.AttemptTimeout}) must not exceed {section}:Resilience:TotalTimeout ({r.TotalTimeout}).");
            }

            if (r.CircuitBreakerEnabled)
            {
                if (r.CircuitBreakerFailureRatio is <= 0 or > 1 || double.IsNaN(r.CircuitBreakerFailureRatio))
                {
                    errors.Add($"{section}:Resilience:CircuitBreakerFailureRatio must be greater than 0 and at most 1; it is {r.CircuitBreakerFailureRatio}.");
                }

                Range(errors, section + ":Resilience:CircuitBreakerMinimumThroughput", r.CircuitBreakerMinimumThroughput, 2, int.MaxValue);
                Duration(errors, section + ":Resilience:CircuitBreakerSamplingDuration", r.CircuitBreakerSamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1), allowInfinite: false);
                Duration(errors, section + ":Resilience:CircuitBreakerBreakDuration", r.CircuitBreakerBreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1), allowInfinite: false);
            }

            Range(errors, section + ":Resilience:MaxItemAttempts", r.MaxItemAttempts, 1, 20);
            Duration(errors, section + ":Resilience:ItemBaseDelay", r.ItemBaseDelay, TimeSpan.Zero, TimeSpan.FromHours(1), allowInfinite: false);
        }

        var limit = vendor.RateLimit;
        if (limit is null)
        {
            errors.Add($"{section}:RateLimit must not be null.");
        }
        else if (limit.Enabled)
        {
            if (!(limit.PermitsPerSecond > 0) || double.IsInfinity(limit.PermitsPerSecond))
            {
                errors.Add($"{section}:RateLimit:PermitsPerSecond must be a positive number; it is {limit.PermitsPerSecond}.");
            }

            Range(errors, section + ":RateLimit:BurstSize", limit.BurstSize, 0, int.MaxValue);
            Range(errors, section + ":RateLimit:QueueLimit", limit.QueueLimit, 0, int.MaxValue);
        }
    }

    private static void Range(List<string> errors, string setting, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{setting} must be between {min} and {max}; it is {value}.");
        }
    }

    private static void Duration(List<string> errors, string setting, TimeSpan value, TimeSpan min, TimeSpan max, bool allowInfinite)
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
}
