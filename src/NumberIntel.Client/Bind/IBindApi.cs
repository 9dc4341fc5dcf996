using Refit;

namespace NumberIntel.Client.Bind;

/// <summary>
/// Bind number scoring on the wire (Refit, source-generated): what <see cref="BindClient"/> calls. Resolve it from DI
/// (<c>AddNumberIntel</c> registers it on the <see cref="NumberIntelHttpClientNames.Bind"/> client, with the same handlers
/// as <see cref="BindClient"/>) for raw access; batching, per-item retry and error classification are then yours.
/// </summary>
public interface IBindApi
{
    /// <summary><c>POST {BaseAddress}lookup/number-scoring</c> with the key in the <c>X-API-KEY</c> header.</summary>
    /// <param name="apiKey">The Bind API key (sent as the <c>X-API-KEY</c> header only).</param>
    /// <param name="request">The body: <c>{"msisdn": [...], "callback_url": ...}</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The answer, never thrown for an HTTP status: a 200 carries the items in <see cref="IApiResponse{T}.Content"/>;
    /// a non-success status or a body that is not the expected JSON is reported in <see cref="IApiResponse.Error"/>.
    /// </returns>
    [Post("/lookup/number-scoring")]
    Task<IApiResponse<BindScoringResponse>> ScoreAsync(
        [Header("X-API-KEY")] string apiKey,
        [Body] BindScoringRequest request,
        CancellationToken cancellationToken = default);
}
