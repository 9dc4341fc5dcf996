using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace NumberIntel.Client.Benchmarks;

/// <summary>
/// Answers both vendors' wire formats in memory — Bind <c>POST lookup/number-scoring</c> with one documented item per
/// MSISDN, IPQS <c>GET json/phone</c> with a full clean answer — so a benchmark measures the SDK, not sockets.
/// </summary>
internal sealed class InMemoryVendorHandler : HttpMessageHandler
{
    private const string BindItemHead = "{\"date\":\"2025-06-21T17:21:56.526Z\",\"msisdn\":\"";

    private const string BindItemTail =
        "\",\"phone\":{\"country_calling_code\":\"385\",\"country_name\":\"Croatia\",\"current_network_mobile_code\":\"01\"," +
        "\"current_network_name\":\"T-Mobile\",\"first_ported\":\"2017-03-05\",\"first_seen\":\"2017-03-05\",\"initial_network_name\":\"A1\"," +
        "\"initial_network_mobile_code\":\"10\",\"last_ported\":\"2024-02-06\",\"mobile_country_code\":\"219\",\"ported_times\":4,\"type\":\"mobile\"}," +
        "\"response\":0,\"scoring\":{\"credibility\":\"high\"},\"security\":{\"data_breaches_count\":3,\"data_breaches_first_breach\":\"2018-10-16\"," +
        "\"data_breaches_last_breach\":\"2021-04-08\",\"is_disposable\":\"no\"},\"social_presence\":{\"amazon\":{\"has\":\"yes\"},\"apple\":{\"has\":\"yes\"}," +
        "\"facebook\":{\"has\":\"yes\"},\"instagram\":{\"has\":\"no\"},\"telegram\":{\"has\":\"yes\"},\"whatsapp\":{\"has\":\"yes\",\"is_business\":\"no\"}," +
        "\"x\":{\"has\":\"yes\"}}}";

    private const string IpqsHead = "{\"message\":\"Success.\",\"success\":true,\"formatted\":\"";

    private const string IpqsTail =
        "\",\"local_format\":\"091 555 0101\",\"valid\":true,\"fraud_score\":0,\"recent_abuse\":false,\"VOIP\":false,\"prepaid\":false," +
        "\"risky\":false,\"active\":true,\"name\":\"N/A\",\"carrier\":\"T-Mobile\",\"line_type\":\"Wireless\",\"country\":\"HR\",\"city\":\"Zagreb\"," +
        "\"zip_code\":\"N/A\",\"region\":\"Grad Zagreb\",\"dialing_code\":385,\"active_status\":\"N/A\",\"sms_domain\":\"N/A\"," +
        "\"user_activity\":\"high\",\"mnc\":\"01\",\"mcc\":\"219\",\"leaked\":false,\"spammer\":false,\"request_id\":\"4Q3r2LvmDVw9k1a\"," +
        "\"accurate_country_code\":true,\"timezone\":\"Europe/Zagreb\",\"do_not_call\":false,\"tcpa_blacklist\":false,\"sms_email\":\"N/A\",\"errors\":[]}";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private long _bindRequests;
    private long _ipqsRequests;

    public long BindRequests => Interlocked.Read(ref _bindRequests);

    public long IpqsRequests => Interlocked.Read(ref _ipqsRequests);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        string body;
        if (path.EndsWith("lookup/number-scoring", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _bindRequests);
            var bytes = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            body = BindAnswer(bytes);
        }
        else if (path.EndsWith("json/phone", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _ipqsRequests);
            var query = request.RequestUri.Query;
            var phone = Uri.UnescapeDataString(query[(query.IndexOf("phone=", StringComparison.Ordinal) + 6)..].Split('&')[0]);
            body = string.Concat(IpqsHead, phone, IpqsTail);
        }
        else
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = Json;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    private static string BindAnswer(byte[] requestBody)
    {
        var reader = new Utf8JsonReader(requestBody);
        var builder = new StringBuilder(1024 * 8);
        builder.Append('[');
        var inArray = false;
        var first = true;
        while (reader.Read())
        {
            if (!inArray)
            {
                inArray = reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("msisdn"u8);
                if (inArray)
                {
                    reader.Read(); // StartArray
                }

                continue;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            builder.Append(BindItemHead).Append(reader.GetString()).Append(BindItemTail);
        }

        return builder.Append(']').ToString();
    }
}
