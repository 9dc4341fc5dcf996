using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NumberIntel.Client.Http;
using Refit;

namespace NumberIntel.Client.Ipqs;

/// <summary>Typed client of IPQS phone validation, over <see cref="IIpqsApi"/> (<c>GET {BaseAddress}json/phone?phone=…</c>, header <c>IPQS-KEY</c>).</summary>
/// <remarks>
/// <para>
/// The key travels only in the <c>IPQS-KEY</c> header, never in the URL (the vendor's key-in-path form is not used).
/// Safe for concurrent use: options are validated and copied at construction. The <see cref="HttpClient"/> is not
/// owned and not modified.
/// </para>
/// <para>
/// IPQS reports errors as HTTP 200 with <c>success:false</c>. They are classified before any other field is used:
/// an invalid or unauthorized key → <see cref="NumberIntelAuthenticationException"/>; insufficient credits or an
/// exceeded request quota → <see cref="NumberIntelAccountException"/>; anything else → <see cref="NumberIntelVendorException"/>.
/// Each carries <c>request_id</c> (<see cref="NumberIntelException.RequestId"/>) and the vendor's message
/// (<see cref="NumberIntelException.VendorCode"/>), never the key.
/// </para>
/// <para>
/// Every failure is a typed <see cref="NumberIntelException"/>, the same whether the client was built by hand or by DI:
/// an unreachable host, a reset connection or a timeout is a <see cref="NumberIntelVendorException"/> with the original
/// exception inside. A client built by hand over an <see cref="HttpClient"/> has that client's
/// <see cref="HttpClient.Timeout"/> bound each whole exchange, body included.
/// </para>
/// </remarks>
public sealed class IpqsClient : IIpqsClient
{
    /// <summary>The path of the phone endpoint, relative to the base address.</summary>
    internal const string PhonePath = "json/phone";

    /// <summary>The header that carries the key.</summary>
    internal const string ApiKeyHeader = "IPQS-KEY";

    /// <summary>The longest phone input accepted, in characters.</summary>
    internal const int MaxPhoneLength = 64;

    private const string Operation = "phone-validation";

    /// <summary>Refit settings of the IPQS API (<see cref="IpqsJsonContext"/>).</summary>
    internal static RefitSettings RefitSettings { get; } = VendorHttp.CreateSettings(IpqsJsonContext.Default.Options, captureArguments: false);

    private readonly IIpqsApi _api;
    private readonly VendorEndpoint _endpoint;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly IpqsPhoneRequest? _defaultRequest;

    /// <summary>Creates the client.</summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="options">Key and base address.</param>
    /// <exception cref="ArgumentException">
    /// The key is missing, the base address is not absolute or not https (http is allowed for loopback hosts only),
    /// the response cap is not positive, or <see cref="IpqsOptions.DefaultRequest"/> is invalid. The message never contains the key.
    /// </exception>
    public IpqsClient(HttpClient httpClient, IpqsOptions options)
        : this(httpClient, options, null, null)
    {
    }

    /// <summary>Creates the client with logging and a clock.</summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="options">Key and base address.</param>
    /// <param name="logger">Debug logs of each request (status, duration, redacted number; never the key), or null.</param>
    /// <param name="timeProvider">The clock for durations and <c>Retry-After</c> dates; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException">See <see cref="IpqsClient(HttpClient, IpqsOptions)"/>.</exception>
    public IpqsClient(HttpClient httpClient, IpqsOptions options, ILogger<IpqsClient>? logger, TimeProvider? timeProvider)
        : this(null, httpClient, options, logger, timeProvider)
    {
    }

    /// <summary>
    /// Creates the client over a Refit <see cref="IIpqsApi"/>, e.g. the one <c>AddNumberIntel</c> registers with its
    /// handlers and resilience pipeline. <paramref name="options"/> gives the key and the default request.
    /// </summary>
    /// <param name="api">The wire client.</param>
    /// <param name="options">Key and base address.</param>
    /// <param name="logger">Debug logs of each request, or null.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException">See <see cref="IpqsClient(HttpClient, IpqsOptions)"/>.</exception>
    public IpqsClient(IIpqsApi api, IpqsOptions options, ILogger<IpqsClient>? logger, TimeProvider? timeProvider)
        : this(api ?? throw new ArgumentNullException(nameof(api)), null, options, logger, timeProvider)
    {
    }

    private IpqsClient(IIpqsApi? api, HttpClient? httpClient, IpqsOptions options, ILogger<IpqsClient>? logger, TimeProvider? timeProvider)
    {
        if (api is null)
        {
            ArgumentNullException.ThrowIfNull(httpClient);
        }

        ArgumentNullException.ThrowIfNull(options);
        _endpoint = VendorOptionsValidator.Validate(options, NumberIntelVendor.Ipqs, "IPQS", "NumberIntel:Ipqs", ApiKeyHeader);
        if (options.DefaultRequest is { } defaults)
        {
            Validate(defaults, nameof(options));
        }

        _defaultRequest = options.DefaultRequest;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _api = api ?? RestService.ForGenerated<IIpqsApi>(VendorHttp.CreateDirectClient(httpClient!, _endpoint), RefitSettings);
    }

    /// <inheritdoc />
    public Task<IpqsPhoneResult> ValidateAsync(string phone, IpqsPhoneRequest? request = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            throw new ArgumentException("A phone number is required.", nameof(phone));
        }

        var trimmed = phone.Trim();
        if (trimmed.Length > MaxPhoneLength || HasControl(trimmed))
        {
            throw new ArgumentException($"The phone number must be at most {MaxPhoneLength} printable characters.", nameof(phone));
        }

        var effective = request ?? _defaultRequest;
        if (request is not null)
        {
            Validate(request, nameof(request));
        }

        return SendAsync(trimmed, effective, cancellationToken);
    }

    /// <summary>Whether <paramref name="text"/> holds a control character (<see cref="char.IsControl(char)"/>).</summary>
    private static bool HasControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The custom variables and transaction parameters of <paramref name="request"/> as one query map, or null.</summary>
    /// <param name="request">The parameters, or null.</param>
    /// <returns>The map in the order given (custom variables first), or null when there are none.</returns>
    internal static Dictionary<string, string>? ExtraParameters(IpqsPhoneRequest? request)
    {
        if (request is null || (request.CustomVariables is not { Count: > 0 } && request.TransactionParameters is not { Count: > 0 }))
        {
            return null;
        }

        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.CustomVariables ?? Empty)
        {
            all[name] = value;
        }

        foreach (var (name, value) in request.TransactionParameters ?? Empty)
        {
            all[name] = value;
        }

        return all;
    }

    private static IReadOnlyDictionary<string, string> Empty { get; } = new Dictionary<string, string>();

    private static string? Flag(bool? value) => value is { } flag ? (flag ? "true" : "false") : null;

    private static void Validate(IpqsPhoneRequest request, string paramName)
    {
        if (IpqsRequestValidator.Check(request, nameof(IpqsPhoneRequest), ".", out var strictness) is { } problem)
        {
            throw strictness
                ? new ArgumentOutOfRangeException(paramName, request.Strictness, problem)
                : new ArgumentException(problem, paramName);
        }
    }

    private async Task<IpqsPhoneResult> SendAsync(string phone, IpqsPhoneRequest? request, CancellationToken cancellationToken)
    {
        var logger = _logger;
        TransportLog.Sending(logger, "IPQS", Operation, 1, phone);
        var started = _timeProvider.GetTimestamp();
        IpqsPhoneResult body;
        HttpStatusCode status;
        string? headerRequestId;
        try
        {
            using var response = await _api.ValidateAsync(
                _endpoint.ApiKey,
                phone,
                request?.Strictness,
                request?.Countries?.Select(static c => c.Trim()),
                Flag(request?.EnhancedLineCheck),
                Flag(request?.EnhancedNameCheck),
                Flag(request?.SmsPumping),
                ExtraParameters(request),
                cancellationToken).ConfigureAwait(false);
            status = response.StatusCode ?? 0;
            headerRequestId = RequestIds.Read(response.Headers);
            body = VendorHttp.Content(response, _endpoint, _timeProvider);
        }
        catch (Exception ex) when (LogFailure(ex, started))
        {
            throw; // Unreachable: the filter only logs.
        }

        TransportLog.Completed(logger, "IPQS", Operation, (int)status, 1, _timeProvider, started);

        // Classify first: an error body carries no usable field.
        if (body.Success == true)
        {
            return body;
        }

        var vendorMessage = Scrub(body.Message);
        var kind = IpqsErrorClassifier.Classify(vendorMessage);
        if (body.Success is null && kind == IpqsErrorClassifier.Kind.Other && (body.Valid is not null || body.FraudScore is not null))
        {
            // No success flag, but a result's fields: tolerated as a result.
            return body;
        }

        if (kind == IpqsErrorClassifier.Kind.Other && body.Errors is { Count: > 0 } errors)
        {
            var joined = Scrub(string.Join("; ", errors));
            kind = IpqsErrorClassifier.Classify(joined);
            vendorMessage = string.IsNullOrWhiteSpace(vendorMessage) ? joined : vendorMessage;
        }

        var requestId = body.RequestId ?? headerRequestId;
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var failure = kind.ToString();
            TransportLog.IpqsUnsuccessful(logger, failure, requestId);
        }

        if (body.Success is null && string.IsNullOrWhiteSpace(vendorMessage))
        {
            throw new NumberIntelVendorException(
                "IPQS answered with neither a success flag nor a result.",
                NumberIntelVendor.Ipqs,
                status,
                requestId);
        }

        throw IpqsErrorClassifier.ToException(kind, vendorMessage, status, requestId);
    }

    /// <summary>Replaces any occurrence of the API key in vendor-supplied text, and caps its length.</summary>
    private string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var scrubbed = text.Replace(_endpoint.ApiKey, "***", StringComparison.OrdinalIgnoreCase);
        return scrubbed.Length <= 500 ? scrubbed : string.Concat(scrubbed.AsSpan(0, 500), "…");
    }

    private bool LogFailure(Exception ex, long started)
    {
        if (ex is NumberIntelException { StatusCode: { } status })
        {
            TransportLog.Failed(_logger, "IPQS", Operation, (int)status, ex, 1, _timeProvider, started);
        }
        else
        {
            TransportLog.NoResponse(_logger, "IPQS", Operation, ex, 1, _timeProvider, started);
        }

        return false;
    }
}
