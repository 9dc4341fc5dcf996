using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Assessment;

/// <summary>One input of a bulk run, from the reader to the consumer.</summary>
internal sealed class BulkItem(string input, long index, PhoneNumberParseResult number, BulkEntry? entry, bool isRepeat)
{
    public string Input { get; } = input;

    public long Index { get; } = index;

    public PhoneNumberParseResult Number { get; } = number;

    /// <summary>The distinct number this input is answered by; null for input that is not a possible number.</summary>
    public BulkEntry? Entry { get; } = entry;

    /// <summary>Whether the input reuses the answers of an earlier input (<see cref="BulkEntry.FirstIndex"/>).</summary>
    public bool IsRepeat { get; } = isRepeat;
}
