using NumberIntel.Cli.Input;

namespace NumberIntel.Cli.Tests;

/// <summary>The bounded line reader: a huge line (or <c>/dev/zero</c>) never makes it hold more than the cap.</summary>
public sealed class LineReaderTests
{
    [Fact]
    public async Task ReadAsync_FiftyMegabytesWithoutALineEnd_HoldsAtMostTheCapAndYieldsOneTooLongItem()
    {
        using var zeros = new ZeroStream(50L << 20); // like /dev/zero: NUL bytes, no line end
        using var reader = new StreamReader(zeros);
        var lineReader = new LineReader(reader);

        var items = new List<InputItem>();
        await foreach (var item in lineReader.ReadAsync().WithCancellation(CancellationToken.None))
        {
            items.Add(item);
        }

        var only = Assert.Single(items);
        Assert.True(only.TooLong);
        Assert.Equal(LineReader.KeptPrefixLength, only.Text.Length);
        Assert.InRange(lineReader.LongestHeld, 0, LineReader.MaxLineLength);
    }

    [Fact]
    public async Task ReadAsync_CrLfCrAndLf_SplitAsReadLineDoes()
    {
        using var reader = new StringReader("a\r\nb\rc\n\nd");

        var items = new List<string>();
        await foreach (var item in new LineReader(reader).ReadAsync())
        {
            items.Add(item.Text);
        }

        Assert.Equal(["a", "b", "c", "", "d"], items);
    }

    private sealed class ZeroStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
