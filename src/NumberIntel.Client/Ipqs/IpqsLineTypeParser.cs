using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Ipqs;

/// <summary>Maps IPQS's open <c>line_type</c> strings onto <see cref="IpqsLineType"/>.</summary>
internal static class IpqsLineTypeParser
{
    private static readonly Mapper Instance = new();

    public static IpqsLineType Parse(string? wire) => Instance.Parse(wire);

    private sealed class Mapper : TolerantEnumConverter<IpqsLineType>
    {
        public Mapper()
            : base(
                IpqsLineType.Unknown,
                ("Wireless", IpqsLineType.Wireless),
                ("Mobile", IpqsLineType.Wireless),
                ("Landline", IpqsLineType.Landline),
                ("Toll Free", IpqsLineType.TollFree),
                ("VOIP", IpqsLineType.Voip),
                ("Pager", IpqsLineType.Pager),
                ("Premium Rate", IpqsLineType.PremiumRate),
                ("Satellite", IpqsLineType.Satellite),
                ("Internet Service Provider", IpqsLineType.InternetServiceProvider))
        {
        }
    }
}
