using System.Text;

namespace NumberIntel.Cli.Tests.Infrastructure;

/// <summary>
/// Standard output whose reader goes away, as <c>| head -2</c> does: after <paramref name="linesRead"/> lines have been
/// flushed, every write or flush fails with an <see cref="IOException"/> ("Broken pipe"), as a pipe with no reader does.
/// </summary>
public sealed class ClosingWriter(int linesRead) : TextWriter
{
    private readonly StringBuilder _pending = new();
    private int _flushedLines;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>True once a write failed: the reader was gone.</summary>
    public bool Closed { get; private set; }

    public override void Write(char value) => Append(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Append(new string(buffer, index, count));

    public override void Write(string? value) => Append(value ?? string.Empty);

    public override void Flush()
    {
        ThrowIfClosed();
        _flushedLines += _pending.ToString().Count(static c => c == '\n');
        _pending.Clear();
        if (_flushedLines >= linesRead)
        {
            Closed = true; // the reader has what it wanted and exits
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flush();
        return Task.CompletedTask;
    }

    public override Task FlushAsync()
    {
        Flush();
        return Task.CompletedTask;
    }

    private void Append(string text)
    {
        ThrowIfClosed();
        _pending.Append(text);
    }

    private void ThrowIfClosed()
    {
        if (Closed)
        {
            throw new IOException("Broken pipe");
        }
    }
}
