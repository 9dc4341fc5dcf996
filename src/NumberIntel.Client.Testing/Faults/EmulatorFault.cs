using System.Globalization;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Testing.Wire;

namespace NumberIntel.Client.Testing;

/// <summary>
/// A scripted misbehaviour of the emulated vendors. Create one with a factory method, narrow it with
/// <see cref="OnVendor"/>, <see cref="ForNumber"/>, <see cref="Times"/> or <see cref="Always"/>, and add it with
/// <see cref="EmulatorFaults.Add"/>. Faults are consumed in the order they were added: a request takes the first pending
/// fault that matches it (vendor and number); a <see cref="EmulatorFaultKind.BindItemCode"/> fault is taken per Bind item.
/// </summary>
/// <example>
/// <code>
/// emulator.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(2)).OnVendor(NumberIntelVendor.Bind).Times(3));
/// emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Throttled).ForNumber(MagicNumbers.HrVerifiedMobile).Times(2));
/// var held = emulator.Faults.Add(EmulatorFault.Hold().OnVendor(NumberIntelVendor.Ipqs));
/// </code>
/// </example>
public sealed record EmulatorFault
{
    /// <summary>What the fault does.</summary>
    public required EmulatorFaultKind Kind { get; init; }

    /// <summary>The vendor whose requests it hits; null for both.</summary>
    public NumberIntelVendor? Vendor { get; init; }

    /// <summary>The MSISDN (digits) whose requests or items it hits; null for any.</summary>
    public string? Number { get; init; }

    /// <summary>How many requests (or Bind items, for <see cref="EmulatorFaultKind.BindItemCode"/>) it hits. Default 1.</summary>
    public int Count { get; init; } = 1;

    /// <summary>The HTTP status of a <see cref="EmulatorFaultKind.Response"/> fault.</summary>
    public int StatusCode { get; init; }

    /// <summary>The content type of a <see cref="EmulatorFaultKind.Response"/> fault's body.</summary>
    public string? ContentType { get; init; }

    /// <summary>The body of a <see cref="EmulatorFaultKind.Response"/> fault.</summary>
    public string? Body { get; init; }

    /// <summary>The <c>Retry-After</c> header (written in whole seconds, rounded up), if any.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>How long a <see cref="EmulatorFaultKind.Delay"/> fault waits.</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>The Bind item code of <see cref="EmulatorFaultKind.BindItemCode"/> and <see cref="EmulatorFaultKind.BindBatchCode"/>.</summary>
    public BindResponseCode? BindCode { get; init; }

    /// <summary>The message of an <see cref="EmulatorFaultKind.IpqsError"/> body.</summary>
    public string? Message { get; init; }

    /// <summary>A raw HTTP answer.</summary>
    /// <param name="statusCode">The status.</param>
    /// <param name="contentType">The body's content type.</param>
    /// <param name="body">The body.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault Response(int statusCode, string contentType, string body) =>
        new() { Kind = EmulatorFaultKind.Response, StatusCode = statusCode, ContentType = contentType, Body = body };

    /// <summary>HTTP 429 <c>Too Many Requests</c>, with <c>Retry-After</c> in seconds when given.</summary>
    /// <param name="retryAfter">The wait the client is asked for.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault TooManyRequests(TimeSpan? retryAfter = null) =>
        Response(429, "text/plain; charset=utf-8", "Too Many Requests") with { RetryAfter = retryAfter };

    /// <summary>A server error (500, 502, 503, 504, …) with a short plain-text body.</summary>
    /// <param name="statusCode">The status; default 500.</param>
    /// <param name="retryAfter">An optional <c>Retry-After</c> (usual with 503).</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault ServerError(int statusCode = 500, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        var text = statusCode switch
        {
            500 => "Internal Server Error",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            504 => "Gateway Timeout",
            _ => "Server Error",
        };
        return Response(statusCode, "text/plain; charset=utf-8", text) with { RetryAfter = retryAfter };
    }

    /// <summary>An HTML error page as a proxy in front of the vendor sends it (nginx-style), with status 502 or 200.</summary>
    /// <param name="statusCode">The status; default 502. Use 200 for a proxy that answers "OK" with a page.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault HtmlPage(int statusCode = 502)
    {
        var title = statusCode == 502 ? "502 Bad Gateway" : string.Create(CultureInfo.InvariantCulture, $"{statusCode} Error");
        var html = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
            + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return Response(statusCode, "text/html", html);
    }

    /// <summary>Waits <paramref name="delay"/> (on the emulator's <see cref="TimeProvider"/>), then answers normally.</summary>
    /// <param name="delay">The wait.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault Delayed(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new() { Kind = EmulatorFaultKind.Delay, Delay = delay };
    }

    /// <summary>Holds the request until <see cref="EmulatorFaultHandle.Release"/> (or the client gives up), then answers normally.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault Hold() => new() { Kind = EmulatorFaultKind.Hold };

    /// <summary>Aborts the connection without an answer.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault DropConnection() => new() { Kind = EmulatorFaultKind.DropConnection };

    /// <summary>HTTP 200, JSON content type, a body that is not valid JSON.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault MalformedJson() => new() { Kind = EmulatorFaultKind.MalformedJson };

    /// <summary>HTTP 200, JSON content type, the normal answer cut off half-way.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault TruncatedJson() => new() { Kind = EmulatorFaultKind.TruncatedJson };

    /// <summary>Answers as if the key were wrong: Bind 401 <c>Unauthorized</c>, IPQS <c>success:false</c> with its key message.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault BadKey() => new() { Kind = EmulatorFaultKind.BadKey };

    /// <summary>IPQS: <c>You have insufficient credits to make this query. …</c></summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault IpqsInsufficientCredits() => IpqsError(IpqsWire.InsufficientCreditsMessage);

    /// <summary>IPQS: <c>You have exceeded your request quota of {perDay} per day. …</c></summary>
    /// <param name="perDay">The quota named in the message; default 200.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault IpqsQuotaExceeded(int perDay = 200) => IpqsError(IpqsWire.QuotaMessage(perDay));

    /// <summary>IPQS: HTTP 200 <c>{"success":false,"message":…}</c> with any message.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault IpqsError(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new() { Kind = EmulatorFaultKind.IpqsError, Vendor = NumberIntelVendor.Ipqs, Message = message };
    }

    /// <summary>
    /// Bind, per item: the next item (or, with <see cref="ForNumber"/>, the next attempts of that number) is answered with
    /// <paramref name="code"/> — e.g. 4 (throttled) or 7 (timeout) for the first N attempts. <see cref="Count"/> counts items.
    /// </summary>
    /// <param name="code">The item's response code.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault BindItemCode(BindResponseCode code) =>
        new() { Kind = EmulatorFaultKind.BindItemCode, Vendor = NumberIntelVendor.Bind, BindCode = code };

    /// <summary>Bind, per request: every item of the next request carries <paramref name="code"/>. <see cref="Count"/> counts requests.</summary>
    /// <param name="code">The items' response code.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault BindBatchCode(BindResponseCode code) =>
        new() { Kind = EmulatorFaultKind.BindBatchCode, Vendor = NumberIntelVendor.Bind, BindCode = code };

    /// <summary>Bind: every item answered 3 (out of balance).</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault BindOutOfBalance() => BindBatchCode(BindResponseCode.OutOfBalance);

    /// <summary>Bind: every item answered 2 (pricing not set).</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault BindPricingNotSet() => BindBatchCode(BindResponseCode.PricingNotSet);

    /// <summary>Bind: every item answered 8 (missing permissions).</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault BindMissingPermissions() => BindBatchCode(BindResponseCode.MissingPermissions);

    /// <summary>Only requests to <paramref name="vendor"/>.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <returns>A narrowed copy.</returns>
    /// <exception cref="ArgumentException">The fault belongs to the other vendor.</exception>
    public EmulatorFault OnVendor(NumberIntelVendor vendor)
    {
        if (Vendor is { } own && own != vendor)
        {
            throw new ArgumentException($"A {Kind} fault only applies to {own}.", nameof(vendor));
        }

        return this with { Vendor = vendor };
    }

    /// <summary>Only requests (or Bind items) for <paramref name="number"/> (any formatting; compared as digits).</summary>
    /// <param name="number">The number, calling code first (<c>+385 91 555 0101</c>, <c>385915550101</c>).</param>
    /// <returns>A narrowed copy.</returns>
    public EmulatorFault ForNumber(string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return this with { Number = NumberKey.Of(number) };
    }

    /// <summary>Hits <paramref name="count"/> requests (items, for <see cref="EmulatorFaultKind.BindItemCode"/>) instead of one.</summary>
    /// <param name="count">At least 1.</param>
    /// <returns>A copy.</returns>
    public EmulatorFault Times(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return this with { Count = count };
    }

    /// <summary>Hits every matching request until removed (<see cref="EmulatorFaultHandle.Remove"/> or <see cref="EmulatorFaults.Clear"/>).</summary>
    /// <returns>A copy.</returns>
    public EmulatorFault Always() => this with { Count = int.MaxValue };

    /// <summary>Whether the fault acts on Bind items rather than on whole requests.</summary>
    internal bool IsItemLevel => Kind == EmulatorFaultKind.BindItemCode;
}
