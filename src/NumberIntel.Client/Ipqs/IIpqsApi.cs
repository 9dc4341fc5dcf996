using Refit;

namespace NumberIntel.Client.Ipqs;

/// <summary>
/// IPQS phone validation on the wire (Refit, source-generated): what <see cref="IpqsClient"/> calls. Resolve it from DI
/// (<c>AddNumberIntel</c> registers it on the <see cref="NumberIntelHttpClientNames.Ipqs"/> client, with the same handlers
/// as <see cref="IpqsClient"/>) for raw access. The key travels in the <c>IPQS-KEY</c> header, never in the URL.
/// </summary>
public interface IIpqsApi
{
    /// <summary><c>GET {BaseAddress}json/phone?phone=…</c> with the key in the <c>IPQS-KEY</c> header. Null parameters are not sent.</summary>
    /// <param name="apiKey">The IPQS API key (sent as the <c>IPQS-KEY</c> header only).</param>
    /// <param name="phone"><c>phone</c>: the number, preferably E.164.</param>
    /// <param name="strictness"><c>strictness</c>: 0–2.</param>
    /// <param name="countries"><c>country[]</c>: expected countries, each sent as its own <c>country[]</c> parameter.</param>
    /// <param name="enhancedLineCheck"><c>enhanced_line_check</c>: <c>true</c> or <c>false</c>.</param>
    /// <param name="enhancedNameCheck"><c>enhanced_name_check</c>: <c>true</c> or <c>false</c>.</param>
    /// <param name="smsPumping"><c>sms_pumping</c>: <c>true</c> or <c>false</c>.</param>
    /// <param name="parameters">Custom tracking variables and transaction parameters, each sent as <c>name=value</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The answer, never thrown for an HTTP status. IPQS reports its errors as HTTP 200 with <c>success:false</c>, so
    /// <see cref="IApiResponse.IsSuccessful"/> is true for them: check <see cref="IpqsPhoneResult.Success"/> first.
    /// </returns>
    [Get("/json/phone")]
    Task<IApiResponse<IpqsPhoneResult>> ValidateAsync(
        [Header("IPQS-KEY")] string apiKey,
        string phone,
        int? strictness = null,
        [AliasAs("country[]"), Query(CollectionFormat.Multi)] IEnumerable<string>? countries = null,
        [AliasAs("enhanced_line_check")] string? enhancedLineCheck = null,
        [AliasAs("enhanced_name_check")] string? enhancedNameCheck = null,
        [AliasAs("sms_pumping")] string? smsPumping = null,
        [Query] IDictionary<string, string>? parameters = null,
        CancellationToken cancellationToken = default);
}
