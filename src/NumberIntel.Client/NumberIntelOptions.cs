using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client;

/// <summary>
/// All settings of NumberIntel.Client (configuration section <see cref="SectionName"/>), so that
/// <c>NumberIntel__Bind__ApiKey</c>-style environment variables work. A vendor without an API key is not used.
/// </summary>
public sealed class NumberIntelOptions
{
    /// <summary>The configuration section name: <c>NumberIntel</c>.</summary>
    public const string SectionName = "NumberIntel";

    /// <summary>Bind number scoring (<c>NumberIntel:Bind</c>).</summary>
    public BindOptions Bind { get; set; } = new();

    /// <summary>IPQS phone validation (<c>NumberIntel:Ipqs</c>).</summary>
    public IpqsOptions Ipqs { get; set; } = new();

    /// <summary>The confidence policy: carrier lists, overrides, country caps, disposable prefixes, IPQS thresholds (<c>NumberIntel:Confidence</c>).</summary>
    public ConfidencePolicy Confidence { get; set; } = ConfidencePolicy.Default;

    /// <summary>Which vendors an assessment asks. Default <see cref="VendorStrategy.Both"/>.</summary>
    public VendorStrategy Vendors { get; set; } = VendorStrategy.Both;

    /// <summary>The vendor asked first under <see cref="VendorStrategy.Cascade"/>. Default <see cref="NumberIntelVendor.Bind"/> (batched, so cheaper in bulk).</summary>
    public NumberIntelVendor CascadeFirst { get; set; } = NumberIntelVendor.Bind;

    /// <summary>Whether a vendor that still fails after retries degrades the assessment or throws. Default <see cref="FailureMode.Degrade"/>.</summary>
    public FailureMode FailureMode { get; set; } = FailureMode.Degrade;

    /// <summary>ISO 3166-1 alpha-2 region used to place national-format input; null to accept international input only.</summary>
    public string? DefaultRegion { get; set; }

    /// <summary>
    /// How strict the offline format step is before a paid lookup (<c>NumberIntel:OfflineValidation</c>).
    /// <see cref="OfflineValidationMode.Valid"/> (the default) sends only numbers in an allocated range to the vendors;
    /// <see cref="OfflineValidationMode.Possible"/> checks lengths only, for lists with ranges allocated after the bundled
    /// libphonenumber metadata, at the price of paying for well-formed typos. <c>AddNumberIntel</c> builds the
    /// <see cref="ConfidenceNormalizer"/> with it; a hand-built <see cref="NumberIntelClient"/> requires its normalizer to
    /// have the same mode.
    /// </summary>
    /// <value>The default value is <see cref="OfflineValidationMode.Valid"/>.</value>
    public OfflineValidationMode OfflineValidation { get; set; } = OfflineValidationMode.Valid;

    /// <summary>How many vendor calls a bulk run keeps in flight at once. Default 4.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Whether logs and traces may show full MSISDNs. Default false: they show <c>385911****67</c>.</summary>
    public bool LogFullNumbers { get; set; }

    /// <summary>The result cache (<c>NumberIntel:Cache</c>).</summary>
    public NumberIntelCacheOptions Cache { get; set; } = new();
}
