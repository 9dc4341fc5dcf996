using NumberIntel.Client;

namespace NumberIntel.Cli.Progress;

/// <summary>Keeps the latest <see cref="AssessProgress"/> the SDK reported (from any thread).</summary>
internal sealed class ProgressSink : IProgress<AssessProgress>
{
    private AssessProgress? _latest;

    public AssessProgress? Latest => Volatile.Read(ref _latest);

    public void Report(AssessProgress value) => Volatile.Write(ref _latest, value);
}
