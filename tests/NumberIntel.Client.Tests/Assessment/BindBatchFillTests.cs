using NumberIntel.Client.Testing;
using Xunit.Abstractions;

namespace NumberIntel.Client.Tests.Assessment;

/// <summary>Issue 15 goal 5: a bulk run fills Bind batches (at most 1.2 × ⌈distinct / MaxBatchSize⌉ requests).</summary>
public sealed class BindBatchFillTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(VendorStrategy.BindOnly, true, 10)]
    [InlineData(VendorStrategy.BindOnly, false, 10)]
    [InlineData(VendorStrategy.Both, true, 10)]
    [InlineData(VendorStrategy.Both, false, 10)]
    [InlineData(VendorStrategy.Both, true, 100)]
    public async Task AssessManyAsync_ManyDistinctNumbersFromAStallingInput_SendsFullBatches(VendorStrategy vendors, bool ordered, int batchSize)
    {
        // 1,000 distinct numbers through a window of 256 or 928 (the reader blocks on it), an input that stalls every 37 lines
        // (a file's buffer refill) and a few repeats; the cache is off so every distinct number is a Bind lookup.
        await using var h = await FacadeHarness.StartAsync(o =>
        {
            o.Cache.Enabled = false;
            o.Bind.MaxBatchSize = batchSize;
        });
        var distinct = Enumerable.Range(0, 1_000).Select(i => "+38591" + (3_000_000 + (i * 7))).ToArray();
        var inputs = distinct.Concat(distinct.Take(50)).ToArray();

        var results = await h.Client
            .AssessManyAsync(Refilling(inputs), new AssessManyOptions { Vendors = vendors, Ordered = ordered })
            .ToListAsync()
            .WaitAsync(TimeSpan.FromSeconds(60));

        var maxRequests = (int)Math.Ceiling(1.2 * Math.Ceiling(distinct.Length / (double)batchSize));
        output.WriteLine($"{distinct.Length} distinct numbers, MaxBatchSize {batchSize}: {h.Emulator.Bind.Requests} Bind requests (limit {maxRequests})");
        Assert.InRange(h.Emulator.Bind.Requests, 1, maxRequests);
        Assert.Equal(distinct.Length, h.Emulator.Bind.Billed);
        Assert.All(h.Emulator.Bind.BilledByNumber.Values, n => Assert.Equal(1, n));
        if (ordered)
        {
            Assert.Equal(inputs, results.Select(r => r.Input));
        }
        else
        {
            Assert.Equal(inputs.Order(StringComparer.Ordinal), results.Select(r => r.Input).Order(StringComparer.Ordinal));
        }
    }

    private static async IAsyncEnumerable<string> Refilling(string[] inputs)
    {
        for (var i = 0; i < inputs.Length; i++)
        {
            if (i % 37 == 0)
            {
                await Task.Yield(); // MoveNextAsync does not complete synchronously: the reader sees a stall
            }

            yield return inputs[i];
        }
    }
}
