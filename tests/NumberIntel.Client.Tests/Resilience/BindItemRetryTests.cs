using Microsoft.Extensions.Logging.Abstractions;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Resilience;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Resilience;

public sealed class BindItemRetryTests
{
    private static NumberIntelResilienceOptions Options(int maxItemAttempts = 4) => new()
    {
        MaxItemAttempts = maxItemAttempts,
        ItemBaseDelay = TimeSpan.FromSeconds(1),
        UseJitter = false,
    };

    [Fact]
    public async Task RunAsync_ThrottledAndTimedOutItems_ResubmitsOnlyThoseUntilSuccess()
    {
        var script = new Dictionary<string, Queue<BindResponseCode>>
        {
            ["2"] = new([BindResponseCode.Throttled, BindResponseCode.Throttled]),
            ["4"] = new([BindResponseCode.Timeout]),
        };
        var batches = new List<string[]>();
        var time = new TimerAwareTimeProvider();

        var run = new BindItemRetry(Options(), time, NullLogger.Instance).RunAsync(
            ["1", "2", "3", "4", "5"],
            (batch, _) =>
            {
                batches.Add([.. batch]);
                IReadOnlyList<BindScoringResult> answers = [.. batch.Select(m => new BindScoringResult
                {
                    Msisdn = m,
                    Response = script.TryGetValue(m, out var codes) && codes.Count > 0 ? codes.Dequeue() : BindResponseCode.Success,
                })];
                return Task.FromResult(answers);
            },
            CancellationToken.None);
        var results = await time.RunAsync(run, _ => true, TestTimeouts.Wait);

        Assert.All(results, r => Assert.Equal(BindResponseCode.Success, r.Response));
        Assert.Equal(["1", "2", "3", "4", "5"], results.Select(r => r.Msisdn));
        Assert.Equal([["1", "2", "3", "4", "5"], ["2", "4"], ["2"]], batches);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], time.ScheduledDueTimes);
    }

    [Fact]
    public async Task RunAsync_ThrottledForever_GivesUpAfterMaxAttemptsKeepingCode()
    {
        var calls = 0;
        var time = new TimerAwareTimeProvider();

        var run = new BindItemRetry(Options(maxItemAttempts: 3), time, NullLogger.Instance).RunAsync(
            ["1", "2"],
            (batch, _) =>
            {
                calls++;
                IReadOnlyList<BindScoringResult> answers = [.. batch.Select(m => new BindScoringResult
                {
                    Msisdn = m,
                    Response = m == "2" ? BindResponseCode.Throttled : BindResponseCode.Success,
                })];
                return Task.FromResult(answers);
            },
            CancellationToken.None);
        var results = await time.RunAsync(run, _ => true, TestTimeouts.Wait);

        Assert.Equal(3, calls);
        Assert.Equal(BindResponseCode.Success, results[0].Response);
        Assert.Equal(BindResponseCode.Throttled, results[1].Response);
        Assert.Equal(TimeSpan.FromSeconds(1 + 2), time.Elapsed);
    }

    [Theory]
    [InlineData(BindResponseCode.GeneralError)]
    [InlineData(BindResponseCode.InvalidNumber)]
    [InlineData(BindResponseCode.NotResolved)]
    public async Task RunAsync_FinalCodes_AreNotResubmitted(BindResponseCode code)
    {
        var calls = 0;

        var results = await new BindItemRetry(Options(), new TimerAwareTimeProvider(), NullLogger.Instance).RunAsync(
            ["1"],
            (batch, _) =>
            {
                calls++;
                IReadOnlyList<BindScoringResult> answers = [new BindScoringResult { Msisdn = batch[0], Response = code }];
                return Task.FromResult(answers);
            },
            CancellationToken.None);

        Assert.Equal(1, calls);
        Assert.Equal(code, results[0].Response);
    }

    [Fact]
    public async Task RunAsync_AccountErrorFromBatch_PropagatesWithoutRetry()
    {
        var calls = 0;

        await Assert.ThrowsAsync<NumberIntelAccountException>(() => new BindItemRetry(Options(), new TimerAwareTimeProvider(), NullLogger.Instance).RunAsync(
            ["1"],
            (_, _) =>
            {
                calls++;
                throw new NumberIntelAccountException("out of balance", NumberIntelVendor.Bind, vendorCode: "3");
            },
            CancellationToken.None));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task RunAsync_CancelledDuringBackoff_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var time = new TimerAwareTimeProvider();

        var run = new BindItemRetry(Options(), time, NullLogger.Instance).RunAsync(
            ["1"],
            (batch, _) => Task.FromResult<IReadOnlyList<BindScoringResult>>([new BindScoringResult { Msisdn = batch[0], Response = BindResponseCode.Throttled }]),
            cts.Token);
        await time.WaitForTimerAsync(_ => true, TestTimeouts.Wait);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TestTimeouts.Wait));
    }
}
