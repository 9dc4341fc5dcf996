using System.Text.Json.Serialization;

namespace NumberIntel.Client.Bind;

/// <summary>Bind's 200 body (<see cref="IBindApi.ScoreAsync"/>): a JSON array of results. Array items that are not objects are skipped and counted.</summary>
[JsonConverter(typeof(BindScoringResponseConverter))]
public sealed class BindScoringResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="items">The object items, in the vendor's order.</param>
    /// <param name="skippedItems">How many array items were not objects.</param>
    public BindScoringResponse(IReadOnlyList<BindScoringResult> items, int skippedItems)
    {
        Items = items;
        SkippedItems = skippedItems;
    }

    /// <summary>The object items, in the vendor's order.</summary>
    public IReadOnlyList<BindScoringResult> Items { get; }

    /// <summary>How many array items were not objects (a string, a number, <c>null</c>).</summary>
    public int SkippedItems { get; }
}
