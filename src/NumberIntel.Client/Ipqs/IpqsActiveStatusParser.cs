using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Ipqs;

/// <summary>Maps IPQS's <c>active_status</c> strings onto <see cref="IpqsActiveStatus"/>.</summary>
internal static class IpqsActiveStatusParser
{
    private static readonly Mapper Instance = new();

    public static IpqsActiveStatus Parse(string? wire) => Instance.Parse(wire);

    private sealed class Mapper : TolerantEnumConverter<IpqsActiveStatus>
    {
        public Mapper()
            : base(
                IpqsActiveStatus.Unknown,
                ("Active Line", IpqsActiveStatus.Active),
                ("Active Line - High Confidence", IpqsActiveStatus.ActiveHighConfidence),
                ("Active Line - Medium Confidence", IpqsActiveStatus.ActiveMediumConfidence),
                ("Active Line - Low Confidence", IpqsActiveStatus.ActiveLowConfidence),
                ("Disconnected Line", IpqsActiveStatus.Disconnected),
                ("Phone Turned Off", IpqsActiveStatus.TurnedOff),
                ("Inconclusive Status", IpqsActiveStatus.Inconclusive))
        {
        }
    }
}
