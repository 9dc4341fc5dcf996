using System.Text.Json.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>
/// The body of a Bind callback (the POST Bind sends to <c>callback_url</c>): the number-scoring items, sent either as a
/// JSON array (the shape of the synchronous answer) or as one item object.
/// </summary>
[JsonConverter(typeof(BindCallbackBodyConverter))]
internal sealed class BindCallbackBody
{
    /// <summary>Creates the body.</summary>
    /// <param name="items">The object items, in the vendor's order.</param>
    /// <param name="skippedItems">How many array items were not objects.</param>
    public BindCallbackBody(IReadOnlyList<BindScoringResult> items, int skippedItems)
    {
        Items = items;
        SkippedItems = skippedItems;
    }

    /// <summary>The object items, in the vendor's order.</summary>
    public IReadOnlyList<BindScoringResult> Items { get; }

    /// <summary>How many array items were not objects (a string, a number, <c>null</c>) and were skipped.</summary>
    public int SkippedItems { get; }
}
