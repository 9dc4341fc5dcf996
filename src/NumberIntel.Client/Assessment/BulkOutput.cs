using System.Threading.Channels;

namespace NumberIntel.Client.Assessment;

/// <summary>
/// The consumer side of a bulk run: the items in the order they are handed over (input order for ordered runs, as they
/// finish otherwise). An unordered run completes when the reader and every item it emitted have been published.
/// </summary>
internal sealed class BulkOutput(bool ordered)
{
    private readonly Channel<BulkItem> _channel = Channel.CreateUnbounded<BulkItem>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = ordered });
    private int _unpublished = 1; // the reader, for unordered runs

    public bool Ordered { get; } = ordered;

    public ChannelReader<BulkItem> Reader => _channel.Reader;

    /// <summary>Ordered runs: the reader hands every item over at once, in input order.</summary>
    public void Write(BulkItem item) => _channel.Writer.TryWrite(item);

    /// <summary>Unordered runs: an item will be published later (<see cref="Publish"/>).</summary>
    public void Expect() => Interlocked.Increment(ref _unpublished);

    /// <summary>Unordered runs: hands a finished input to the consumer.</summary>
    public void Publish(BulkItem item)
    {
        _channel.Writer.TryWrite(item);
        Unpublished();
    }

    /// <summary>The reader is done: ordered runs complete now, unordered ones when the last expected item is published.</summary>
    public void ReaderDone()
    {
        if (Ordered)
        {
            _channel.Writer.TryComplete();
        }
        else
        {
            Unpublished();
        }
    }

    private void Unpublished()
    {
        if (Interlocked.Decrement(ref _unpublished) == 0)
        {
            _channel.Writer.TryComplete();
        }
    }
}
