namespace NumberIntel.Cli.Input;

/// <summary>One input of a run: the phone text, whether its line was cut for being too long, and the CRM row it came from.</summary>
/// <param name="Text">The phone number as written (at most <see cref="LineReader.MaxLineLength"/> characters).</param>
/// <param name="TooLong">True when the line was longer than <see cref="LineReader.MaxLineLength"/>: <paramref name="Text"/> is a prefix.</param>
/// <param name="Row">The fields of the CSV record (CRM input), or null for one-number-per-line input.</param>
internal readonly record struct InputItem(string Text, bool TooLong, string[]? Row);
