using System.Diagnostics.Tracing;

namespace NumberIntel.Client.Benchmarks;

/// <summary>
/// <c>--alloc-types ROW [ROW…]</c>: which types a single-assessment row allocates, sampled by the runtime's
/// <c>GCAllocationTick</c> event (one sample per ≈ 100 KB allocated, attributed to the type that crossed the mark) over
/// 40,000 calls. An estimate, for finding where a row's bytes go; <c>--alloc</c> gives the exact totals.
/// </summary>
internal static class AllocationTypes
{
    private const int Warmup = 2_000;
    private const int Calls = 40_000;

    public static async Task RunAsync(IEnumerable<string> rowNames)
    {
        var bench = new SingleAssessBenchmarks();
        bench.Setup();
        try
        {
            foreach (var name in rowNames)
            {
                var method = typeof(SingleAssessBenchmarks).GetMethod(name) ?? throw new ArgumentException($"No row {name}.");
                Func<Task> call = () => (Task)method.Invoke(bench, null)!;
                for (var i = 0; i < Warmup; i++)
                {
                    await call();
                }

                using var listener = new TickListener();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                for (var i = 0; i < Calls; i++)
                {
                    await call();
                }

                var total = GC.GetTotalAllocatedBytes(precise: true) - before;
                listener.Dispose();
                var samples = listener.Counts.Values.Sum();
                Console.WriteLine($"== {name}: {total / (double)Calls:F0} B/call, {samples} samples");
                foreach (var (type, count) in listener.Counts.OrderByDescending(kv => kv.Value).Take(40))
                {
                    Console.WriteLine($"{count * total / (double)samples / Calls,8:F0} B/call  {type}");
                }
            }
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private sealed class TickListener : EventListener
    {
        private readonly object _gate = new();

        public Dictionary<string, long> Counts { get; } = [];

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is null)
            {
                return;
            }

            var index = eventData.PayloadNames.IndexOf("TypeName");
            var type = index >= 0 ? eventData.Payload![index] as string ?? "?" : "?";
            lock (_gate)
            {
                Counts[type] = Counts.GetValueOrDefault(type) + 1;
            }
        }
    }
}
