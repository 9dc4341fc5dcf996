using System.Net;
using System.Text;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Resilience;

/// <summary>In-memory vendor behaviours for the pipeline tests: hanging, trickling and breaking bodies, on a given clock.</summary>
internal static class FakeVendorBodies
{
    public const string BindOk = """[{"msisdn":"385911234567","response":0}]""";

    /// <summary>Never answers; ends when the attempt is cancelled.</summary>
    public static async Task<HttpResponseMessage> HangAsync(CancellationToken cancellationToken)
    {
        var never = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellationToken.Register(() => never.TrySetCanceled(cancellationToken));
        return await never.Task.WaitAsync(TestTimeouts.Wait); // bounded: a regression that never cancels fails, not hangs
    }

    /// <summary>A 200 whose JSON body arrives one byte per second of <paramref name="time"/>.</summary>
    public static HttpResponseMessage Trickle(TimeProvider time) =>
        new(HttpStatusCode.OK) { Content = new StreamContent(new TrickleStream(time, Encoding.UTF8.GetBytes(BindOk))) };

    /// <summary>A 200 whose body breaks (connection reset) after a few bytes.</summary>
    public static HttpResponseMessage ResetMidBody() =>
        new(HttpStatusCode.OK) { Content = new StreamContent(new BreakingStream(Encoding.UTF8.GetBytes(BindOk)[..5])) };

    /// <summary>Completes after <paramref name="delay"/> on <paramref name="time"/>, or is cancelled.</summary>
    public static Task WaitAsync(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var timer = time.CreateTimer(static s => ((TaskCompletionSource)s!).TrySetResult(), done, delay, Timeout.InfiniteTimeSpan);
        var registration = cancellationToken.Register(() => done.TrySetCanceled(cancellationToken));
        return done.Task.ContinueWith(
            t =>
            {
                timer.Dispose();
                registration.Dispose();
                return t;
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default).Unwrap();
    }

    private sealed class TrickleStream(TimeProvider time, byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position >= bytes.Length || buffer.Length == 0)
            {
                return 0;
            }

            await WaitAsync(time, TimeSpan.FromSeconds(1), cancellationToken);
            buffer.Span[0] = bytes[_position++];
            return 1;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("async only");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class BreakingStream(byte[] first) : Stream
    {
        private bool _sent;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_sent)
            {
                _sent = true;
                first.CopyTo(buffer);
                return ValueTask.FromResult(first.Length);
            }

            throw new IOException("Connection reset by peer", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionReset));
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("async only");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
