using System.Runtime.CompilerServices;
using System.Text;

namespace NumberIntel.Cli.Input;

/// <summary>
/// Reads one-number-per-line input without ever holding a long line: a line over <see cref="MaxLineLength"/> characters
/// becomes one <see cref="InputItem"/> with <see cref="InputItem.TooLong"/> set (only its first
/// <see cref="KeptPrefixLength"/> characters are kept) and the rest of it is skipped as it is read. <c>/dev/zero</c> or a
/// 200 MB line therefore cost a fixed 4 K buffer. Lines end at LF, CR or CR LF, as <see cref="TextReader.ReadLine"/> splits them.
/// </summary>
internal sealed class LineReader(TextReader reader)
{
    /// <summary>The longest line accepted as a phone number (far above any real one: E.164 has at most 15 digits).</summary>
    public const int MaxLineLength = 1024;

    /// <summary>How much of a too-long line is kept to show in the output.</summary>
    public const int KeptPrefixLength = 32;

    private const int ChunkSize = 4096;

    /// <summary>The most characters of one line held at any time (for tests: never above <see cref="MaxLineLength"/>).</summary>
    public int LongestHeld { get; private set; }

    public async IAsyncEnumerable<InputItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var chunk = new char[ChunkSize];
        var line = new StringBuilder(64);
        var tooLong = false;
        var afterCr = false;
        var pending = false; // a line has started (so the end of the input ends it)
        int read;
        while ((read = await reader.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            var start = 0;
            if (afterCr && chunk[0] == '\n')
            {
                start = 1; // the LF of a CR LF split across two reads
            }

            afterCr = false;
            while (start < read)
            {
                var end = chunk.AsSpan(start, read - start).IndexOfAny('\r', '\n');
                if (end < 0)
                {
                    Append(line, chunk.AsSpan(start, read - start), ref tooLong);
                    pending = true;
                    break;
                }

                Append(line, chunk.AsSpan(start, end), ref tooLong);
                var next = start + end + 1;
                if (chunk[start + end] == '\r')
                {
                    if (next < read)
                    {
                        if (chunk[next] == '\n')
                        {
                            next++;
                        }
                    }
                    else
                    {
                        afterCr = true;
                    }
                }

                start = next;
                pending = false;
                yield return Take(line, ref tooLong);
            }
        }

        if (pending)
        {
            yield return Take(line, ref tooLong);
        }
    }

    private void Append(StringBuilder line, ReadOnlySpan<char> text, ref bool tooLong)
    {
        if (tooLong || text.IsEmpty)
        {
            return; // the rest of a too-long line is skipped as it streams by
        }

        if (line.Length + text.Length > MaxLineLength)
        {
            var keep = Math.Max(0, KeptPrefixLength - line.Length);
            line.Append(text[..Math.Min(keep, text.Length)]);
            if (line.Length > KeptPrefixLength)
            {
                line.Length = KeptPrefixLength;
            }

            tooLong = true;
            return;
        }

        line.Append(text);
        LongestHeld = Math.Max(LongestHeld, line.Length);
    }

    private static InputItem Take(StringBuilder line, ref bool tooLong)
    {
        var item = new InputItem(line.ToString(), tooLong, null);
        line.Clear();
        tooLong = false;
        return item;
    }
}
