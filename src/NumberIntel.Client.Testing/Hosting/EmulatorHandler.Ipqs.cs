using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NumberIntel.Client.Testing.Profiles;
using NumberIntel.Client.Testing.Wire;

namespace NumberIntel.Client.Testing.Hosting;

/// <content>IPQS: <c>/ipqs/api/json/phone</c> and its parameters (query string, form or JSON body).</content>
internal sealed partial class EmulatorHandler
{
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

    private static string? Last(Dictionary<string, string[]> parameters, string name) =>
        parameters.TryGetValue(name, out var values) && values.Length > 0 ? values[^1] : null;

    private static bool IsTrue(string? value) =>
        value is not null && (value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase));
}
