using NumberIntel.Cli.Run;

namespace NumberIntel.Cli.Output;

/// <summary>Writes result rows as they come, in one format. Not thread-safe: one run writes from one loop.</summary>
internal abstract class ResultWriter(TextWriter writer)
{
    protected TextWriter Writer { get; } = writer;

    /// <summary>Writes one row (buffered; see <see cref="FlushAsync"/>).</summary>
    public abstract void Write(ResultRow row);

    /// <summary>Pushes what was written to the underlying stream.</summary>
    public virtual Task FlushAsync(CancellationToken cancellationToken) => Writer.FlushAsync(cancellationToken);

    /// <summary>Writes anything still pending (a table's last rows) and flushes; called once at the end, also after a cancellation.</summary>
    public virtual Task CompleteAsync() => Writer.FlushAsync(CancellationToken.None);

    public static ResultWriter Create(OutputFormat format, TextWriter writer, Spectre.Console.IAnsiConsole? tableConsole, OutputShape shape) => format switch
    {
        OutputFormat.JsonLines => new JsonLinesResultWriter(writer, shape),
        OutputFormat.Csv => new CsvResultWriter(writer, shape),
        _ => new TableResultWriter(writer, tableConsole ?? throw new ArgumentNullException(nameof(tableConsole)), shape.Explain),
    };
}
