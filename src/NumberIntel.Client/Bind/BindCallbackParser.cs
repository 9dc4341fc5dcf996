using System.Text.Json;

namespace NumberIntel.Client.Bind;

/// <summary>
/// Reads the body of a Bind callback: the POST that Bind sends to the <c>callback_url</c> of a number-scoring request.
/// </summary>
/// <remarks>
/// <para>
/// The body has the item shape of the number-scoring answer. Bind's documentation does not say whether a callback
/// carries an array of items or a single item object, so both are accepted: an array gives its items in the vendor's
/// order, an object gives one item. Array items that are not objects (a string, <c>null</c>) are skipped, as in the
/// synchronous answer.
/// </para>
/// <para>
/// Parsing is as tolerant as the typed client: unknown enum strings map to <c>Unknown</c>, unparseable dates and numbers
/// to <see langword="null"/>, and fields this version does not model are kept in
/// <see cref="BindScoringResult.AdditionalProperties"/>. Per-number codes (including <see cref="BindResponseCode.Throttled"/>,
/// <see cref="BindResponseCode.Timeout"/> and the account codes 2, 3 and 8) are returned as results, never thrown.
/// A body that is not JSON at all, or whose root is neither an array nor an object, is a
/// <see cref="NumberIntelVendorException"/> for <see cref="NumberIntelVendor.Bind"/> (the <see cref="JsonException"/> is
/// its inner exception).
/// </para>
/// <para>
/// The parser does not authenticate the sender and does not cap the body size: the receiving endpoint should check a
/// shared secret and limit the request size (the SignupApi sample's <c>POST /bind/callback</c> does both). It uses the
/// SDK's source-generated JSON contracts, so it is safe for trimming and Native AOT.
/// </para>
/// </remarks>
public static class BindCallbackParser
{
    private const string NotACallback =
        "The Bind callback body is not number-scoring JSON (empty, not JSON, truncated, or neither an array of results nor one result object).";

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Parses a callback body held in memory.</summary>
    /// <param name="utf8Json">The request body, UTF-8 JSON (a leading byte order mark is allowed).</param>
    /// <returns>The results in the vendor's order; empty for an empty array.</returns>
    /// <exception cref="NumberIntelVendorException">The body is not a Bind callback (see the remarks).</exception>
    public static IReadOnlyList<BindScoringResult> Parse(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            // A UTF-8 byte order mark is skipped, as DeserializeAsync does for a stream.
            var json = utf8Json.StartsWith(Utf8Bom) ? utf8Json[Utf8Bom.Length..] : utf8Json;
            return Read(JsonSerializer.Deserialize(json, BindJsonContext.Default.BindCallbackBody));
        }
        catch (JsonException ex)
        {
            throw Invalid(ex);
        }
    }

    /// <summary>Parses a callback body from a stream, such as <c>HttpRequest.Body</c>, without buffering it first.</summary>
    /// <param name="utf8Json">The request body, UTF-8 JSON. It is read to its end and not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The results in the vendor's order; empty for an empty array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="NumberIntelVendorException">The body is not a Bind callback (see the remarks).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<IReadOnlyList<BindScoringResult>> ParseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            var body = await JsonSerializer
                .DeserializeAsync(utf8Json, BindJsonContext.Default.BindCallbackBody, cancellationToken)
                .ConfigureAwait(false);
            return Read(body);
        }
        catch (JsonException ex)
        {
            throw Invalid(ex);
        }
    }

    private static IReadOnlyList<BindScoringResult> Read(BindCallbackBody? body) =>
        body?.Items ?? throw new JsonException("The Bind callback body is JSON null.");

    private static NumberIntelVendorException Invalid(JsonException inner) =>
        new(NotACallback, NumberIntelVendor.Bind, innerException: inner);
}
