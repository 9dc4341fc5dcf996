using System.Net;
using System.Runtime.CompilerServices;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Testing;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Assessment;

/// <summary>Bulk runs through the DI-built facade and the emulator.</summary>
public sealed class AssessManyTests : IAsyncLifetime
{
    private static readonly string[] ThreeWays = ["+385 91 555 0101", "00385915550101", "385-91-555-0101"];

    private FacadeHarness _h = null!;

    public async Task InitializeAsync() => _h = await FacadeHarness.StartAsync(o => o.Cache.Enabled = false);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task AssessManyAsync_SameNumberTypedThreeWays_IsPaidOncePerVendorAndAnsweredThreeTimes()
    {
        var results = await _h.Client.AssessManyAsync(ThreeWays).ToListAsync();

        Assert.Equal(ThreeWays, results.Select(r => r.Input));
        Assert.Equal([0L, 1L, 2L], results.Select(r => r.Index));
        Assert.All(results, r =>
        {
            Assert.Equal("385915550101", r.Msisdn);
            Assert.Equal(ConfidenceLabel.Verified, r.Label);
            Assert.NotNull(r.Bind);
            Assert.NotNull(r.Ipqs);
        });
        Assert.Equal(1, _h.Emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal(1, _h.Emulator.Ipqs.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Null(results[0].DuplicateOf);
        Assert.Equal(2, results[0].PaidLookups.Count);
        Assert.All(results.Skip(1), r =>
        {
            Assert.Equal(0L, r.DuplicateOf);
            Assert.Empty(r.PaidLookups);
        });
    }

    [Fact]
    public async Task AssessManyAsync_SameNumberAcrossRunsWithTheCache_IsPaidOncePerVendor()
    {
        await using var h = await FacadeHarness.StartAsync();

        await h.Client.AssessManyAsync(ThreeWays).ToListAsync();
        var second = await h.Client.AssessManyAsync(ThreeWays).ToListAsync();

        Assert.Equal(1, h.Emulator.Bind.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal(1, h.Emulator.Ipqs.BilledCount(MagicNumbers.HrVerifiedMobile));
        Assert.Equal([NumberIntelVendor.Bind, NumberIntelVendor.Ipqs], second[0].CacheHits);
        Assert.All(second, r => Assert.Equal(ConfidenceLabel.Verified, r.Label));
    }

    [Fact]
    public async Task AssessManyAsync_Garbage_IsAnsweredInvalidAndNeverSent()
    {
        string[] garbage = ["", "abc", "12", "   ", "+", "call me", "0911234567"];

        var results = await _h.Client.AssessManyAsync(garbage).ToListAsync();

        Assert.Equal(garbage, results.Select(r => r.Input));
        Assert.All(results, r => Assert.Equal(ConfidenceLabel.Invalid, r.Label));
        Assert.Equal(0, _h.Emulator.Bind.Requests);
        Assert.Equal(0, _h.Emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task AssessManyAsync_NullItem_IsAnsweredInvalidWithEmptyInput()
    {
        var results = await _h.Client.AssessManyAsync([null!, MagicNumbers.HrVerifiedMobile]).ToListAsync();

        Assert.Equal(string.Empty, results[0].Input);
        Assert.Equal(ConfidenceLabel.Invalid, results[0].Label);
        Assert.Equal(ConfidenceLabel.Verified, results[1].Label);
    }

    [Fact]
    public async Task AssessManyAsync_TenThousandMixedInputs_YieldsOneAssessmentPerInputInOrder()
    {
        var inputs = Mixed(10_000);
        var progress = new Bulk.ProgressLog();

        var results = await _h.Client.AssessManyAsync(inputs, new AssessManyOptions { Progress = progress }).ToListAsync();

        Assert.Equal(10_000, results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            Assert.Equal(i, results[i].Index);
            Assert.Equal(inputs[i], results[i].Input);
        }

        AssertLabelsMatch(inputs, results);
        AssertPaidOnce(inputs);
        var last = progress.Reports[^1];
        Assert.Equal(10_000, last.Done);
        Assert.Equal(10_000, last.Total);
    }

    [Fact]
    public async Task AssessManyAsync_TenThousandMixedInputsUnordered_YieldsEachInputExactlyOnce()
    {
        var inputs = Mixed(10_000);

        var results = await _h.Client.AssessManyAsync(inputs, new AssessManyOptions { Ordered = false }).ToListAsync();

        Assert.Equal(10_000, results.Count);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => (long)i), results.Select(r => r.Index).Order());
        Assert.All(results, r => Assert.Equal(inputs[(int)r.Index], r.Input));
        AssertLabelsMatch(inputs, results.OrderBy(r => r.Index).ToList());
        AssertPaidOnce(inputs);
    }

    [Fact]
    public async Task AssessManyAsync_AsyncSource_YieldsInOrder()
    {
        var inputs = Mixed(500);

        var results = await _h.Client.AssessManyAsync(AsAsync(inputs)).ToListAsync();

        Assert.Equal(inputs, results.Select(r => r.Input));
        AssertLabelsMatch(inputs, results);
    }

    [Fact]
    public async Task AssessManyAsync_BindOnlyManyNumbers_SendsFullBatches()
    {
        var inputs = Enumerable.Range(0, 250).Select(i => "+38591" + (2_000_000 + i)).ToArray();

        var results = await _h.Client.AssessManyAsync(inputs, new AssessManyOptions { Vendors = VendorStrategy.BindOnly }).ToListAsync();

        Assert.Equal(250, results.Count);
        Assert.Equal([50, 100, 100], _h.Emulator.Bind.BatchSizes.Order()); // batches may be answered in any order
        Assert.Equal(0, _h.Emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task AssessManyAsync_SmallerBatchSize_IsHonoured()
    {
        await using var h = await FacadeHarness.StartAsync(o =>
        {
            o.Cache.Enabled = false;
            o.Bind.MaxBatchSize = 7;
        });
        var inputs = Enumerable.Range(0, 20).Select(i => "+38591" + (2_000_000 + i)).ToArray();

        await h.Client.AssessManyAsync(inputs, new AssessManyOptions { Vendors = VendorStrategy.BindOnly }).ToListAsync();

        Assert.Equal([6, 7, 7], h.Emulator.Bind.BatchSizes.Order());
    }

    [Fact]
    public async Task AssessManyAsync_InputStalls_SendsThePartialBatchWithoutWaitingForMore()
    {
        var more = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string[] firstThree = [MagicNumbers.HrVerifiedMobile, MagicNumbers.HrLowVoip, MagicNumbers.HrLikelyTollFree];

        await using var results = _h.Client
            .AssessManyAsync(Stalling(firstThree, more.Task, [MagicNumbers.HrInvalid]), new AssessManyOptions { Vendors = VendorStrategy.BindOnly })
            .GetAsyncEnumerator();

        // No timer can fire (fake clock): the three answers arrive because the stall flushes the partial batch.
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await results.MoveNextAsync());
            Assert.Equal(firstThree[i], results.Current.Input);
        }

        Assert.Equal([3], _h.Emulator.Bind.BatchSizes);
        more.SetResult();
        Assert.True(await results.MoveNextAsync());
        Assert.Equal(ConfidenceLabel.Invalid, results.Current.Label);
        Assert.False(await results.MoveNextAsync());
        Assert.Equal([3, 1], _h.Emulator.Bind.BatchSizes);
    }

    [Fact]
    public async Task AssessManyAsync_ProgressReports_AddUp()
    {
        string[] inputs =
        [
            MagicNumbers.HrVerifiedMobile, "+385 91 555 0101", "garbage", MagicNumbers.HrLowVoip, MagicNumbers.HrLikelyTollFree,
            MagicNumbers.HrUncertainSharedCost, MagicNumbers.HrInvalid, "", MagicNumbers.HrLowVoip,
        ];
        var progress = new Bulk.ProgressLog();

        await _h.Client.AssessManyAsync(inputs, new AssessManyOptions { Progress = progress, ProgressInterval = TimeSpan.Zero }).ToListAsync();

        var reports = progress.Reports;
        Assert.Equal(inputs.Length + 1, reports.Count); // one per assessment, then the final one
        Assert.Equal(Enumerable.Range(1, inputs.Length).Select(i => (long)i), reports.Take(inputs.Length).Select(r => r.Done));
        Assert.All(reports, r => Assert.Equal(r.Done, r.LabelCounts.Sum()));
        var last = reports[^1];
        Assert.Equal(inputs.Length, last.Done);
        Assert.Equal(inputs.Length, last.Total);
        Assert.Equal(2, last.Duplicates);
        Assert.Equal(10, last.PaidLookups); // 5 distinct possible numbers × 2 vendors
        Assert.Equal(_h.Emulator.Bind.Billed + _h.Emulator.Ipqs.Billed, last.PaidLookups);
        Assert.Equal(0, last.CacheHits);
        Assert.Equal(0, last.Degraded);
        Assert.Equal([3L, 2L, 1L, 1L, 2L], last.LabelCounts); // invalid, low, uncertain, likely, verified
    }

    [Fact]
    public async Task AssessManyAsync_IpqsDown_DegradesEveryNumberButDropsNone()
    {
        _h.Emulator.Faults.Add(EmulatorFault.ServerError(503).OnVendor(NumberIntelVendor.Ipqs).Always());
        string[] inputs = [MagicNumbers.HrVerifiedMobile, MagicNumbers.HrLowVoip, "nope", MagicNumbers.HrVerifiedMobile];
        var progress = new Bulk.ProgressLog();

        var results = await _h.Client.AssessManyAsync(inputs, new AssessManyOptions { Progress = progress }).ToListAsync();

        Assert.Equal(inputs, results.Select(r => r.Input));
        Assert.Equal([true, true, false, true], results.Select(r => r.Degraded));
        Assert.Equal([ConfidenceLabel.Verified, ConfidenceLabel.Low, ConfidenceLabel.Invalid, ConfidenceLabel.Verified], results.Select(r => r.Label));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, results[0].Errors[0].StatusCode);
        Assert.Equal(3, progress.Reports[^1].Degraded);
    }

    [Fact]
    public async Task AssessManyAsync_BindOutOfBalance_StopsTheRunWithTheAccountException()
    {
        _h.Emulator.Faults.Add(EmulatorFault.BindOutOfBalance().Always());

        var error = await Assert.ThrowsAsync<NumberIntelAccountException>(() => _h.Client.AssessManyAsync(Mixed(1_000)).ToListAsync());

        Assert.Equal("3", error.VendorCode);
    }

    [Fact]
    public async Task AssessManyAsync_VendorDownWithFailureModeThrow_StopsTheRun()
    {
        _h.Emulator.Faults.Add(EmulatorFault.ServerError(503).OnVendor(NumberIntelVendor.Bind).Always());

        await Assert.ThrowsAsync<NumberIntelVendorException>(() =>
            _h.Client.AssessManyAsync(Mixed(300), new AssessManyOptions { FailureMode = FailureMode.Throw }).ToListAsync());
    }

    [Fact]
    public async Task AssessManyAsync_InputEnumerationThrows_StopsTheRunWithThatException()
    {
        await Assert.ThrowsAsync<IOException>(() => _h.Client.AssessManyAsync(Throwing()).ToListAsync());

        static IEnumerable<string> Throwing()
        {
            yield return MagicNumbers.HrVerifiedMobile;
            throw new IOException("disk gone");
        }
    }

    [Fact]
    public async Task AssessManyAsync_CancelledMidRun_StopsPromptlyAndSendsNothingAfterwards()
    {
        var held = _h.Emulator.Faults.Add(EmulatorFault.Hold().OnVendor(NumberIntelVendor.Ipqs).Always());
        var source = new CountingSource();
        using var cts = new CancellationTokenSource();

        var run = _h.Client.AssessManyAsync(source, new AssessManyOptions { Vendors = VendorStrategy.IpqsOnly, MaxConcurrency = 3 }, cts.Token).ToListAsync();
        await held.WaitForHitAsync(3).WaitAsync(TestTimeouts.Wait); // every IPQS slot is busy, the reader has filled its window
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TestTimeouts.Wait));

        // The enumeration ended only after the run's tasks did: the input was let go and no request is pending or new.
        Assert.True(source.Disposed);
        var pulled = source.Pulled;
        var requests = _h.Emulator.Ipqs.Requests;
        Assert.Equal(3, requests);
        held.Release();
        Assert.Equal(pulled, source.Pulled);
        Assert.Equal(requests, _h.Emulator.Ipqs.Requests);
        Assert.True(pulled < 100_000);
    }

    [Fact]
    public async Task AssessManyAsync_ConsumerBreaksEarly_EndsTheRun()
    {
        var source = new CountingSource();

        await foreach (var a in _h.Client.AssessManyAsync(source))
        {
            if (a.Index == 5)
            {
                break;
            }
        }

        Assert.True(source.Disposed);
        var pulled = source.Pulled;
        var requests = _h.Emulator.Bind.Requests + _h.Emulator.Ipqs.Requests;
        await _h.Client.AssessAsync("+385 91 555 0199"); // a full round trip later, nothing more of the run has arrived
        Assert.Equal(pulled, source.Pulled);
        Assert.Equal(requests + 2, _h.Emulator.Bind.Requests + _h.Emulator.Ipqs.Requests);
    }

    [Fact]
    public async Task AssessManyAsync_InvalidSettings_ThrowBeforeEnumerating()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _h.Client.AssessManyAsync(ThreeWays, new AssessManyOptions { MaxConcurrency = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => _h.Client.AssessManyAsync(ThreeWays, new AssessManyOptions { DuplicateWindow = -1 }));
        Assert.Throws<ArgumentNullException>(() => _h.Client.AssessManyAsync((IEnumerable<string>)null!));
        await Task.CompletedTask;
    }

    /// <summary>Magic numbers in several spellings, pseudo-random numbers, repeats and garbage, deterministically.</summary>
    private static string[] Mixed(int count)
    {
        var magic = MagicNumbers.All.Select(m => m.E164).ToArray();
        var random = new Random(42);
        var inputs = new string[count];
        for (var i = 0; i < count; i++)
        {
            inputs[i] = (i % 10) switch
            {
                0 => string.Empty,
                1 => "not a number " + i,
                2 or 3 => magic[random.Next(magic.Length)],
                4 => "00" + magic[random.Next(magic.Length)][1..],
                5 => magic[random.Next(magic.Length)].Insert(4, " ").Insert(7, "-"),
                _ => "+38591" + (3_000_000 + random.Next(400)),
            };
        }

        return inputs;
    }

    private static void AssertLabelsMatch(string[] inputs, List<NumberAssessment> results)
    {
        for (var i = 0; i < inputs.Length; i++)
        {
            var r = results[i];
            if (MagicNumbers.TryFind(inputs[i], out var magic))
            {
                Assert.Equal(magic.ExpectedLabel, r.Label);
            }
            else if (r.Msisdn is null)
            {
                Assert.Equal(ConfidenceLabel.Invalid, r.Label);
            }

            Assert.False(r.Degraded);
        }
    }

    private void AssertPaidOnce(string[] inputs)
    {
        Assert.All(_h.Emulator.Bind.BilledByNumber.Values, n => Assert.Equal(1, n));
        Assert.All(_h.Emulator.Ipqs.BilledByNumber.Values, n => Assert.Equal(1, n));
        var distinct = inputs.Select(i => NumberIntel.Client.PhoneNumbers.PhoneNumberParser.Parse(i).Msisdn).Where(m => m is not null).Distinct().Count();
        Assert.Equal(distinct, _h.Emulator.Bind.BilledByNumber.Count);
        Assert.Equal(distinct, _h.Emulator.Ipqs.BilledByNumber.Count);
        Assert.All(_h.Emulator.Bind.BatchSizes, size => Assert.InRange(size, 1, BindOptions.DefaultMaxBatchSize));
    }

    private static async IAsyncEnumerable<string> AsAsync(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static async IAsyncEnumerable<string> Stalling(string[] first, Task resume, string[] rest, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in first)
        {
            yield return item;
        }

        await resume.WaitAsync(cancellationToken);
        foreach (var item in rest)
        {
            yield return item;
        }
    }

    /// <summary>An endless input of distinct numbers that counts what was pulled and whether it was disposed.</summary>
    private sealed class CountingSource : IEnumerable<string>
    {
        private int _pulled;

        public int Pulled => Volatile.Read(ref _pulled);

        public bool Disposed { get; private set; }

        public IEnumerator<string> GetEnumerator()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    Interlocked.Increment(ref _pulled);
                    yield return "+38591" + (4_000_000 + i);
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
