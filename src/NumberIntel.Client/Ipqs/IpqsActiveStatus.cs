namespace NumberIntel.Client.Ipqs;

/// <summary>IPQS <c>active_status</c> mapped to a closed set.</summary>
public enum IpqsActiveStatus
{
    /// <summary><c>N/A</c>, missing, or a value this SDK does not know yet.</summary>
    Unknown = 0,

    /// <summary><c>Active Line</c> with no confidence given.</summary>
    Active,

    /// <summary><c>Active Line - High Confidence</c>.</summary>
    ActiveHighConfidence,

    /// <summary><c>Active Line - Medium Confidence</c>.</summary>
    ActiveMediumConfidence,

    /// <summary><c>Active Line - Low Confidence</c>.</summary>
    ActiveLowConfidence,

    /// <summary><c>Disconnected Line</c>.</summary>
    Disconnected,

    /// <summary><c>Phone Turned Off</c>.</summary>
    TurnedOff,

    /// <summary><c>Inconclusive Status</c>.</summary>
    Inconclusive,
}
