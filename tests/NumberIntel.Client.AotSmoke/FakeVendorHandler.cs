using System.Net;
using System.Text;

namespace NumberIntel.Client.AotSmoke;

/// <summary>
/// Answers both vendors' wire formats in memory with fixed JSON (a clean Croatian mobile number), after checking the
/// request the SDK sent: method, path, key header, and that the key is not in the URL. No socket is opened.
/// </summary>
internal sealed class FakeVendorHandler : HttpMessageHandler
{
    public const string BindKey = "aot-smoke-bind-key";
    public const string IpqsKey = "aot-smoke-ipqs-key";

    private const string BindItem = """
        {"date":"2025-06-21T17:21:56.526Z","msisdn":"MSISDN","response":0,
         "phone":{"country_calling_code":"385","country_name":"Croatia","current_network_mobile_code":"10",
                  "current_network_name":"A1","first_seen":"2017-03-05","ported_times":0,"type":"mobile"},
         "scoring":{"credibility":"high"},
         "security":{"data_breaches_count":0,"is_disposable":"no"},
         "social_presence":{"whatsapp":{"has":"yes","is_business":"no"},"x":{"has":"n/a"}}}
        """;

    private const string IpqsBody = """
        {"message":"Success.","success":true,"formatted":"+385915550101","local_format":"091 555 0101","valid":true,
         "fraud_score":0,"recent_abuse":false,"VOIP":false,"prepaid":false,"risky":false,"active":true,"name":"N/A",
         "carrier":"A1","line_type":"Wireless","country":"HR","region":"N/A","city":"N/A","zip_code":"N/A",
         "dialing_code":385,"active_status":"N/A","sms_domain":"N/A","leaked":false,"spammer":false,
         "do_not_call":false,"mcc":"219","mnc":"10","request_id":"aot-smoke-1"}
        """;

    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var uri = request.RequestUri!;
        if (uri.AbsoluteUri.Contains(BindKey, StringComparison.Ordinal) || uri.AbsoluteUri.Contains(IpqsKey, StringComparison.Ordinal))
        {
            return Text(HttpStatusCode.BadRequest, "an API key is in the URL");
        }

        if (request.Method == HttpMethod.Post && uri.AbsolutePath.EndsWith("/lookup/number-scoring", StringComparison.Ordinal))
        {
            if (!HasHeader(request, "X-API-KEY", BindKey))
            {
                return Text(HttpStatusCode.Unauthorized, "Unauthorized");
            }

            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            var msisdns = ExtractMsisdns(body);
            return msisdns.Count == 0
                ? Text(HttpStatusCode.BadRequest, "body must be {\"msisdn\":[...]}")
                : Json("[" + string.Join(",", msisdns.Select(m => BindItem.Replace("MSISDN", m, StringComparison.Ordinal))) + "]");
        }

        if (request.Method == HttpMethod.Get && uri.AbsolutePath.EndsWith("/json/phone", StringComparison.Ordinal))
        {
            return HasHeader(request, "IPQS-KEY", IpqsKey)
                ? Json(IpqsBody)
                : Json("""{"success":false,"message":"Invalid or unauthorized key. Please check the API key and try again.","request_id":"aot-smoke-2"}""");
        }

        return Text(HttpStatusCode.NotFound, "not found: " + request.Method + " " + uri.AbsolutePath);
    }

    private static bool HasHeader(HttpRequestMessage request, string name, string value) =>
        request.Headers.TryGetValues(name, out var values) && values.Contains(value, StringComparer.Ordinal);

    /// <summary>The strings of <c>{"msisdn":["…","…"]}</c> (digits only), read without a serializer.</summary>
    private static List<string> ExtractMsisdns(string body)
    {
        var found = new List<string>();
        var key = body.IndexOf("\"msisdn\"", StringComparison.Ordinal);
        var open = key < 0 ? -1 : body.IndexOf('[', key);
        var close = open < 0 ? -1 : body.IndexOf(']', open);
        if (close < 0)
        {
            return found;
        }

        foreach (var part in body[(open + 1)..close].Split(','))
        {
            var digits = part.Trim().Trim('"');
            if (digits.Length > 0 && digits.All(char.IsAsciiDigit))
            {
                found.Add(digits);
            }
        }

        return found;
    }

    private static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Text(HttpStatusCode status, string text) =>
        new(status) { Content = new StringContent(text, Encoding.UTF8, "text/plain") };
}
