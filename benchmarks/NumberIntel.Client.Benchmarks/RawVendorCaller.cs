using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using NumberIntel.Client.Confidence;

namespace NumberIntel.Client.Benchmarks;

/// <summary>Minimal Bind request: just the MSISDN list.</summary>
internal sealed class RawBindRequest
{
    [JsonPropertyName("msisdn")]
    public required string[] Msisdn { get; init; }
}

/// <summary>Minimal Bind item: the fields the label needs.</summary>
internal sealed class RawBindItem
{
    [JsonPropertyName("response")]
    public int Response { get; init; }

    [JsonPropertyName("scoring")]
    public RawBindScoring? Scoring { get; init; }

    [JsonPropertyName("phone")]
    public RawBindPhone? Phone { get; init; }
}

/// <summary>Bind <c>scoring</c>.</summary>
internal sealed class RawBindScoring
{
    [JsonPropertyName("credibility")]
    public string? Credibility { get; init; }
}

/// <summary>Bind <c>phone</c>.</summary>
internal sealed class RawBindPhone
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }
}

/// <summary>Minimal IPQS answer: the fields the label needs.</summary>
internal sealed class RawIpqsResult
{
    [JsonPropertyName("success")]
    public bool Success { get; init; }

    [JsonPropertyName("valid")]
    public bool Valid { get; init; }

    [JsonPropertyName("fraud_score")]
    public int FraudScore { get; init; }

    [JsonPropertyName("VOIP")]
    public bool Voip { get; init; }

    [JsonPropertyName("line_type")]
    public string? LineType { get; init; }
}

/// <summary>The raw caller's own source-generated context.</summary>
[JsonSerializable(typeof(RawBindRequest))]
[JsonSerializable(typeof(RawBindItem[]))]
[JsonSerializable(typeof(RawIpqsResult))]
internal sealed partial class RawJsonContext : JsonSerializerContext;

/// <summary>
/// The floor: what a hand-written integration does with a plain <see cref="HttpClient"/> and System.Text.Json — the same
/// two endpoints, concurrently, then the simplest label. No parsing beyond digits, no retries, no limits, no telemetry.
/// </summary>
internal sealed class RawVendorCaller(HttpClient http)
{
    private static readonly Uri BindUri = new("https://bind.invalid/lookup/number-scoring");
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<ConfidenceLabel> AssessBothAsync(string input, CancellationToken cancellationToken = default)
    {
        var msisdn = Digits(input);
        if (msisdn.Length == 0)
        {
            return ConfidenceLabel.Invalid;
        }

        var bindTask = BindAsync(msisdn, cancellationToken);
        var ipqsTask = IpqsAsync(msisdn, cancellationToken);
        await Task.WhenAll(bindTask, ipqsTask).ConfigureAwait(false);
        return Label(await bindTask.ConfigureAwait(false), await ipqsTask.ConfigureAwait(false));
    }

    public async Task<ConfidenceLabel> AssessBindAsync(string input, CancellationToken cancellationToken = default)
    {
        var msisdn = Digits(input);
        return msisdn.Length == 0 ? ConfidenceLabel.Invalid : Label(await BindAsync(msisdn, cancellationToken).ConfigureAwait(false), null);
    }

    public async Task<ConfidenceLabel> AssessIpqsAsync(string input, CancellationToken cancellationToken = default)
    {
        var msisdn = Digits(input);
        return msisdn.Length == 0 ? ConfidenceLabel.Invalid : Label(null, await IpqsAsync(msisdn, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Raw HTTP as above, but both bodies read concurrently into the SDK's full wire models (<see cref="Bind.BindScoringResult"/>,
    /// <see cref="Ipqs.IpqsPhoneResult"/>, with their tolerant converters, through the SDK's own source-generated
    /// <see cref="Bind.BindJsonContext"/> and <see cref="Ipqs.IpqsJsonContext"/>) and the SDK's combined normalizer: the floor for <c>Sdk_Both</c>.
    /// </summary>
    public async Task<ConfidenceLabel> AssessBothFullModelAsync(string input, ConfidenceNormalizer normalizer, CancellationToken cancellationToken = default)
    {
        var msisdn = Digits(input);
        var bindTask = BindFullModelAsync(msisdn, cancellationToken);
        var ipqsTask = IpqsFullModelAsync(msisdn, cancellationToken);
        await Task.WhenAll(bindTask, ipqsTask).ConfigureAwait(false);
        var number = PhoneNumbers.PhoneNumberParser.Parse(input);
        return normalizer.Normalize(number, await bindTask.ConfigureAwait(false), await ipqsTask.ConfigureAwait(false)).Label;
    }

    /// <summary>
    /// Raw HTTP as above, but the body read into the SDK's full wire model (<see cref="Bind.BindScoringResult"/>, with its
    /// tolerant converters, through the SDK's source-generated context) and the SDK's normalizer: isolates what the typed
    /// clients' transport costs beyond the model.
    /// </summary>
    public async Task<ConfidenceLabel> AssessBindFullModelAsync(string input, ConfidenceNormalizer normalizer, CancellationToken cancellationToken = default) =>
        normalizer.Normalize(await BindFullModelAsync(Digits(input), cancellationToken).ConfigureAwait(false)).Label;

    /// <summary>IPQS counterpart of <see cref="AssessBindFullModelAsync"/>.</summary>
    public async Task<ConfidenceLabel> AssessIpqsFullModelAsync(string input, ConfidenceNormalizer normalizer, CancellationToken cancellationToken = default) =>
        normalizer.Normalize(await IpqsFullModelAsync(Digits(input), cancellationToken).ConfigureAwait(false)).Label;

    private async Task<Bind.BindScoringResult> BindFullModelAsync(string msisdn, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new RawBindRequest { Msisdn = [msisdn] }, RawJsonContext.Default.RawBindRequest);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var request = new HttpRequestMessage(HttpMethod.Post, BindUri) { Content = content };
        request.Headers.TryAddWithoutValidation("X-API-KEY", "bench-bind-key");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var items = await JsonSerializer.DeserializeAsync(stream, Bind.BindJsonContext.Default.ListBindScoringResult, cancellationToken).ConfigureAwait(false);
            return items![0];
        }
    }

    private async Task<Ipqs.IpqsPhoneResult> IpqsFullModelAsync(string msisdn, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("https://ipqs.invalid/api/json/phone?phone=" + msisdn));
        request.Headers.TryAddWithoutValidation("IPQS-KEY", "bench-ipqs-key");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var result = await JsonSerializer.DeserializeAsync(stream, Ipqs.IpqsJsonContext.Default.IpqsPhoneResult, cancellationToken).ConfigureAwait(false);
            return result!;
        }
    }

    private async Task<RawBindItem?> BindAsync(string msisdn, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new RawBindRequest { Msisdn = [msisdn] }, RawJsonContext.Default.RawBindRequest);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var request = new HttpRequestMessage(HttpMethod.Post, BindUri) { Content = content };
        request.Headers.TryAddWithoutValidation("X-API-KEY", "bench-bind-key");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var items = await JsonSerializer.DeserializeAsync(stream, RawJsonContext.Default.RawBindItemArray, cancellationToken).ConfigureAwait(false);
            return items is { Length: > 0 } ? items[0] : null;
        }
    }

    private async Task<RawIpqsResult?> IpqsAsync(string msisdn, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("https://ipqs.invalid/api/json/phone?phone=" + msisdn));
        request.Headers.TryAddWithoutValidation("IPQS-KEY", "bench-ipqs-key");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, RawJsonContext.Default.RawIpqsResult, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Digits(string input)
    {
        Span<char> buffer = stackalloc char[16];
        var n = 0;
        foreach (var c in input)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == buffer.Length)
                {
                    return string.Empty;
                }

                buffer[n++] = c;
            }
        }

        return n >= 8 ? new string(buffer[..n]) : string.Empty;
    }

    /// <summary>The simplest label: Bind credibility and IPQS validity/fraud score, the lower one wins.</summary>
    private static ConfidenceLabel Label(RawBindItem? bind, RawIpqsResult? ipqs)
    {
        var fromBind = bind is { Response: 0 }
            ? bind.Scoring?.Credibility switch
            {
                "high" => ConfidenceLabel.Verified,
                "medium" => ConfidenceLabel.Likely,
                "low" => ConfidenceLabel.Low,
                _ => ConfidenceLabel.Uncertain,
            }
            : (ConfidenceLabel?)null;
        var fromIpqs = ipqs is { Success: true }
            ? !ipqs.Valid ? ConfidenceLabel.Invalid
            : ipqs.FraudScore >= 85 ? ConfidenceLabel.Low
            : ipqs.FraudScore >= 75 || ipqs.Voip ? ConfidenceLabel.Uncertain
            : ConfidenceLabel.Verified
            : (ConfidenceLabel?)null;
        return (fromBind, fromIpqs) switch
        {
            ({ } b, { } i) => b < i ? b : i,
            ({ } b, null) => b,
            (null, { } i) => i,
            _ => ConfidenceLabel.Uncertain,
        };
    }
}
