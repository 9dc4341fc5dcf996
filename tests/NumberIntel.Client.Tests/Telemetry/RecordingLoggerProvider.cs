using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NumberIntel.Client.Tests.Telemetry;

/// <summary>Records every log entry of every category: the formatted message, each structured value and the exception.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, EventId EventId, string Text)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>Everything logged, as one text to search.</summary>
    public string AllText() => string.Join('\n', Entries.Select(e => $"[{e.Category}] {e.Text}"));

    private sealed class Logger(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = formatter(state, exception);
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                text += " | " + string.Join("; ", values.Select(kv => $"{kv.Key}={kv.Value}"));
            }

            if (exception is not null)
            {
                text += " | " + exception;
            }

            owner.Entries.Enqueue((category, logLevel, eventId, text));
        }
    }
}
