using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Testing.Profiles;
using NumberIntel.Client.Testing.Wire;

namespace NumberIntel.Client.Testing.Hosting;

/// <summary>Routes and answers every request of the emulator: Bind under <c>/bind/</c>, IPQS under <c>/ipqs/api/</c>.</summary>
internal sealed partial class EmulatorHandler
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

    private static NumberProfile ProfileFor(string number)
    {
        var trimmed = number.Trim();
        return ProfileFactory.ForMsisdn(trimmed.StartsWith('+') ? trimmed[1..] : trimmed);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

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
