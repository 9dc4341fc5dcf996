namespace NumberIntel.Client.Testing.Profiles;

/// <summary>Where IPQS places a number: region, city, postal code, time zone (<c>N/A</c> when unknown).</summary>
internal sealed record Place(string Region, string City, string ZipCode, string Timezone)
{
    /// <summary>Nothing known but the time zone.</summary>
    public static Place Unknown(string timezone) => new("N/A", "N/A", "N/A", timezone);
}
