namespace NumberIntel.Client.Tests.Telemetry;

/// <summary>Tests that listen to the process-wide ActivitySource and Meter run alone, so other tests' signals do not mix in.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry (process-wide listeners)";
}
