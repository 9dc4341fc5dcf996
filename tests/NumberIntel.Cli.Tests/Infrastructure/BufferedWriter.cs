using System.Text;

namespace NumberIntel.Cli.Tests.Infrastructure;

/// <summary>
/// A writer like a buffered file stream: text becomes visible (<see cref="Flushed"/>) only when it is flushed. Shows
/// whether the CLI flushes what it has written when a run ends early.
/// </summary>
public sealed class BufferedWriter : TextWriter
{
    private readonly StringBuilder _pending = new();
    private readonly StringBuilder _flushed = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Flushed
    {
        get
        {
            lock (_flushed)
            {
                return _flushed.ToString();
            }
        }
    }

    public override void Write(char value)
    {
        lock (_flushed)
        {
            _pending.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_flushed)
        {
            _pending.Append(buffer, index, count);
        }
    }

    public override void Write(string? value)
    {
        lock (_flushed)
        {
            _pending.Append(value);
        }
    }

    public override void Flush()
    {
        lock (_flushed)
        {
            _flushed.Append(_pending);
            _pending.Clear();
        }
    }

    public override Task FlushAsync()
    {
        Flush();
        return Task.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flush();
        return Task.CompletedTask;
    }

    public override string ToString() => Flushed;
}
