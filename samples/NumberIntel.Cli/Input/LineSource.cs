using System.Runtime.CompilerServices;

namespace NumberIntel.Cli.Input;

/// <summary>Streams input lines one at a time (a 10-million-line file is never held in memory) and counts them cheaply.</summary>
internal static class LineSource
{
    /// <summary>Yields every line of <paramref name="reader"/>, blank ones included, as <see cref="TextReader.ReadLine"/> splits them.</summary>
    public static async IAsyncEnumerable<string> ReadLinesAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            yield return line;
        }
    }

    /// <summary>Opens <paramref name="path"/> for sequential reading (UTF-8, or the encoding its byte-order mark names).</summary>
    public static StreamReader OpenFile(string path) =>
        new(
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous),
            System.Text.Encoding.UTF8,
            detectEncodingFromByteOrderMarks: true,
            bufferSize: 1 << 16);

    /// <summary>
    /// Counts the lines of a file by scanning its bytes for <c>\n</c> (vectorized; no decoding, no allocation per line):
    /// a final line without a line end counts too. Used for the progress bar's total and ETA only.
    /// </summary>
    public static long CountLines(string path, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long lines = 0;
        var last = (byte)'\n';
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        return last == (byte)'\n' ? lines : lines + 1;
    }
}
