using System.Diagnostics;
using System.Text;

namespace NumberIntel.Cli.Tests.Infrastructure;

/// <summary>
/// Reads a child process's standard error line by line as it is written, so a test can wait for a line (an
/// acknowledgement) before its next step, and still get the whole text at the end.
/// </summary>
public sealed class StderrWatch
{
    private readonly StringBuilder _text = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource Seen)> _waits = [];
    private readonly Lock _gate = new();

    private StderrWatch(Process process) => All = ReadAsync(process);

    /// <summary>The whole standard error once the process has closed it.</summary>
    public Task<string> All { get; }

    /// <summary>Starts reading <paramref name="process"/>'s redirected standard error.</summary>
    public static StderrWatch Start(Process process) => new(process);

    /// <summary>
    /// Completes when a line containing <paramref name="text"/> has been written (earlier lines count); fails with the
    /// text so far when standard error closes first or <paramref name="timeout"/> passes.
    /// </summary>
    public async Task WaitForLineAsync(string text, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_text.ToString().Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            _waits.Add((line => line.Contains(text, StringComparison.Ordinal), seen));
        }

        await Task.WhenAny(seen.Task, All).WaitAsync(timeout);
        if (!seen.Task.IsCompleted)
        {
            Assert.Fail($"standard error closed without a line containing \"{text}\": {await All}");
        }
    }

    private async Task<string> ReadAsync(Process process)
    {
        await Task.Yield();
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            lock (_gate)
            {
                _text.AppendLine(line);
                foreach (var wait in _waits.Where(w => w.Match(line)).ToList())
                {
                    wait.Seen.TrySetResult();
                    _waits.Remove(wait);
                }
            }
        }

        lock (_gate)
        {
            return _text.ToString();
        }
    }
}
