using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Testing.Profiles;
using NumberIntel.Client.Testing.Wire;

namespace NumberIntel.Client.Testing.Hosting;

/// <summary>Routes and answers every request of the emulator: Bind under <c>/bind/</c>, IPQS under <c>/ipqs/api/</c>.</summary>
internal sealed class EmulatorHandler
{
    public const string BindPrefix = "/bind/";
    public const string IpqsPrefix = "/ipqs/api/";

    private const string BindPath = "/bind/lookup/number-scoring";
    private const string IpqsPath = "/ipqs/api/json/phone";
    private const string JsonContentType = "application/json";
    private const string PlainContentType = "text/plain; charset=utf-8";
    private const string BindKeyHeader = "X-API-KEY";
    private const string IpqsKeyHeader = "IPQS-KEY";

    private readonly NumberIntelEmulatorOptions _options;
    private readonly EmulatorVendorCounters _bind;
    private readonly EmulatorVendorCounters _ipqs;
    private readonly EmulatorFaults _faults;
    private readonly CancellationToken _stopping;
    private readonly EmulatorRateGate? _bindRate;
    private readonly EmulatorRateGate? _ipqsRate;

    public EmulatorHandler(NumberIntelEmulatorOptions options, EmulatorVendorCounters bind, EmulatorVendorCounters ipqs, EmulatorFaults faults, CancellationToken stopping)
    {
        _options = options;
        _bind = bind;
        _ipqs = ipqs;
        _faults = faults;
        _stopping = stopping;
        _bindRate = EmulatorRateGate.Create(options.TimeProvider, options.BindPermitsPerSecond, options.BindBurstSize);
        _ipqsRate = EmulatorRateGate.Create(options.TimeProvider, options.IpqsPermitsPerSecond, options.IpqsBurstSize);
    }

    private TimeProvider Time => _options.TimeProvider;

    public Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (string.Equals(path, BindPath, StringComparison.Ordinal))
        {
            return HandleBindAsync(context);
        }

        if (path.StartsWith(IpqsPath, StringComparison.Ordinal) && (path.Length == IpqsPath.Length || path[IpqsPath.Length] == '/'))
        {
            return HandleIpqsAsync(context, path[IpqsPath.Length..]);
        }

        return WriteAsync(context, StatusCodes.Status404NotFound, PlainContentType, "Not Found"u8.ToArray());
    }

    private async Task HandleBindAsync(HttpContext context)
    {
        var request = context.Request;
        var token = context.RequestAborted;
        var body = await ReadBodyAsync(request, token).ConfigureAwait(false);
        var (numbers, callbackUrl, bodyError) = ParseBindBody(body);
        var keyLocation = request.Headers.ContainsKey(BindKeyHeader) ? EmulatorApiKeyLocation.Header : EmulatorApiKeyLocation.None;
        _bind.RecordRequest(Describe(context, NumberIntelVendor.Bind, request.Path.Value!, keyLocation, numbers) with { CallbackUrl = callbackUrl });

        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "POST";
            await WriteAsync(context, StatusCodes.Status405MethodNotAllowed, PlainContentType, "Method Not Allowed"u8.ToArray()).ConfigureAwait(false);
            return;
        }

        var keys = numbers.Select(NumberKey.Of).ToArray();
        BindResponseCode? batchCode = null;
        if (_faults.TakeRequestFault(NumberIntelVendor.Bind, keys) is { } fault)
        {
            if (fault.Fault.Kind == EmulatorFaultKind.BindBatchCode)
            {
                batchCode = fault.Fault.BindCode;
            }
            else if (!await ApplyFaultAsync(context, fault, NumberIntelVendor.Bind, () => BindWire.Answer(Preview(numbers), Time.GetUtcNow())).ConfigureAwait(false))
            {
                return;
            }
        }

        if (!string.Equals(request.Headers[BindKeyHeader].ToString(), _options.BindApiKey, StringComparison.Ordinal) || string.IsNullOrEmpty(_options.BindApiKey))
        {
            await WriteAsync(context, StatusCodes.Status401Unauthorized, PlainContentType, "Unauthorized"u8.ToArray()).ConfigureAwait(false);
            return;
        }

        if (bodyError is not null)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, PlainContentType, Encoding.UTF8.GetBytes(bodyError)).ConfigureAwait(false);
            return;
        }

        if (numbers.Count > _options.BindMaxBatchSize)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"Too many msisdn values: at most {_options.BindMaxBatchSize} per request.");
            await WriteAsync(context, StatusCodes.Status400BadRequest, PlainContentType, Encoding.UTF8.GetBytes(message)).ConfigureAwait(false);
            return;
        }

        _bind.RecordBatch(numbers.Count);
        var allowed = batchCode is null && _bindRate is not null ? _bindRate.Take(numbers.Count, out _) : numbers.Count;
        if (allowed < numbers.Count)
        {
            _bind.RecordThrottled(numbers.Count - allowed);
        }

        var items = new List<BindItem>(numbers.Count);
        for (var i = 0; i < numbers.Count; i++)
        {
            var profile = ProfileFor(numbers[i]);
            _bind.RecordLookup(keys[i]);
            var code = i >= allowed ? BindResponseCode.Throttled : batchCode ?? _faults.TakeItemCode(keys[i]) ?? profile.BindCode;
            if (code is BindResponseCode.Success or BindResponseCode.GeneralError or BindResponseCode.InvalidNumber or BindResponseCode.NotResolved)
            {
                _bind.RecordBilled(keys[i]);
            }

            items.Add(new BindItem(numbers[i], profile, code));
        }

        await WriteAsync(context, StatusCodes.Status200OK, JsonContentType, BindWire.Answer(items, Time.GetUtcNow())).ConfigureAwait(false);
    }

    private async Task HandleIpqsAsync(HttpContext context, string rest)
    {
        var request = context.Request;
        var token = context.RequestAborted;
        string? pathKey = null;
        string? pathPhone = null;
        var recordedPath = request.Path.Value!;
        var segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 2)
        {
            pathKey = Uri.UnescapeDataString(segments[0]);
            pathPhone = Uri.UnescapeDataString(segments[1]);
            recordedPath = IpqsPath + "/{key}/" + segments[1];
        }
        else if (segments.Length != 0)
        {
            await WriteAsync(context, StatusCodes.Status404NotFound, PlainContentType, "Not Found"u8.ToArray()).ConfigureAwait(false);
            return;
        }

        var parameters = await ReadIpqsParametersAsync(request, token).ConfigureAwait(false);
        var phone = pathPhone ?? Last(parameters, "phone");
        var countries = parameters.TryGetValue("country[]", out var listed) ? listed : [];
        if (parameters.TryGetValue("country", out var single))
        {
            countries = [.. countries, .. single];
        }

        countries = [.. countries.SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        int? strictness = int.TryParse(Last(parameters, "strictness"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : null;
        var keyLocation = pathKey is not null ? EmulatorApiKeyLocation.Path
            : request.Headers.ContainsKey(IpqsKeyHeader) ? EmulatorApiKeyLocation.Header
            : EmulatorApiKeyLocation.None;
        var recorded = Describe(context, NumberIntelVendor.Ipqs, recordedPath, keyLocation, phone is null ? [] : [phone]) with
        {
            Strictness = strictness,
            Countries = countries,
            Parameters = parameters.Where(p => !string.Equals(p.Key, "key", StringComparison.OrdinalIgnoreCase))
                .ToDictionary(p => p.Key, p => p.Value[^1], StringComparer.OrdinalIgnoreCase),
        };
        _ipqs.RecordRequest(recorded);

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteAsync(context, StatusCodes.Status405MethodNotAllowed, PlainContentType, "Method Not Allowed"u8.ToArray()).ConfigureAwait(false);
            return;
        }

        var msisdn = phone is null ? null : IpqsNumberResolver.Resolve(phone, countries);
        var key = msisdn is null ? null : NumberKey.Of(msisdn);
        var query = new IpqsQuery
        {
            Strictness = strictness ?? 0,
            Countries = countries,
            EnhancedLineCheck = IsTrue(Last(parameters, "enhanced_line_check")),
            EnhancedNameCheck = IsTrue(Last(parameters, "enhanced_name_check")),
            HasTransactionData = parameters.Keys.Any(k => k.StartsWith("billing_", StringComparison.OrdinalIgnoreCase)
                || k.StartsWith("shipping_", StringComparison.OrdinalIgnoreCase)
                || string.Equals(k, "username", StringComparison.OrdinalIgnoreCase)),
        };

        if (_faults.TakeRequestFault(NumberIntelVendor.Ipqs, key is null ? [] : [key]) is { } fault
            && !await ApplyFaultAsync(
                context,
                fault,
                NumberIntelVendor.Ipqs,
                () => msisdn is null ? IpqsWire.Error("Invalid phone number.", WireJson.NewRequestId()) : IpqsWire.Answer(ProfileFor(msisdn), query, WireJson.NewRequestId()))
                .ConfigureAwait(false))
        {
            return;
        }

        var sentKey = pathKey ?? request.Headers[IpqsKeyHeader].ToString();
        if (string.IsNullOrEmpty(_options.IpqsApiKey) || !string.Equals(sentKey, _options.IpqsApiKey, StringComparison.Ordinal))
        {
            await WriteAsync(context, StatusCodes.Status200OK, JsonContentType, IpqsWire.Error(IpqsWire.InvalidKeyMessage, WireJson.NewRequestId())).ConfigureAwait(false);
            return;
        }

        if (msisdn is null || key is null || string.IsNullOrWhiteSpace(phone))
        {
            await WriteAsync(context, StatusCodes.Status200OK, JsonContentType, IpqsWire.Error("Invalid phone number.", WireJson.NewRequestId())).ConfigureAwait(false);
            return;
        }

        if (_ipqsRate is not null && _ipqsRate.Take(1, out var wait) == 0)
        {
            _ipqs.RecordThrottled(1);
            context.Response.Headers.RetryAfter = Math.Max(1, Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await WriteAsync(context, StatusCodes.Status429TooManyRequests, PlainContentType, "Too Many Requests"u8.ToArray()).ConfigureAwait(false);
            return;
        }

        var profile = ProfileFor(msisdn);
        _ipqs.RecordBatch(1);
        _ipqs.RecordLookup(key);
        _ipqs.RecordBilled(key);
        await WriteAsync(context, StatusCodes.Status200OK, JsonContentType, IpqsWire.Answer(profile, query, WireJson.NewRequestId())).ConfigureAwait(false);
    }

    /// <summary>Acts out a request-level fault. Returns true when the request should go on to its normal answer.</summary>
    private async Task<bool> ApplyFaultAsync(HttpContext context, EmulatorFaultHandle handle, NumberIntelVendor vendor, Func<byte[]> normalBody)
    {
        var fault = handle.Fault;
        switch (fault.Kind)
        {
            case EmulatorFaultKind.Delay:
            case EmulatorFaultKind.Hold:
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping))
                {
                    try
                    {
                        if (fault.Kind == EmulatorFaultKind.Delay)
                        {
                            await Task.Delay(fault.Delay ?? TimeSpan.Zero, Time, linked.Token).ConfigureAwait(false);
                        }
                        else
                        {
                            await handle.WaitForReleaseAsync(linked.Token).ConfigureAwait(false);
                        }
                    }
                    catch (OperationCanceledException)
                    {
                        // The client went away, or the emulator is stopping: no answer, nothing looked up or billed.
                        context.Abort();
                        return false;
                    }
                }

                return !context.RequestAborted.IsCancellationRequested;

            case EmulatorFaultKind.DropConnection:
                context.Abort();
                return false;

            case EmulatorFaultKind.MalformedJson:
                await WriteAsync(context, StatusCodes.Status200OK, JsonContentType, Malform(normalBody())).ConfigureAwait(false);
                return false;

            case EmulatorFaultKind.TruncatedJson:
                var whole = normalBody();
                await WriteAsync(context, StatusCodes.Status200OK, JsonContentType, whole[..Math.Max(1, whole.Length / 2)]).ConfigureAwait(false);
                return false;

            case EmulatorFaultKind.BadKey when vendor == NumberIntelVendor.Bind:
                await WriteAsync(context, StatusCodes.Status401Unauthorized, PlainContentType, "Unauthorized"u8.ToArray()).ConfigureAwait(false);
                return false;

            case EmulatorFaultKind.BadKey:
                await WriteAsync(context, StatusCodes.Status200OK, JsonContentType, IpqsWire.Error(IpqsWire.InvalidKeyMessage, WireJson.NewRequestId())).ConfigureAwait(false);
                return false;

            case EmulatorFaultKind.IpqsError:
                await WriteAsync(context, StatusCodes.Status200OK, JsonContentType, IpqsWire.Error(fault.Message ?? string.Empty, WireJson.NewRequestId())).ConfigureAwait(false);
                return false;

            case EmulatorFaultKind.Response:
                if (fault.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await WriteAsync(context, fault.StatusCode, fault.ContentType ?? PlainContentType, Encoding.UTF8.GetBytes(fault.Body ?? string.Empty)).ConfigureAwait(false);
                return false;

            default:
                return true;
        }
    }

    /// <summary>Breaks JSON by dropping its first comma (or, with none, appending a stray brace).</summary>
    private static byte[] Malform(byte[] json)
    {
        var comma = Array.IndexOf(json, (byte)',');
        return comma < 0 ? [.. json, (byte)'{'] : [.. json[..comma], .. json[(comma + 1)..]];
    }

    private static NumberProfile ProfileFor(string number)
    {
        var trimmed = number.Trim();
        return ProfileFactory.ForMsisdn(trimmed.StartsWith('+') ? trimmed[1..] : trimmed);
    }

    private static List<BindItem> Preview(IReadOnlyList<string> numbers) =>
        [.. numbers.Select(n =>
        {
            var profile = ProfileFor(n);
            return new BindItem(n, profile, profile.BindCode);
        })];

    private static (IReadOnlyList<string> Numbers, string? CallbackUrl, string? Error) ParseBindBody(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("msisdn", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return ([], null, "Bad Request: the body must be a JSON object with an \"msisdn\" array.");
            }

            var numbers = new List<string>(list.GetArrayLength());
            foreach (var item in list.EnumerateArray())
            {
                switch (item.ValueKind)
                {
                    case JsonValueKind.String:
                        numbers.Add(item.GetString()!);
                        break;
                    case JsonValueKind.Number:
                        numbers.Add(item.GetRawText());
                        break;
                    default:
                        return (numbers, null, "Bad Request: \"msisdn\" items must be strings.");
                }
            }

            string? callback = null;
            if (root.TryGetProperty("callback_url", out var callbackElement))
            {
                if (callbackElement.ValueKind == JsonValueKind.String)
                {
                    callback = callbackElement.GetString();
                }
                else if (callbackElement.ValueKind != JsonValueKind.Null)
                {
                    return (numbers, null, "Bad Request: \"callback_url\" must be a string.");
                }
            }

            return (numbers, callback, null);
        }
        catch (JsonException)
        {
            return ([], null, "Bad Request: the body is not valid JSON.");
        }
    }

    private static async Task<Dictionary<string, string[]>> ReadIpqsParametersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Query)
        {
            parameters[name] = [.. values.Where(v => v is not null).Select(v => v!)];
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return parameters;
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (name, values) in form)
            {
                parameters[name] = [.. values.Where(v => v is not null).Select(v => v!)];
            }

            return parameters;
        }

        var body = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (body.Length == 0)
        {
            return parameters;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    parameters[property.Name] = property.Value.ValueKind switch
                    {
                        JsonValueKind.Array => [.. property.Value.EnumerateArray().Select(Text)],
                        _ => [Text(property.Value)],
                    };
                }
            }
        }
        catch (JsonException)
        {
            // A body IPQS cannot read adds no parameters.
        }

        return parameters;

        static string Text(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static string? Last(Dictionary<string, string[]> parameters, string name) =>
        parameters.TryGetValue(name, out var values) && values.Length > 0 ? values[^1] : null;

    private static bool IsTrue(string? value) =>
        value is not null && (value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase));

    private EmulatorRequest Describe(HttpContext context, NumberIntelVendor vendor, string path, EmulatorApiKeyLocation keyLocation, IReadOnlyList<string> numbers)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in context.Request.Headers)
        {
            headers[name] = string.Equals(name, BindKeyHeader, StringComparison.OrdinalIgnoreCase) || string.Equals(name, IpqsKeyHeader, StringComparison.OrdinalIgnoreCase)
                ? "***"
                : value.ToString();
        }

        var query = RedactKey(context.Request.QueryString.Value ?? string.Empty);
        return new EmulatorRequest
        {
            Vendor = vendor,
            ReceivedAt = Time.GetUtcNow(),
            Method = context.Request.Method,
            Path = path,
            Query = query,
            ApiKeyLocation = keyLocation,
            Headers = headers,
            Numbers = numbers,
        };
    }

    /// <summary>The raw query string with the value of a <c>key</c> parameter replaced by <c>***</c>.</summary>
    private static string RedactKey(string query)
    {
        if (query.Length == 0)
        {
            return query;
        }

        var parts = query.TrimStart('?').Split('&');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].StartsWith("key=", StringComparison.OrdinalIgnoreCase))
            {
                parts[i] = "key=***";
            }
        }

        return "?" + string.Join('&', parts);
    }

    private static async Task WriteAsync(HttpContext context, int statusCode, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
