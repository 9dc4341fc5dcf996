using System.Collections.ObjectModel;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Assessment;

/// <summary>What the vendors (or the cache) said about one MSISDN, and the verdict built from it; shared by duplicates in a run.</summary>
internal sealed class VendorOutcome
{
    public static readonly ReadOnlyCollection<NumberIntelVendor> None = ReadOnlyCollection<NumberIntelVendor>.Empty;
    public static readonly ReadOnlyCollection<NumberIntelVendor> BindList = new([NumberIntelVendor.Bind]);
    public static readonly ReadOnlyCollection<NumberIntelVendor> IpqsList = new([NumberIntelVendor.Ipqs]);
    public static readonly ReadOnlyCollection<NumberIntelVendor> BothList = new([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs]);

    public required ConfidenceResult Confidence { get; init; }

    public BindScoringResult? Bind { get; init; }

    public IpqsPhoneResult? Ipqs { get; init; }

    public required IReadOnlyList<NumberAssessmentError> Errors { get; init; }

    public required IReadOnlyList<NumberIntelVendor> CacheHits { get; init; }

    public required IReadOnlyList<NumberIntelVendor> Paid { get; init; }

    public static IReadOnlyList<NumberIntelVendor> Vendors(bool bind, bool ipqs) => (bind, ipqs) switch
    {
        (true, true) => BothList,
        (true, false) => BindList,
        (false, true) => IpqsList,
        _ => None,
    };
}

/// <summary>One vendor's part of an assessment.</summary>
/// <typeparam name="T">The vendor's answer type.</typeparam>
internal readonly record struct VendorPart<T>(T? Answer, bool Usable, bool FromCache, bool Paid, NumberAssessmentError? Error)
    where T : class
{
    /// <summary>Whether the vendor was asked (or looked up in the cache) at all.</summary>
    public bool Asked => Answer is not null || Error is not null;
}
