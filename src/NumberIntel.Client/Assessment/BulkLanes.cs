namespace NumberIntel.Client.Assessment;

/// <summary>What the distinct numbers of a bulk run share: the Bind batcher, the IPQS gate and the output.</summary>
internal sealed class BulkLanes(BindBatcher? batcher, BulkIpqsGate? ipqs, BulkOutput output)
{
    /// <summary>Bind's batcher; null when the plan never asks Bind.</summary>
    public BindBatcher? Batcher { get; } = batcher;

    /// <summary>IPQS's concurrency gate; null when the plan never asks IPQS.</summary>
    public BulkIpqsGate? Ipqs { get; } = ipqs;

    public BulkOutput Output { get; } = output;
}
