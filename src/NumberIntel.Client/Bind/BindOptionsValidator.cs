using NumberIntel.Client.Http;

namespace NumberIntel.Client.Bind;

/// <summary>
/// Bind's own options rules (<see cref="BindOptions.MaxBatchSize"/>, <see cref="BindOptions.CallbackUrl"/>), used by
/// <see cref="BindClient"/>, by <c>NumberIntelClient</c> (which batches with the same size) and by DI, with one set of bounds.
/// </summary>
internal static class BindOptionsValidator
{
    /// <summary>The smallest batch size.</summary>
    public const int MinBatchSize = 1;

    /// <summary>The largest batch size Bind accepts.</summary>
    public const int MaxBatchSize = BindOptions.DefaultMaxBatchSize;

    /// <summary>Adds the problems of Bind's own settings to <paramref name="errors"/>.</summary>
    /// <param name="options">Bind's options.</param>
    /// <param name="section">The name of the options, e.g. <c>NumberIntel:Bind</c> or <c>BindOptions</c>.</param>
    /// <param name="separator"><c>:</c> for configuration keys, <c>.</c> for property paths.</param>
    /// <param name="errors">Where problems go.</param>
    public static void CollectErrors(BindOptions options, string section, string separator, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(errors);
        if (CheckMaxBatchSize(options.MaxBatchSize, section + separator + "MaxBatchSize") is { } batchError)
        {
            errors.Add(batchError);
        }

        if (CheckCallbackUrl(options.CallbackUrl, section + separator + "CallbackUrl") is { } callbackError)
        {
            errors.Add(callbackError);
        }
    }

    /// <summary>The batch size rule: 1 to <see cref="MaxBatchSize"/>. Out of range is rejected, never clamped.</summary>
    /// <param name="value">The configured size.</param>
    /// <param name="setting">The setting's name as the caller knows it.</param>
    /// <returns>The problem, or null.</returns>
    public static string? CheckMaxBatchSize(int value, string setting) =>
        VendorOptionsValidator.CheckRange(value, MinBatchSize, MaxBatchSize, setting);

    /// <summary>
    /// The callback rule: unset, or an absolute https URL (http only on a loopback host) without user information, query
    /// or fragment — the same rule as a base address.
    /// </summary>
    /// <param name="url">The configured URL, or null.</param>
    /// <param name="setting">The setting's name as the caller knows it.</param>
    /// <returns>The problem, or null.</returns>
    public static string? CheckCallbackUrl(Uri? url, string setting) =>
        url is null ? null : VendorOptionsValidator.CheckBaseAddress(url, setting);
}
