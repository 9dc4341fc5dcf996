using System.Text;

namespace NumberIntel.Cli;

/// <summary>The entry point of <c>numberintel</c>: wires the real console to <see cref="CliApp"/>.</summary>
public static class Program
{
    /// <summary>Runs the CLI on the process's console; Ctrl+C cancels the run (a second Ctrl+C ends the process).</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code (<see cref="CliExitCodes"/>).</returns>
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            if (!cancellation.IsCancellationRequested)
            {
                e.Cancel = true; // first Ctrl+C: stop cleanly and flush; a second one ends the process
                cancellation.Cancel();
            }
        };

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        // Redirected streams get large buffers (bulk runs write millions of lines); the CLI flushes them itself.
        var stdin = Console.IsInputRedirected
            ? new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16)
            : Console.In;
        var stdout = Console.IsOutputRedirected
            ? new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false }
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
                },
                cancellation.Token);
        }
        finally
        {
            await stdout.FlushAsync(CancellationToken.None);
            if (!ReferenceEquals(stdout, Console.Out))
            {
                await stdout.DisposeAsync();
            }
        }
    }
}
