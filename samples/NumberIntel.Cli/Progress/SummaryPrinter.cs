using System.Globalization;
using NumberIntel.Cli.Output;
using NumberIntel.Client.Confidence;
using Spectre.Console;

namespace NumberIntel.Cli.Progress;

/// <summary>
/// The end-of-run summary on standard error: counts per label (a bar chart on a terminal, plain text otherwise), paid
/// lookups, cache hits, duplicates saved and failures.
/// </summary>
internal static class SummaryPrinter
{
    private static readonly ConfidenceLabel[] Labels =
        [ConfidenceLabel.Verified, ConfidenceLabel.Likely, ConfidenceLabel.Uncertain, ConfidenceLabel.Low, ConfidenceLabel.Invalid];

    // fleetCacheHits: with Redis (NumberIntel:Redis:Configuration), the answers found in the fleet's cache.
    public static void Print(TextWriter stderr, bool terminal, int? width, RunStats stats, bool cancelled, long? fleetCacheHits = null)
    {
        var c = CultureInfo.InvariantCulture;
        var headline = string.Create(
            c,
            $"{(cancelled ? "cancelled after" : "assessed")} {stats.Done:N0} input{(stats.Done == 1 ? string.Empty : "s")} in {stats.Elapsed.TotalSeconds:0.0} s ({stats.Rate:N0}/s)");
        string[] facts =
        [
            string.Create(c, $"paid lookups: {stats.PaidLookups:N0} (bind {stats.PaidBind:N0}, ipqs {stats.PaidIpqs:N0})"),
            string.Create(c, $"cache hits: {stats.CacheHits:N0}") + (fleetCacheHits is { } fleet ? string.Create(c, $" (from the fleet's cache in Redis: {fleet:N0})") : string.Empty),
            string.Create(c, $"duplicates saved: {stats.Duplicates:N0}"),
            string.Create(c, $"failures (degraded results): {stats.Degraded:N0}"),
        ];

        if (terminal)
        {
            var console = Consoles.Create(stderr, terminal: true, width);
            var chart = new BarChart()
                .Width(Math.Min(console.Profile.Width, 80))
                .Label("[bold]" + Markup.Escape(headline) + "[/]")
                .LeftAlignLabel();
            foreach (var label in Labels)
            {
                chart.AddItem(ResultText.Label(label), stats.LabelCount(label), Color.FromConsoleColor(ConsoleColorOf(label)));
            }

            console.Write(chart);
            foreach (var fact in facts)
            {
                console.MarkupLine(Markup.Escape(fact));
            }

            return;
        }

        stderr.WriteLine("summary: " + headline);
        var max = Labels.Max(stats.LabelCount);
        foreach (var label in Labels)
        {
            var count = stats.LabelCount(label);
            var bar = max == 0 ? 0 : (int)Math.Round(40.0 * count / max);
            stderr.WriteLine(string.Create(c, $"  {ResultText.Label(label),-10} {count,12:N0}  {new string('#', bar)}").TrimEnd());
        }

        foreach (var fact in facts)
        {
            stderr.WriteLine("  " + fact);
        }
    }

    private static ConsoleColor ConsoleColorOf(ConfidenceLabel label) => label switch
    {
        ConfidenceLabel.Verified => ConsoleColor.Green,
        ConfidenceLabel.Likely => ConsoleColor.DarkGreen,
        ConfidenceLabel.Uncertain => ConsoleColor.Yellow,
        ConfidenceLabel.Low => ConsoleColor.DarkYellow,
        _ => ConsoleColor.Red,
    };
}
