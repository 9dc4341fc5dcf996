namespace NumberIntel.Cli.Input;

/// <summary>Opens input files and counts their lines cheaply (for the progress bar's total).</summary>
internal static class LineSource
{
    /// <summary>Opens <paramref name="path"/> for sequential reading.</summary>
    public static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);

    /// <summary>A reader over <paramref name="stream"/>: UTF-8, or the encoding its byte-order mark names.</summary>
    public static StreamReader Reader(Stream stream) =>
        new(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>
    /// Counts the lines of a regular file by scanning its bytes for <c>\n</c> (vectorized; no decoding): a final line
    /// without a line end counts too. Only the bytes the file had when it was opened are scanned, so a device such as
    /// <c>/dev/zero</c> (length 0) or a pipe (not seekable) gives null: no total. For the progress bar's total and ETA only.
    /// </summary>
    public static long? CountLines(string path, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        if (!stream.CanSeek || stream.Length == 0)
        {
            return null;
        }

        var remaining = stream.Length;
        var buffer = new byte[1 << 20];
        long lines = 0;
        var last = (byte)'\n';
        int read;
        while (remaining > 0 && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, remaining))) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
            remaining -= read;
        }

        return last == (byte)'\n' ? lines : lines + 1;
    }
}
