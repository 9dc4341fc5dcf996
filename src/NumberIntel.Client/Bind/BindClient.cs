using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NumberIntel.Client.Http;
using NumberIntel.Client.Telemetry;
using Refit;

namespace NumberIntel.Client.Bind;

/// <summary>Typed client of Bind number scoring, over <see cref="IBindApi"/> (<c>POST {BaseAddress}lookup/number-scoring</c>, header <c>X-API-KEY</c>).</summary>
/// <remarks>
/// <para>
/// Safe for concurrent use: the options are validated and copied at construction and no per-call state is kept.
/// A client built by hand over an <see cref="HttpClient"/> does not own, dispose or modify it; its handler may or may
/// not decompress, compressed answers are read either way, and its <see cref="HttpClient.Timeout"/> bounds each whole
/// exchange, body included. The DI client adds the resilience pipeline (see <c>AddNumberIntel</c>).
/// </para>
/// <para>
/// Results come back one per input, in input order. Duplicates are sent once (never paid twice) and fanned out;
/// larger inputs are split into requests of at most <see cref="BindOptions.MaxBatchSize"/>, sent one after the other.
/// A number the vendor leaves out of its answer gets a synthesized result with
/// <see cref="BindScoringResult.Response"/> = <see cref="BindResponseCode.Unknown"/>: no input is ever dropped.
/// </para>
/// <para>
/// Per-number codes 0, 1, 5, 6 are final results. Items answered 4 (throttled) or 7 (timeout) are resubmitted alone,
/// by a Polly retry strategy with back-off, up to <see cref="NumberIntelResilienceOptions.MaxItemAttempts"/> (see
/// <see cref="NumberIntelVendorOptions.Resilience"/>); items already answered are never sent again. After the last
/// attempt an item keeps its code 4 or 7. Codes 2, 3 and 8 concern the account and raise
/// <see cref="NumberIntelAccountException"/> at once; results of batches already answered in the same call are not
/// returned in that case.
/// </para>
/// <para>
/// Every failure is a typed <see cref="NumberIntelException"/> that never contains the key, the same whether the client
/// was built by hand or by DI: an unreachable host, a reset connection or a timeout is a
/// <see cref="NumberIntelVendorException"/> with the original exception inside.
/// </para>
/// </remarks>
public sealed class BindClient : IBindClient
{
    /// <summary>The path of the scoring endpoint, relative to the base address.</summary>
    internal const string ScoringPath = "lookup/number-scoring";

    /// <summary>The header that carries the key.</summary>
    internal const string ApiKeyHeader = "X-API-KEY";

    /// <summary>The longest MSISDN accepted (E.164 allows 15 digits).</summary>
    internal const int MaxMsisdnLength = 15;

    private const string Operation = "number-scoring";

    /// <summary>
    /// Refit settings of the Bind API (<see cref="BindJsonContext"/>); the call's arguments are kept on the request so the
    /// rate limiter can count one permit per MSISDN of the body.
    /// </summary>
    internal static RefitSettings RefitSettings { get; } = VendorHttp.CreateSettings(BindJsonContext.Default.Options, captureArguments: true);

    private readonly IBindApi _api;
    private readonly VendorEndpoint _endpoint;
    private readonly string? _callbackUrl;
    private readonly BindItemRetry _itemRetry;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<BindScoringResult>>> _scoreBatch;

    /// <summary>Creates the client.</summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="options">Key, base address and batch settings.</param>
    /// <exception cref="ArgumentException">
    /// The key is missing, the base address or the callback URL is not absolute, not https (http is allowed for loopback
    /// hosts only) or has a query, or a size, resilience or rate-limit setting is out of range (the same rules as
    /// <c>AddNumberIntel</c>'s start-up validation). The message names the option and never contains the key.
    /// </exception>
    public BindClient(HttpClient httpClient, BindOptions options)
        : this(httpClient, options, null, null)
    {
    }

    /// <summary>Creates the client with logging and a clock.</summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="options">Key, base address and batch settings.</param>
    /// <param name="logger">Debug logs of each request (batch size, status, duration, redacted MSISDN; never the key), or null.</param>
    /// <param name="timeProvider">The clock for durations, back-offs and <c>Retry-After</c> dates; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException">See <see cref="BindClient(HttpClient, BindOptions)"/>.</exception>
    public BindClient(HttpClient httpClient, BindOptions options, ILogger<BindClient>? logger, TimeProvider? timeProvider)
        : this(null, httpClient, options, logger, timeProvider)
    {
    }

    /// <summary>
    /// Creates the client over a Refit <see cref="IBindApi"/>, e.g. the one <c>AddNumberIntel</c> registers with its
    /// handlers and resilience pipeline. <paramref name="options"/> gives the key, batch and item-retry settings.
    /// </summary>
    /// <param name="api">The wire client.</param>
    /// <param name="options">Key, base address and batch settings.</param>
    /// <param name="logger">Debug logs of each request, or null.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException">See <see cref="BindClient(HttpClient, BindOptions)"/>.</exception>
    public BindClient(IBindApi api, BindOptions options, ILogger<BindClient>? logger, TimeProvider? timeProvider)
        : this(api ?? throw new ArgumentNullException(nameof(api)), null, options, logger, timeProvider)
    {
    }

    private BindClient(IBindApi? api, HttpClient? httpClient, BindOptions options, ILogger<BindClient>? logger, TimeProvider? timeProvider)
    {
        if (api is null)
        {
            ArgumentNullException.ThrowIfNull(httpClient);
        }

        ArgumentNullException.ThrowIfNull(options);
        _endpoint = VendorOptionsValidator.Validate(
            options,
            NumberIntelVendor.Bind,
            "Bind",
            "NumberIntel:Bind",
            ApiKeyHeader,
            (name, separator, errors) => BindOptionsValidator.CollectErrors(options, name, separator, errors));
        _callbackUrl = options.CallbackUrl?.AbsoluteUri;
        MaxBatchSize = options.MaxBatchSize;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _scoreBatch = ScoreBatchAsync;
        _itemRetry = new BindItemRetry(options.Resilience ?? new NumberIntelResilienceOptions(), _timeProvider, _logger);
        _api = api ?? RestService.ForGenerated<IBindApi>(VendorHttp.CreateDirectClient(httpClient!, _endpoint), RefitSettings);
    }

    /// <summary>The largest number of MSISDNs sent in one request.</summary>
    internal int MaxBatchSize { get; }

    /// <inheritdoc />
    public Task<BindScoringResult> ScoreAsync(string msisdn, CancellationToken cancellationToken = default)
    {
        var normalized = NormalizeMsisdn(msisdn, nameof(msisdn));
        return ScoreOneAsync(normalized, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<BindScoringResult>> ScoreAsync(IEnumerable<string> msisdns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(msisdns);
        var inputs = new List<string>();
        foreach (var msisdn in msisdns)
        {
            inputs.Add(NormalizeMsisdn(msisdn, nameof(msisdns)));
        }

        if (inputs.Count == 0)
        {
            throw new ArgumentException("At least one MSISDN is required.", nameof(msisdns));
        }

        return ScoreManyAsync(inputs, cancellationToken);
    }

    /// <summary>
    /// Sends exactly one request for <paramref name="msisdns"/> and returns one result per item, in the same order
    /// (the seam for per-item retry: resubmit the items whose code is 4 or 7).
    /// </summary>
    /// <param name="msisdns">Normalized (<see cref="NormalizeMsisdn"/>), distinct MSISDNs; 1 to <see cref="MaxBatchSize"/> of them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One result per item, aligned with <paramref name="msisdns"/>; omitted items are synthesized as <see cref="BindResponseCode.Unknown"/>.</returns>
    /// <exception cref="NumberIntelAccountException">An item carries code 2, 3 or 8.</exception>
    internal async Task<IReadOnlyList<BindScoringResult>> ScoreBatchAsync(IReadOnlyList<string> msisdns, CancellationToken cancellationToken)
    {
        Debug.Assert(msisdns.Count is > 0 && msisdns.Count <= MaxBatchSize, "Batch size out of range.");
        Debug.Assert(msisdns.Distinct(StringComparer.Ordinal).Count() == msisdns.Count, "Batch items must be distinct.");
        cancellationToken.ThrowIfCancellationRequested();

        TransportLog.Sending(_logger, "Bind", Operation, msisdns.Count, msisdns[0]);
        var request = new BindScoringRequest { Msisdn = msisdns, CallbackUrl = _callbackUrl };
        var started = _timeProvider.GetTimestamp();
        BindScoringResponse body;
        HttpStatusCode status;
        string? requestId;
        try
        {
            using var response = await _api.ScoreAsync(_endpoint.ApiKey, request, cancellationToken).ConfigureAwait(false);
            status = response.StatusCode ?? 0;
            requestId = RequestIds.Read(response.Headers);
            body = VendorHttp.Content(response, _endpoint, _timeProvider);
        }
        catch (Exception ex) when (LogFailure(ex, msisdns.Count, started))
        {
            throw; // Unreachable: the filter only logs.
        }

        TransportLog.Completed(_logger, "Bind", Operation, (int)status, msisdns.Count, _timeProvider, started);
        if (body.SkippedItems > 0)
        {
            TransportLog.BindItemsSkipped(_logger, body.SkippedItems);
        }

        ThrowOnAccountCode(body.Items, status, requestId);
        return Match(msisdns, body.Items, _logger);
    }

    private bool LogFailure(Exception ex, int batchSize, long started)
    {
        if (ex is NumberIntelException { StatusCode: { } status })
        {
            TransportLog.Failed(_logger, "Bind", Operation, (int)status, ex, batchSize, _timeProvider, started);
        }
        else
        {
            TransportLog.NoResponse(_logger, "Bind", Operation, ex, batchSize, _timeProvider, started);
        }

        return false;
    }

    /// <summary>Normalizes an MSISDN: trims it and removes a leading <c>+</c>; it must then be 1–15 ASCII digits.</summary>
    /// <param name="msisdn">The input.</param>
    /// <param name="paramName">The argument name for the exception.</param>
    /// <returns>The digits.</returns>
    /// <exception cref="ArgumentException">Null, empty, not digits, or longer than 15 digits.</exception>
    internal static string NormalizeMsisdn(string? msisdn, string paramName)
    {
        if (string.IsNullOrWhiteSpace(msisdn))
        {
            throw new ArgumentException("An MSISDN must not be null or empty.", paramName);
        }

        var digits = msisdn.AsSpan().Trim();
        if (digits.StartsWith("+", StringComparison.Ordinal))
        {
            digits = digits[1..];
        }

        if (digits.IsEmpty || digits.Length > MaxMsisdnLength || digits.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException(
                $"An MSISDN must be 1 to {MaxMsisdnLength} digits, country code first, with no separators (parse user input with PhoneNumberParser first); got '{MsisdnRedactor.Redact(msisdn)}'.",
                paramName);
        }

        return digits.Length == msisdn.Length ? msisdn : digits.ToString();
    }

    /// <summary>Pairs the vendor's items with the requested MSISDNs; see <see cref="ScoreBatchAsync"/>.</summary>
    /// <param name="msisdns">The requested, distinct MSISDNs.</param>
    /// <param name="items">The vendor's items in any order.</param>
    /// <param name="logger">Where to note omitted or unexpected items.</param>
    /// <returns>One result per requested MSISDN, aligned.</returns>
    internal static IReadOnlyList<BindScoringResult> Match(IReadOnlyList<string> msisdns, IReadOnlyList<BindScoringResult> items, ILogger logger)
    {
        if (msisdns.Count == 1 && items.Count == 1 && string.Equals(items[0].Msisdn, msisdns[0], StringComparison.Ordinal))
        {
            return [items[0]]; // the common single-number answer: the same result as the general matching below
        }

        var requested = new HashSet<string>(msisdns, StringComparer.Ordinal);
        var byMsisdn = new Dictionary<string, BindScoringResult>(StringComparer.Ordinal);
        var withoutMsisdn = new List<BindScoringResult>();
        foreach (var item in items)
        {
            var key = DigitsOf(item.Msisdn);
            if (key is null)
            {
                withoutMsisdn.Add(item);
            }
            else if (!requested.Contains(key))
            {
                TransportLog.BindItemUnexpected(logger, key);
            }
            else
            {
                // A repeated item for the same number: the first one wins.
                byMsisdn.TryAdd(key, item);
            }
        }

        var results = new BindScoringResult[msisdns.Count];
        for (var i = 0; i < msisdns.Count; i++)
        {
            var msisdn = msisdns[i];
            if (byMsisdn.TryGetValue(msisdn, out var item))
            {
                results[i] = string.Equals(item.Msisdn, msisdn, StringComparison.Ordinal) ? item : item with { Msisdn = msisdn };
            }
            else if (msisdns.Count == 1 && byMsisdn.Count == 0 && withoutMsisdn.Count == 1)
            {
                // One number asked, one answer that does not name its number: it can only be that number's.
                results[i] = withoutMsisdn[0] with { Msisdn = msisdn };
            }
            else
            {
                TransportLog.BindItemOmitted(logger, msisdn);
                results[i] = new BindScoringResult { Msisdn = msisdn, Response = BindResponseCode.Unknown };
            }
        }

        return results;
    }

    private static string? DigitsOf(string? msisdn)
    {
        if (string.IsNullOrWhiteSpace(msisdn))
        {
            return null;
        }

        var span = msisdn.AsSpan().Trim();
        if (!span.ContainsAnyExceptInRange('0', '9'))
        {
            return span.Length == msisdn.Length ? msisdn : span.ToString();
        }

        var digits = new string(msisdn.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits;
    }

    private static void ThrowOnAccountCode(IReadOnlyList<BindScoringResult> items, HttpStatusCode status, string? requestId)
    {
        foreach (var item in items)
        {
            if (item.Response.AccountProblem() is { } problem)
            {
                throw new NumberIntelAccountException(
                    $"Bind refused the lookup: {problem}; retrying will not help.",
                    NumberIntelVendor.Bind,
                    status,
                    requestId,
                    item.Response.VendorCode());
            }
        }
    }

    private async Task<BindScoringResult> ScoreOneAsync(string msisdn, CancellationToken cancellationToken)
    {
        var results = await ScoreWithItemRetriesAsync([msisdn], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>
    /// Scores one batch of distinct MSISDNs, resubmitting only the items answered 4 (throttled) or 7 (timeout), per
    /// <see cref="NumberIntelResilienceOptions.MaxItemAttempts"/> and <see cref="NumberIntelResilienceOptions.ItemBaseDelay"/>.
    /// </summary>
    internal Task<BindScoringResult[]> ScoreWithItemRetriesAsync(IReadOnlyList<string> msisdns, CancellationToken cancellationToken) =>
        _itemRetry.RunAsync(msisdns, _scoreBatch, cancellationToken);

    private async Task<IReadOnlyList<BindScoringResult>> ScoreManyAsync(List<string> inputs, CancellationToken cancellationToken)
    {
        // Each distinct number once, in first-seen order.
        var distinct = new List<string>(inputs.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var msisdn in inputs)
        {
            if (seen.Add(msisdn))
            {
                distinct.Add(msisdn);
            }
        }

        var byMsisdn = new Dictionary<string, BindScoringResult>(distinct.Count, StringComparer.Ordinal);
        foreach (var batch in distinct.Chunk(MaxBatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var results = await ScoreWithItemRetriesAsync(batch, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < batch.Length; i++)
            {
                byMsisdn[batch[i]] = results[i];
            }
        }

        var ordered = new BindScoringResult[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            ordered[i] = byMsisdn[inputs[i]];
        }

        return ordered;
    }
}
