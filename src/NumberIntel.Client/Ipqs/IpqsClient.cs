using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NumberIntel.Client.Http;
using NumberIntel.Client.Serialization;

namespace NumberIntel.Client.Ipqs;

/// <summary>Typed client of IPQS phone validation (<c>GET {BaseAddress}json/phone?phone=…</c>, header <c>IPQS-KEY</c>).</summary>
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
/// Connection failures (<see cref="HttpRequestException"/>) and timeouts (<see cref="TaskCanceledException"/>) are not wrapped.
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

    /// <summary>Parameter names a custom variable or transaction parameter may not use.</summary>
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "key", "api_key", "apikey", "phone", "strictness", "country", "country[]",
        "enhanced_line_check", "enhanced_name_check", "sms_pumping",
    };

    private readonly VendorHttpTransport _transport;
    private readonly Uri _phoneUri;
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
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = VendorOptionsValidator.Validate(options, NumberIntelVendor.Ipqs, "IPQS", "NumberIntel:Ipqs", ApiKeyHeader);
        if (options.DefaultRequest is { } defaults)
        {
            Validate(defaults, nameof(options));
        }

        _defaultRequest = options.DefaultRequest;
        _transport = new VendorHttpTransport(
            httpClient,
            endpoint,
            (ILogger?)logger ?? NullLogger.Instance,
            timeProvider ?? TimeProvider.System);
        _phoneUri = endpoint.Resolve(PhonePath);
    }

    /// <inheritdoc />
    public Task<IpqsPhoneResult> ValidateAsync(string phone, IpqsPhoneRequest? request = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            throw new ArgumentException("A phone number is required.", nameof(phone));
        }

        var trimmed = phone.Trim();
        if (trimmed.Length > MaxPhoneLength || trimmed.Any(char.IsControl))
        {
            throw new ArgumentException($"The phone number must be at most {MaxPhoneLength} printable characters.", nameof(phone));
        }

        var effective = request ?? _defaultRequest;
        if (request is not null)
        {
            Validate(request, nameof(request));
        }

        return SendAsync(trimmed, BuildUri(trimmed, effective), cancellationToken);
    }

    /// <summary>Builds the request URI: the phone and every set parameter, URL-encoded; never the key.</summary>
    /// <param name="phone">The phone number.</param>
    /// <param name="request">The parameters, or null.</param>
    /// <returns>The absolute URI.</returns>
    internal Uri BuildUri(string phone, IpqsPhoneRequest? request)
    {
        var query = new StringBuilder(128);
        Append(query, "phone", phone);
        if (request is not null)
        {
            if (request.Strictness is { } strictness)
            {
                Append(query, "strictness", strictness.ToString(CultureInfo.InvariantCulture));
            }

            foreach (var country in request.Countries ?? [])
            {
                Append(query, "country[]", country.Trim());
            }

            AppendFlag(query, "enhanced_line_check", request.EnhancedLineCheck);
            AppendFlag(query, "enhanced_name_check", request.EnhancedNameCheck);
            AppendFlag(query, "sms_pumping", request.SmsPumping);
            foreach (var (name, value) in request.CustomVariables ?? Empty)
            {
                Append(query, name, value);
            }

            foreach (var (name, value) in request.TransactionParameters ?? Empty)
            {
                Append(query, name, value);
            }
        }

        return new UriBuilder(_phoneUri) { Query = query.ToString() }.Uri;
    }

    private static IReadOnlyDictionary<string, string> Empty { get; } = new Dictionary<string, string>();

    private static void Append(StringBuilder query, string name, string? value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value ?? string.Empty));
    }

    private static void AppendFlag(StringBuilder query, string name, bool? value)
    {
        if (value is { } flag)
        {
            Append(query, name, flag ? "true" : "false");
        }
    }

    private static void Validate(IpqsPhoneRequest request, string paramName)
    {
        if (request.Strictness is { } s && s is < IpqsPhoneRequest.MinStrictness or > IpqsPhoneRequest.MaxStrictness)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                s,
                $"IpqsPhoneRequest.Strictness must be between {IpqsPhoneRequest.MinStrictness} and {IpqsPhoneRequest.MaxStrictness}.");
        }

        foreach (var country in request.Countries ?? [])
        {
            if (string.IsNullOrWhiteSpace(country))
            {
                throw new ArgumentException("IpqsPhoneRequest.Countries must not contain empty entries.", paramName);
            }
        }

        ValidateNames(request.CustomVariables, "CustomVariables", paramName);
        ValidateNames(request.TransactionParameters, "TransactionParameters", paramName);
    }

    private static void ValidateNames(IReadOnlyDictionary<string, string>? parameters, string property, string paramName)
    {
        foreach (var (name, value) in parameters ?? Empty)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"IpqsPhoneRequest.{property} must not contain an empty name.", paramName);
            }

            if (ReservedNames.Contains(name.Trim()))
            {
                throw new ArgumentException($"IpqsPhoneRequest.{property} must not use the reserved name '{name}'; use the typed property instead.", paramName);
            }

            if (value is null)
            {
                throw new ArgumentException($"IpqsPhoneRequest.{property}['{name}'] must not be null.", paramName);
            }
        }
    }

    private async Task<IpqsPhoneResult> SendAsync(string phone, Uri uri, CancellationToken cancellationToken)
    {
        var logger = _transport.Logger;
        TransportLog.Sending(logger, "IPQS", Operation, 1, phone);

        using var message = new HttpRequestMessage(HttpMethod.Get, uri);
        var response = await _transport
            .SendAsync(message, NumberIntelJsonContext.Default.IpqsPhoneResult, Operation, 1, cancellationToken)
            .ConfigureAwait(false);

        // Classify first: an error body carries no usable field.
        var body = response.Value;
        if (body.Success == true)
        {
            return body;
        }

        var vendorMessage = _transport.Scrub(body.Message);
        var kind = IpqsErrorClassifier.Classify(vendorMessage);
        if (body.Success is null && kind == IpqsErrorClassifier.Kind.Other && (body.Valid is not null || body.FraudScore is not null))
        {
            // No success flag, but a result's fields: tolerated as a result.
            return body;
        }

        if (kind == IpqsErrorClassifier.Kind.Other && body.Errors is { Count: > 0 } errors)
        {
            var joined = _transport.Scrub(string.Join("; ", errors));
            kind = IpqsErrorClassifier.Classify(joined);
            vendorMessage = string.IsNullOrWhiteSpace(vendorMessage) ? joined : vendorMessage;
        }

        var requestId = body.RequestId ?? response.RequestId;
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
                response.StatusCode,
                requestId);
        }

        throw IpqsErrorClassifier.ToException(kind, vendorMessage, response.StatusCode, requestId);
    }
}
