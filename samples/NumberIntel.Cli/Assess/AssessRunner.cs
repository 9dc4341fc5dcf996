using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NumberIntel.Cli.Hosting;
using NumberIntel.Cli.Input;
using NumberIntel.Cli.Output;
using NumberIntel.Cli.Progress;
using NumberIntel.Client;
using NumberIntel.Client.Redis;

namespace NumberIntel.Cli.Assess;

/// <summary>Runs <c>assess</c>: host, input, the streaming loop, output, progress, summary and the exit code.</summary>
internal static class AssessRunner
{
    public static async Task<int> RunAsync(AssessSettings settings, CliStreams io, CancellationToken cancellationToken)
    {
        var stderr = io.Stderr;
        CliHost? host = null;
        try
        {
            host = await CliHost.StartAsync(settings, io, cancellationToken);
            if (host.IsSandbox)
            {
                await stderr.WriteLineAsync("sandbox mode: no API key configured; answers come from the local emulator (magic numbers, made-up profiles; nothing is billed).");
                await stderr.WriteLineAsync(
                    $"  To use the real APIs set {CliHost.BindKeySetting} and/or {CliHost.IpqsKeySetting} (environment variables NumberIntel__Bind__ApiKey, NumberIntel__Ipqs__ApiKey).");
            }
            else if (host.Emulator is { } emulator)
            {
                await stderr.WriteLineAsync($"emulator mode: answers come from the emulator at {emulator.BaseAddress}.");
            }

            var client = host.Services.GetRequiredService<INumberIntelClient>();
            return await AssessAsync(client, settings, io, host.Services.GetService<NumberIntelRedisStatistics>(), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("cancelled.");
            return CliExitCodes.Cancelled;
        }
        catch (OptionsValidationException ex)
        {
            await stderr.WriteLineAsync("configuration error:");
            foreach (var failure in ex.Failures)
            {
                await stderr.WriteLineAsync("  " + Scrub(failure, host));
            }

            return CliExitCodes.UsageError;
        }
        catch (Exception ex) when (Find<NumberIntelAuthenticationException>(ex) is { } auth)
        {
            await stderr.WriteLineAsync("error: " + Scrub(auth.Message, host));
            await stderr.WriteLineAsync("hint: " + KeyHint(auth.Vendor));
            return CliExitCodes.AuthenticationError;
        }
        catch (Exception ex) when (Find<NumberIntelAccountException>(ex) is { } account)
        {
            await stderr.WriteLineAsync("error: " + Scrub(account.Message, host));
            return CliExitCodes.AuthenticationError;
        }
        catch (Exception ex) when (ex is NumberIntelException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await stderr.WriteLineAsync("error: " + Scrub(ex.Message, host));
            return CliExitCodes.Failure;
        }
        finally
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }
    }

    private static async Task<int> AssessAsync(INumberIntelClient client, AssessSettings settings, CliStreams io, NumberIntelRedisStatistics? fleet, CancellationToken cancellationToken)
    {
        var options = io.Options;
        var toFile = OutputFormats.IsFile(settings.Output);
        var format = OutputFormats.Resolve(settings.Format, settings.Output, options.StdoutIsTerminal);
        var outputIsTerminal = !toFile && options.StdoutIsTerminal;

        StreamWriter? file = null;
        StreamReader? inputFile = null;
        Task<long>? total = null;
        try
        {
            if (toFile)
            {
                file = new StreamWriter(
                    new FileStream(settings.Output!, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, FileOptions.Asynchronous),
                    new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
                    1 << 16);
            }

            var output = (TextWriter?)file ?? io.Stdout;
            var tableConsole = format == OutputFormat.Table ? Consoles.Create(output, outputIsTerminal, options.Width) : null;
            var writer = ResultWriter.Create(format, output, tableConsole, explain: !settings.IsBulk);

            var many = new AssessManyOptions
            {
                Vendors = settings.Vendors,
                DefaultRegion = settings.Region,
                Ordered = true, // one output line per input line, in input order
            };

            IAsyncEnumerable<NumberAssessment> results;
            if (settings.Input is { } input)
            {
                var reader = input == "-" ? io.Stdin : inputFile = LineSource.OpenFile(input);
                results = client.AssessManyAsync(LineSource.ReadLinesAsync(reader, cancellationToken), many, cancellationToken);
                if (input != "-")
                {
                    total = Task.Run(() => LineSource.CountLines(input, cancellationToken), cancellationToken);
                }
            }
            else
            {
                results = client.AssessManyAsync(settings.Numbers, many with { TotalCount = settings.Numbers.Count }, cancellationToken);
            }

            var stats = new RunStats();
            var showProgress = settings.IsBulk && !settings.NoProgress && options.StderrIsTerminal && !outputIsTerminal;
            var cancelled = false;
            try
            {
                if (showProgress)
                {
                    var console = Consoles.Create(io.Stderr, terminal: true, options.Width);
                    await ProgressDisplay.RunAsync(
                        console,
                        stats,
                        total,
                        async tick => cancelled = !await PumpAsync(results, writer, stats, options.FlushInterval, tick, cancellationToken));
                }
                else
                {
                    cancelled = !await PumpAsync(results, writer, stats, options.FlushInterval, static () => { }, cancellationToken);
                }
            }
            finally
            {
                stats.Stop();
                await writer.CompleteAsync(); // whatever happened, what was assessed is written out
            }

            if (settings.IsBulk)
            {
                SummaryPrinter.Print(io.Stderr, options.StderrIsTerminal, options.Width, stats, cancelled, fleet?.SharedCacheHits);
            }

            if (cancelled)
            {
                await io.Stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"cancelled: {stats.Done:N0} result{(stats.Done == 1 ? string.Empty : "s")} written."));
                return CliExitCodes.Cancelled;
            }

            return CliExitCodes.Success;
        }
        finally
        {
            if (total is not null)
            {
                await total.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default); // observe a failed or cancelled count
            }

            if (file is not null)
            {
                await file.DisposeAsync();
            }

            inputFile?.Dispose();
        }
    }

    /// <summary>Writes every result as it comes; false when the run was cancelled (Ctrl+C) before the end.</summary>
    private static async Task<bool> PumpAsync(
        IAsyncEnumerable<NumberAssessment> results,
        ResultWriter writer,
        RunStats stats,
        TimeSpan flushInterval,
        Action tick,
        CancellationToken cancellationToken)
    {
        var lastFlush = Stopwatch.GetTimestamp();
        try
        {
            await foreach (var assessment in results.WithCancellation(cancellationToken))
            {
                writer.Write(assessment);
                stats.Add(assessment);
                tick();
                if (Stopwatch.GetElapsedTime(lastFlush) >= flushInterval)
                {
                    await writer.FlushAsync(cancellationToken);
                    lastFlush = Stopwatch.GetTimestamp();
                }
            }

            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T match)
            {
                return match;
            }

            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    if (Find<T>(inner) is { } found)
                    {
                        return found;
                    }
                }
            }
        }

        return null;
    }

    private static string KeyHint(NumberIntelVendor? vendor) => vendor switch
    {
        NumberIntelVendor.Bind => $"set {CliHost.BindKeySetting} to a valid Bind key (environment variable NumberIntel__Bind__ApiKey, or dotnet user-secrets); retrying will not help.",
        NumberIntelVendor.Ipqs => $"set {CliHost.IpqsKeySetting} to a valid IPQS key (environment variable NumberIntel__Ipqs__ApiKey, or dotnet user-secrets); retrying will not help.",
        _ => $"check {CliHost.BindKeySetting} and {CliHost.IpqsKeySetting}; retrying will not help.",
    };

    /// <summary>Replaces any configured key in <paramref name="text"/> with <c>***</c>.</summary>
    private static string Scrub(string text, CliHost? host)
    {
        if (host is null)
        {
            return text;
        }

        foreach (var secret in host.Secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }
}
