using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Assessment;

/// <summary>The reader side of a bulk run: reads and parses the inputs, de-duplicates them and starts one task per distinct number.</summary>
internal sealed partial class AssessManyRun
{
    private async Task ReadAsync()
    {
        try
        {
            if (_asyncInputs is not null)
            {
                await ReadAsyncInputs(_asyncInputs).ConfigureAwait(false);
            }
            else
            {
                foreach (var input in _inputs!)
                {
                    _token.ThrowIfCancellationRequested();
                    await AcceptAsync(input).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (_token.IsCancellationRequested)
        {
            // Cancelled: the consumer reports why.
        }
        catch (Exception e)
        {
            SetFatal(e);
        }
        finally
        {
            Batcher?.SetReader(BindBatcher.ReaderState.Done);
            _lanes.Output.ReaderDone();
            _work.End();
        }
    }

    private async Task ReadAsyncInputs(IAsyncEnumerable<string> inputs)
    {
        var enumerator = inputs.GetAsyncEnumerator(_token);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                var move = enumerator.MoveNextAsync();
                bool more;
                if (move.IsCompleted)
                {
                    more = move.Result;
                }
                else
                {
                    // The input stalls: a partial Bind batch need not wait for it.
                    Batcher?.SetReader(BindBatcher.ReaderState.Stalled);
                    try
                    {
                        more = await move.ConfigureAwait(false);
                    }
                    finally
                    {
                        Batcher?.SetReader(BindBatcher.ReaderState.Busy);
                    }
                }

                if (!more)
                {
                    return;
                }

                _token.ThrowIfCancellationRequested();
                await AcceptAsync(enumerator.Current).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask AcceptAsync(string? input)
    {
        if (!_window.Wait(0))
        {
            // The window is full: the Bind batch goes once every number in flight waits on it (or it is full).
            Batcher?.SetReader(BindBatcher.ReaderState.Blocked);
            try
            {
                await _window.WaitAsync(_token).ConfigureAwait(false);
            }
            finally
            {
                Batcher?.SetReader(BindBatcher.ReaderState.Busy);
            }
        }

        var index = _nextIndex++;
        var text = input ?? string.Empty;
        var number = PhoneNumberParser.Parse(text, _settings.Plan.Region);
        if (!number.PassesOfflineValidation(_settings.Plan.OfflineValidation))
        {
            Emit(new BulkItem(text, index, number, null, false));
            return;
        }

        var key = BulkDuplicates.KeyOf(number.Msisdn!);
        if (_duplicates.TryGetRecent(key, out var known))
        {
            _progress.Duplicate();
            Emit(new BulkItem(text, index, number, known, true));
            return;
        }

        if (_duplicates.SeenBefore(key))
        {
            _progress.Duplicate(); // seen long ago: looked up again (the cache may still answer)
        }

        var entry = new BulkEntry(_lanes, number, index);
        Batcher?.Register();
        _duplicates.Remember(key, entry);
        Emit(new BulkItem(text, index, number, entry, false));
        _work.Begin();
        _ = RunEntryAsync(entry);
    }

    private void Emit(BulkItem item)
    {
        var output = _lanes.Output;
        if (output.Ordered)
        {
            output.Write(item);
            return;
        }

        output.Expect();
        if (item.Entry is null)
        {
            output.Publish(item);
        }
        else
        {
            item.Entry.PublishWhenDone(item);
        }
    }

    private async Task RunEntryAsync(BulkEntry entry)
    {
        var started = _instrumentation.TimeProvider.GetTimestamp();
        using var activity = AssessmentInstrumentation.StartAssessActivity(_activity?.Context ?? default, _settings.Plan.Strategy);
        try
        {
            // A fatal error cancels the whole run, not the sibling vendor; per-number degradations are logged per batch instead.
            var route = new ResolveRoute(entry, entry, CancelSiblingOnFatal: false, DegradedLogLevel: LogLevel.Debug);
            var outcome = await _core.ResolveAsync(entry.Number, _settings.Plan, route, _token).ConfigureAwait(false);
            _progress.Resolved(outcome);
            _instrumentation.EndAssessment(activity, entry.Number.Msisdn, outcome.Confidence.Label, outcome, started);
            entry.Complete(outcome);
        }
        catch (Exception e)
        {
            if (!(e is OperationCanceledException && _token.IsCancellationRequested))
            {
                SetFatal(e);
            }

            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            entry.Fail(e, _token);
        }
        finally
        {
            entry.BindNotNeeded();
            Batcher?.EntryDone();
            _work.End();
        }
    }
}
