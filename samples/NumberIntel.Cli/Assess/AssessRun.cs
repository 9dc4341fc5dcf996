using System.Runtime.CompilerServices;
using System.Text;
using NumberIntel.Cli.Input;
using NumberIntel.Cli.Output;
using NumberIntel.Cli.Progress;
using NumberIntel.Cli.Resume;
using NumberIntel.Cli.Run;
using NumberIntel.Client;
using NumberIntel.Client.Redis;

namespace NumberIntel.Cli.Assess;

/// <summary>One <c>assess</c> run with a client: opens input and output (refusing the input as output), resumes, runs the
/// <see cref="BulkPipeline"/> under the progress bar, prints the summary and picks the exit code.</summary>
internal static class AssessRun
{
    public static async Task<int> RunAsync(INumberIntelClient client, NumberIntelOptions configured, AssessSettings settings, CliStreams io, NumberIntelRedisStatistics? fleet, CancellationToken cancellationToken)
    {
        var options = io.Options;
        var toFile = OutputFormats.IsFile(settings.Output);
        var format = OutputFormats.Resolve(settings.Format, settings.Output, options.StdoutIsTerminal);
        var outputIsTerminal = !toFile && options.StdoutIsTerminal;
        var region = settings.Region ?? (string.IsNullOrWhiteSpace(configured.DefaultRegion) ? null : configured.DefaultRegion.Trim());
        if (settings.Resume && !toFile)
        {
            throw new CliUsageException("--resume needs --output FILE: the output file is what the run continues.");
        }

        FileStream? inputFile = null;
        FileStream? outputFile = null;
        StreamWriter? fileWriter = null;
        CsvInput? csv = null;
        Task<long?>? total = null;
        try
        {
            if (settings.Input is { } path && path != "-")
            {
                inputFile = LineSource.OpenFile(path);
            }

            if (toFile)
            {
                outputFile = new FileStream(settings.Output!, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
                if ((inputFile is not null && FileIdentity.AreSame(inputFile.SafeFileHandle, settings.Input, outputFile.SafeFileHandle, settings.Output))
                    || (settings.Input == "-" && options.StdinIsProcessInput && IsStandardInput(outputFile)))
                {
                    throw new CliUsageException("--output is the --input file (the same file, whatever the path or link that names it): it would be overwritten while it is read. Write to another file.");
                }
            }

            TextReader? inputReader = settings.Input is null ? null : inputFile is null ? io.Stdin : LineSource.Reader(inputFile);
            IAsyncEnumerable<InputItem> inputs;
            if (settings.Column is { } column)
            {
                csv = await CsvInput.OpenAsync(inputReader ?? throw new CliUsageException("--column needs --input FILE (a CSV export)."), column, cancellationToken);
                inputs = csv.ReadAsync(cancellationToken);
            }
            else
            {
                inputs = inputReader is null ? FromArguments(settings.Numbers) : new LineReader(inputReader).ReadAsync(cancellationToken);
                if (inputFile is not null && !settings.NoProgress && options.StderrIsTerminal)
                {
                    var countPath = settings.Input!;
                    total = Task.Run(() => LineSource.CountLines(countPath, cancellationToken), cancellationToken);
                }
            }

            var shape = new OutputShape(settings.Explain, csv?.Header, csv?.Separator ?? ',');
            var record = new RunRecord(options.RunRecordLimit);
            var resumed = new OutputResume.State(0, false, null);
            if (outputFile is not null)
            {
                if (settings.Resume)
                {
                    resumed = await OutputResume.ReadAsync(outputFile, format, shape, csv?.Column, region, record, cancellationToken);
                    shape = shape with { HeaderWritten = resumed.HeaderPresent };
                }
                else
                {
                    outputFile.SetLength(0);
                }

                fileWriter = new StreamWriter(outputFile, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
                outputFile = null; // the writer owns it now
            }

            var output = (TextWriter?)fileWriter ?? io.Stdout;
            var tableConsole = format == OutputFormat.Table ? Consoles.Create(output, outputIsTerminal, options.Width) : null;
            var writer = ResultWriter.Create(format, output, tableConsole, shape);
            var many = new AssessManyOptions
            {
                Vendors = settings.Vendors,
                DefaultRegion = settings.Region,
                Ordered = true, // one output record per input, in input order
                TotalCount = settings.IsBulk ? null : settings.Numbers.Count,
            };

            var grace = options.StopGracePeriod ?? Max(Attempt(configured.Bind.Resilience.AttemptTimeout), Attempt(configured.Ipqs.Resilience.AttemptTimeout)) + TimeSpan.FromSeconds(1);
            var stats = new RunStats();
            var pipeline = new BulkPipeline(client, many, region, record, writer, stats, options.Stop, grace, options.FlushInterval);
            if (resumed.Written > 0)
            {
                await io.Stderr.WriteLineAsync($"resuming: the output holds {AssessRunner.Plural(resumed.Written, "result")}; those inputs are skipped and nothing in them is bought again.");
            }

            var stopped = false;
            var outputClosed = false;
            try
            {
                var showProgress = settings.IsBulk && !settings.NoProgress && options.StderrIsTerminal && !outputIsTerminal;
                if (showProgress)
                {
                    var console = Consoles.Create(io.Stderr, terminal: true, options.Width);
                    var rates = new VendorRateMeter(VendorAllocation.From(configured, settings.Vendors), VendorRateMeter.DefaultWindow);
                    await ProgressDisplay.RunAsync(console, stats, rates, total, tick => pipeline.RunAsync(inputs, resumed.Written, resumed.LastInput, tick, cancellationToken));
                }
                else
                {
                    await pipeline.RunAsync(inputs, resumed.Written, resumed.LastInput, static () => { }, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || options.Stop?.IsRequested == true)
            {
                stopped = true;
            }
            catch (OutputFailedException e) when (!toFile)
            {
                outputClosed = true;
                await io.Stderr.WriteLineAsync($"output closed ({e.Message}): stopped at once; no more lookups were sent.");
            }
            finally
            {
                stats.Stop();
                if (!outputClosed)
                {
                    await writer.CompleteAsync(); // whatever happened, what was assessed is written out
                }
            }

            if (resumed.Written > 0 && pipeline.Skipped != resumed.Written)
            {
                await io.Stderr.WriteLineAsync($"warning: the output holds {AssessRunner.Plural(resumed.Written, "result")} but the input has only {AssessRunner.Plural(pipeline.Skipped, "input")}.");
            }

            stopped |= options.Stop?.IsRequested == true && !pipeline.InputExhausted;
            if (settings.IsBulk || stopped)
            {
                SummaryPrinter.Print(io.Stderr, options.StderrIsTerminal, options.Width, stats, stopped || outputClosed, fleet?.SharedCacheHits);
            }

            if (record.Overflowed)
            {
                await io.Stderr.WriteLineAsync($"warning: more than {record.Limit:N0} distinct numbers: repeats of the later ones were answered by the SDK's duplicate window and cache, not the run's record (with the cache disabled they may have been bought again).");
            }

            if (outputClosed)
            {
                return CliExitCodes.OutputClosed;
            }

            if (stopped)
            {
                var hint = toFile ? " Run the same command with --resume to continue." : string.Empty;
                await io.Stderr.WriteLineAsync($"cancelled: {AssessRunner.Plural(stats.Done, "result")} written.{hint}");
                return AssessRunner.StopExitCode(options);
            }

            return CliExitCodes.Success;
        }
        finally
        {
            if (total is not null)
            {
                await total.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default); // observe a failed or cancelled count
            }

            if (fileWriter is not null)
            {
                try
                {
                    await fileWriter.DisposeAsync();
                }
                catch (IOException)
                {
                    // reported by the run already
                }
            }

            if (outputFile is not null)
            {
                await outputFile.DisposeAsync();
            }

            if (csv is not null)
            {
                await csv.DisposeAsync();
            }

            if (inputFile is not null)
            {
                await inputFile.DisposeAsync();
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>Whether <paramref name="output"/> is the file standard input is redirected from (<c>… -i - -o f &lt; f</c>).</summary>
    private static bool IsStandardInput(FileStream output)
    {
        using var stdin = new Microsoft.Win32.SafeHandles.SafeFileHandle(0, ownsHandle: false);
        return FileIdentity.Of(stdin) is { } identity && FileIdentity.Of(output.SafeFileHandle) == identity;
    }

    /// <summary>An attempt timeout as a bound: an infinite one (no timeout) is taken as 30 seconds.</summary>
    private static TimeSpan Attempt(TimeSpan timeout) => timeout <= TimeSpan.Zero ? TimeSpan.FromSeconds(30) : timeout;

    private static async IAsyncEnumerable<InputItem> FromArguments(IReadOnlyList<string> numbers, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var number in numbers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return number.Length > LineReader.MaxLineLength
                ? new InputItem(number[..LineReader.KeptPrefixLength], true, null)
                : new InputItem(number, false, null);
        }

        await Task.CompletedTask;
    }
}
