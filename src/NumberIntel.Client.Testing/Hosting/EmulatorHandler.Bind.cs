using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Testing.Wire;

namespace NumberIntel.Client.Testing.Hosting;

/// <content>Bind: <c>POST /bind/lookup/number-scoring</c> and its JSON body.</content>
internal sealed partial class EmulatorHandler
{
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
}
