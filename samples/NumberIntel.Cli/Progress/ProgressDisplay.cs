using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace NumberIntel.Cli.Progress;

/// <summary>
/// The live progress bar on standard error: done/total (or done, while the total is unknown), rate, paid lookups,
/// cache hits, the achieved rate per vendor next to the configured one (<see cref="VendorRateMeter"/>), duplicates and ETA. Shown only when standard error is a terminal and results go elsewhere.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan UpdateEvery = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs <paramref name="body"/> under the progress bar; <paramref name="body"/> calls the tick it is given after each result.</summary>
    public static Task RunAsync(IAnsiConsole console, RunStats stats, VendorRateMeter? rates, Task<long?>? total, Func<Action, Task> body) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new SpinnerColumn(), new ProgressBarColumn(), new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", autoStart: true, maxValue: 1);
                task.IsIndeterminate = true;
                var last = Stopwatch.GetTimestamp();
                void Update(bool force)
                {
                    if (!force && Stopwatch.GetElapsedTime(last) < UpdateEvery)
                    {
                        return;
                    }

                    last = Stopwatch.GetTimestamp();
                    long? known = total is { IsCompletedSuccessfully: true } ? total.Result : null;
                    var done = stats.Done;
                    if (known is { } t && t > 0)
                    {
                        task.IsIndeterminate = false;
                        task.MaxValue = Math.Max(t, done);
                        task.Value = done;
                    }

                    rates?.Observe(stats.Elapsed, stats.PaidBind, stats.PaidIpqs);
                    task.Description = Describe(stats, known, rates);
                }

                try
                {
                    await body(() => Update(force: false));
                }
                finally
                {
                    if (total is not null)
                    {
                        // The count is a fast byte scan; let the final line show done/total rather than done/?.
                        await ((Task)total).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                    }

                    Update(force: true);
                    if (!task.IsIndeterminate)
                    {
                        task.Value = task.MaxValue;
                    }

                    task.StopTask();
                }
            });

    internal static string Describe(RunStats stats, long? total, VendorRateMeter? rates = null)
    {
        var c = CultureInfo.InvariantCulture;
        var done = stats.Done;
        var rate = stats.Rate;
        var text = total is { } t
            ? string.Create(c, $"{done:N0}/{t:N0}")
            : string.Create(c, $"{done:N0}/?");
        text += string.Create(c, $" · {rate:N0}/s · paid {stats.PaidLookups:N0} · cache hits {stats.CacheHits:N0}");
        if (rates?.Describe() is { Length: > 0 } vendors)
        {
            text += " · " + vendors;
        }

        if (stats.Duplicates > 0)
        {
            text += string.Create(c, $" · duplicates {stats.Duplicates:N0}");
        }

        if (total is { } all && rate > 0 && all > done)
        {
            var eta = TimeSpan.FromSeconds(Math.Ceiling((all - done) / rate));
            text += " · ETA " + eta.ToString(eta.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", c);
        }

        return Markup.Escape(text);
    }
}
