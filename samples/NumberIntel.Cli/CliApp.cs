using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using NumberIntel.Cli.Assess;

namespace NumberIntel.Cli;

/// <summary>
/// The <c>numberintel</c> command line, runnable in-process: every stream, configuration source and emulator is passed
/// in, and the exit code is returned (<see cref="CliExitCodes"/>). <see cref="Program.Main"/> calls it with the console.
/// </summary>
public static class CliApp
{
    /// <summary>The command's name, as installed by <c>dotnet tool install</c>.</summary>
    public const string CommandName = "numberintel";

    /// <summary>Runs the command line <paramref name="args"/>.</summary>
    /// <param name="args">The arguments, e.g. <c>["assess", "+385912345678"]</c>.</param>
    /// <param name="stdin">Standard input (read by <c>--input -</c>).</param>
    /// <param name="stdout">Standard output: the results (and help).</param>
    /// <param name="stderr">Standard error: the sandbox notice, progress, the summary, errors and warnings.</param>
    /// <param name="options">Configuration sources, terminal facts and test hooks; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the run hard (a second Ctrl+C): output written so far is flushed and the exit code is <see cref="CliExitCodes.Cancelled"/> (or the stop signal's). A graceful stop is <see cref="CliRunOptions.Stop"/>.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(
        string[] args,
        TextReader stdin,
        TextWriter stdout,
        TextWriter stderr,
        CliRunOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        options ??= new CliRunOptions();

        // Progress, logging and the summary may write to standard error from several threads.
        var error = TextWriter.Synchronized(stderr);
        var io = new CliStreams(stdin, stdout, error, options);
        var root = CreateRootCommand(io);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            var command = parseResult.CommandResult.Command;
            var path = ReferenceEquals(command, root) ? CommandName : $"{CommandName} {command.Name}";
            await error.WriteLineAsync($"Run '{path} --help' for usage.");
            await error.FlushAsync(CancellationToken.None);
            return CliExitCodes.UsageError;
        }

        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null, // the host (Program.Main) owns Ctrl+C and passes it in as cancellationToken
        };

        try
        {
            return await parseResult.InvokeAsync(invocation, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || options.Stop?.IsRequested == true)
        {
            await error.WriteLineAsync("cancelled.");
            return AssessRunner.StopExitCode(options);
        }
        catch (Exception ex)
        {
            // Not a case the command handles: say what it was, in one line, and fail with the generic code.
            await error.WriteLineAsync($"error: unexpected {ex.GetType().Name}: {ex.Message}");
            return CliExitCodes.Failure;
        }
        finally
        {
            try
            {
                await stdout.FlushAsync(CancellationToken.None);
            }
            catch (IOException)
            {
                // the reader of standard output is gone: the run said so and chose the exit code
            }

            await error.FlushAsync(CancellationToken.None);
        }
    }

    private static Command CreateRootCommand(CliStreams io)
    {
        // Not RootCommand: its name is the executable's (NumberIntel.Cli under dotnet run); help should say numberintel.
        var root = new Command(
            CommandName,
            "Phone-number intelligence from Bind number scoring and IPQS phone validation, as one five-label confidence " +
            "(verified, likely, uncertain, low, invalid). Without an API key it runs in sandbox mode against a local emulator.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Add(AssessCommand.Create(io));
        return root;
    }
}
