using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using NumberIntel.Cli.Input;
using NumberIntel.Cli.Output;
using NumberIntel.Cli.Progress;
using NumberIntel.Client;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Cli.Run;

/// <summary>
/// The streaming loop of a run. The input side parses each input offline (as the SDK will) and decides: a number seen
/// before in this run is answered from the <see cref="RunRecord"/> and never reaches the SDK; a first input goes to
/// <see cref="INumberIntelClient.AssessManyAsync(IAsyncEnumerable{string}, AssessManyOptions?, CancellationToken)"/>
/// (ordered); a line over the length cap is invalid at once. The output side writes every input in input order.
/// </summary>
/// <remarks>
/// <para>Memory: at most <see cref="Capacity"/> inputs wait between the two sides (plus the SDK's own window); the record
/// grows by one compact entry per distinct number.</para>
/// <para>Stopping: a <see cref="CliStopSignal"/> stops the input side (no new lookups), the lookups in flight finish
/// within the grace period and are written; cancelling the token (or the grace period running out) stops at once. A
/// failed write stops at once too (<see cref="OutputFailedException"/>): nothing more is bought for output nobody reads.</para>
/// <para>Flushing: output is flushed whenever the loop is about to wait, and at least every flush interval, so a closed
/// pipe is noticed before more lookups are sent.</para>
/// </remarks>
internal sealed class BulkPipeline(
    INumberIntelClient client,
    AssessManyOptions many,
    string? region,
    RunRecord record,
    ResultWriter writer,
    RunStats stats,
    CliStopSignal? stop,
    TimeSpan stopGracePeriod,
    TimeSpan flushInterval)
{
    /// <summary>How many inputs may wait between the input side and the output side.</summary>
    public const int Capacity = 1024;

    private long _lastFlush = Stopwatch.GetTimestamp();
    private bool _dirty;

    /// <summary>True when every input was read (false after a stop before the end).</summary>
    public bool InputExhausted { get; private set; }

    /// <summary>Inputs skipped because the output already held them (<c>--resume</c>).</summary>
    public long Skipped { get; private set; }

    /// <summary>
    /// Runs the loop over <paramref name="inputs"/>, skipping the first <paramref name="skip"/> (already written; the last
    /// of them must read <paramref name="lastSkipped"/>, the input of the output's last record, or the output is another run's).
    /// </summary>
    public async Task RunAsync(IAsyncEnumerable<InputItem> inputs, long skip, string? lastSkipped, Action tick, CancellationToken cancellationToken)
    {
        using var sdkCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var grace = stop?.Token.Register(() =>
        {
            try
            {
                sdkCancellation.CancelAfter(stopGracePeriod);
            }
            catch (ObjectDisposedException)
            {
                // the run is over
            }
        });

        var slots = Channel.CreateBounded<Slot>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        var token = sdkCancellation.Token;
        var sdk = client.AssessManyAsync(FeedAsync(inputs, skip, lastSkipped, slots.Writer, token), many, token).GetAsyncEnumerator(token);
        var pending = sdk.MoveNextAsync().AsTask(); // starts the SDK's reader, which pulls the feed
        try
        {
            while (await NextSlotAsync(slots.Reader, pending, token).ConfigureAwait(false) is { } slot)
            {
                ResultRow row;
                switch (slot.Kind)
                {
                    case SlotKind.Lookup:
                        if (!pending.IsCompleted)
                        {
                            await FlushIfDirtyAsync(sdkCancellation).ConfigureAwait(false);
                        }

                        if (!await pending.ConfigureAwait(false))
                        {
                            throw new InvalidOperationException("The SDK ended its stream before every input was answered.");
                        }

                        var assessment = sdk.Current;
                        pending = sdk.MoveNextAsync().AsTask();
                        row = RowFactory.FromAssessment(assessment, slot.Index, slot.Item);
                        if (slot.Recorded)
                        {
                            record.Complete(slot.Key, row);
                        }

                        break;
                    case SlotKind.Repeat:
                        row = record.Repeat(slot.Key, slot.Index, slot.Item.Text, slot.Item.Row);
                        break;
                    default:
                        row = RowFactory.TooLong(slot.Index, slot.Item);
                        break;
                }

                Write(row, sdkCancellation);
                stats.Add(row);
                tick();
                if (Stopwatch.GetElapsedTime(_lastFlush) >= flushInterval)
                {
                    await FlushIfDirtyAsync(sdkCancellation).ConfigureAwait(false);
                }
            }

            if (await pending.ConfigureAwait(false))
            {
                throw new InvalidOperationException("The SDK answered more inputs than it was given.");
            }
        }
        finally
        {
            if (!pending.IsCompleted)
            {
                await sdkCancellation.CancelAsync().ConfigureAwait(false);
                await ((Task)pending).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            }

            _ = pending.Exception; // observed: the exception that matters is the one in flight
            await sdk.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async IAsyncEnumerable<string> FeedAsync(IAsyncEnumerable<InputItem> inputs, long skip, string? lastSkipped, ChannelWriter<Slot> slots, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reading = stop is null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stop.Token);
        var enumerator = inputs.GetAsyncEnumerator(reading.Token);
        Task<bool>? pendingMove = null;
        Exception? failure = null;
        try
        {
            long index = 0;
            while (stop?.IsRequested != true)
            {
                var (more, error) = await MoveAsync(enumerator).ConfigureAwait(false);
                if (error is not null)
                {
                    failure = error;
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
                }

                if (!more)
                {
                    break;
                }

                var item = enumerator.Current;
                if (index < skip)
                {
                    if (index == skip - 1 && lastSkipped is not null && (item.TooLong ? item.Text + "…" : item.Text) != lastSkipped)
                    {
                        failure = new CliUsageException(string.Create(
                            System.Globalization.CultureInfo.InvariantCulture,
                            $"--resume: the output's last record (input {index + 1}) is not for input {index + 1} of this input: the output is another run's. Use another --output, or drop --resume."));
                        throw failure;
                    }

                    index++;
                    Skipped++; // already in the output (--resume): its number is in the record already
                    continue;
                }

                var slot = Classify(index++, item);

                await slots.WriteAsync(slot, cancellationToken).ConfigureAwait(false);
                if (slot.Kind == SlotKind.Lookup)
                {
                    yield return item.Text;
                }
            }
        }
        finally
        {
            slots.TryComplete(failure);
            if (pendingMove is null || pendingMove.IsCompleted)
            {
                await enumerator.DisposeAsync().ConfigureAwait(false); // not while a read is still pending: that one is abandoned
            }
        }

        async ValueTask<(bool More, Exception? Error)> MoveAsync(IAsyncEnumerator<InputItem> e)
        {
            try
            {
                var move = e.MoveNextAsync();

                // A stop must not wait for input that may never come (an idle pipe): the read is abandoned, not awaited.
                var more = move.IsCompleted ? move.Result : await (pendingMove = move.AsTask()).WaitAsync(reading.Token).ConfigureAwait(false);
                pendingMove = null;
                InputExhausted = !more;
                return (more, null);
            }
            catch (OperationCanceledException) when (stop?.IsRequested == true && !cancellationToken.IsCancellationRequested)
            {
                return (false, null); // stopped while waiting for input
            }
            catch (Exception e2) when (e2 is not OperationCanceledException)
            {
                return (false, e2);
            }
        }
    }

    private Slot Classify(long index, InputItem item)
    {
        if (item.TooLong)
        {
            return new Slot(index, item, SlotKind.TooLong, 0, false);
        }

        var number = PhoneNumberParser.Parse(item.Text, region);
        if (!number.IsPossible || number.Msisdn is null)
        {
            return new Slot(index, item, SlotKind.Lookup, 0, false); // the SDK answers invalid without a paid call
        }

        var key = RunRecord.KeyOf(number.Msisdn);
        return record.TryClaim(key, index, out _, out var recorded)
            ? new Slot(index, item, SlotKind.Repeat, key, true)
            : new Slot(index, item, SlotKind.Lookup, key, recorded);
    }

    private static async Task<Slot?> NextSlotAsync(ChannelReader<Slot> slots, Task<bool> pending, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (slots.TryRead(out var slot))
            {
                return slot;
            }

            var wait = slots.WaitToReadAsync(cancellationToken).AsTask();
            if (!wait.IsCompleted && !pending.IsCompleted)
            {
                await Task.WhenAny(wait, pending).ConfigureAwait(false);
            }

            if (pending is { IsCompleted: true, IsCompletedSuccessfully: false })
            {
                await pending.ConfigureAwait(false); // the SDK failed (bad key, account, a fatal input error): throw that
            }

            try
            {
                if (!await wait.ConfigureAwait(false))
                {
                    await slots.Completion.ConfigureAwait(false); // the input side failed: throw its exception
                    return null;
                }
            }
            catch (ChannelClosedException closed) when (closed.InnerException is { } inner)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            }
        }
    }

    private void Write(ResultRow row, CancellationTokenSource sdkCancellation)
    {
        try
        {
            writer.Write(row);
            _dirty = true;
        }
        catch (IOException e)
        {
            sdkCancellation.Cancel(); // nobody reads the output: buy nothing more
            throw new OutputFailedException(e);
        }
    }

    private async Task FlushIfDirtyAsync(CancellationTokenSource sdkCancellation)
    {
        _lastFlush = Stopwatch.GetTimestamp();
        if (!_dirty)
        {
            return;
        }

        _dirty = false;
        try
        {
            await writer.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await sdkCancellation.CancelAsync().ConfigureAwait(false);
            throw new OutputFailedException(e);
        }
    }

    private enum SlotKind
    {
        Lookup,
        Repeat,
        TooLong,
    }

    private sealed record Slot(long Index, InputItem Item, SlotKind Kind, long Key, bool Recorded);
}
