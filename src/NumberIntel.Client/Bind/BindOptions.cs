namespace NumberIntel.Client.Bind;

/// <summary>Settings of <see cref="BindClient"/> (configuration section <c>NumberIntel:Bind</c>).</summary>
public sealed class BindOptions : NumberIntelVendorOptions
{
    /// <summary>Bind's production base address.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://number-api.bind.hr/");

    /// <summary>The default and largest number of MSISDNs sent in one request.</summary>
    public const int DefaultMaxBatchSize = 100;

    /// <inheritdoc />
    public override Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>MSISDNs per request; larger inputs are split into several requests. Default 100.</summary>
    public int MaxBatchSize { get; set; } = DefaultMaxBatchSize;

    /// <summary>Optional <c>callback_url</c> sent with every request.</summary>
    public Uri? CallbackUrl { get; set; }
}
