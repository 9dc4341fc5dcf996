using System.Runtime.InteropServices;
using System.Text;

namespace NumberIntel.Cli;

/// <summary>The entry point of <c>numberintel</c>: wires the real console and the process's signals to <see cref="CliApp"/>.</summary>
public static class Program
{
    /// <summary>The line written to standard error when the first SIGINT/SIGTERM is received.</summary>
    public const string StopAcknowledgement =
        "numberintel: stopping: no new lookups; the ones in flight finish and every answer is written. Signal again (Ctrl+C) to stop at once.";

    /// <summary>
    /// Runs the CLI on the process's console. The first SIGINT (Ctrl+C) or SIGTERM (<c>docker stop</c>, job schedulers)
    /// stops the run gracefully — no new lookups, the ones in flight finish, every answer is written, the summary printed —
    /// and the exit code is 130 or 143; a second signal stops at once.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code (<see cref="CliExitCodes"/>).</returns>
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        using var abort = new CancellationTokenSource();
        using var stop = new CliStopSignal();
        void OnSignal(PosixSignalContext context, int exitCode)
        {
            context.Cancel = true; // the run ends itself, flushing what it has
            if (!stop.Request(exitCode))
            {
                abort.Cancel(); // the second signal: at once
                return;
            }

            // Acknowledged at once, so the user (or a supervisor) knows the signal arrived and what a second one does.
            Console.Error.WriteLine(StopAcknowledgement);
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => OnSignal(c, CliExitCodes.Cancelled));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => OnSignal(c, CliExitCodes.Terminated));

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        // Redirected streams get large buffers (bulk runs write millions of lines); the CLI flushes them itself.
        var stdin = Console.IsInputRedirected
            ? new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16)
            : Console.In;
        var stdout = Console.IsOutputRedirected
            ? new StreamWriter(OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false }
            : Console.Out;
        try
        {
            return await CliApp.RunAsync(
                args,
                stdin,
                stdout,
                Console.Error,
                new CliRunOptions
                {
                    StdoutIsTerminal = !Console.IsOutputRedirected,
                    StderrIsTerminal = !Console.IsErrorRedirected,
                    Stop = stop,
                    StdinIsProcessInput = true,
                },
                abort.Token);
        }
        finally
        {
            try
            {
                await stdout.FlushAsync(CancellationToken.None);
                if (!ReferenceEquals(stdout, Console.Out))
                {
                    await stdout.DisposeAsync();
                }
            }
            catch (IOException)
            {
                // the reader of standard output is gone (the run reported it and chose the exit code)
            }
        }
    }

    /// <summary>
    /// Redirected standard output as a plain file stream on descriptor 1 (Unix): unlike the console stream, which ignores
    /// EPIPE, a write to a pipe whose reader has gone (<c>| head -2</c>) fails with an <see cref="IOException"/>, so the
    /// run stops buying at once.
    /// </summary>
    private static Stream OpenStandardOutput() =>
        OperatingSystem.IsWindows()
            ? Console.OpenStandardOutput()
            : new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
}
