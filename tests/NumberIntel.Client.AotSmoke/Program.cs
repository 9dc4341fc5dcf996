// A console, published trimmed and Native AOT by .ci/run, that uses NumberIntel.Client the way an app does: options
// from configuration (source-generated binding), AddNumberIntel, the IHttpClientFactory clients with their resilience
// and rate-limiting handlers, the source-generated JSON contracts, the confidence pipeline and the Bind callback
// parser. The vendors are answered in memory by FakeVendorHandler. Exit code 0 and "AotSmoke: OK ..." mean success.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NumberIntel.Client;
using NumberIntel.Client.AotSmoke;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;

const string Number = "+385915550101";

var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["NumberIntel:Bind:ApiKey"] = FakeVendorHandler.BindKey,
    ["NumberIntel:Bind:BaseAddress"] = "https://bind.aot-smoke.invalid/",
    ["NumberIntel:Bind:MaxBatchSize"] = "50",
    ["NumberIntel:Bind:Resilience:MaxRetryAttempts"] = "1",
    ["NumberIntel:Bind:Resilience:AttemptTimeout"] = "00:00:10",
    ["NumberIntel:Bind:RateLimit:PermitsPerSecond"] = "100",
    ["NumberIntel:Ipqs:ApiKey"] = FakeVendorHandler.IpqsKey,
    ["NumberIntel:Ipqs:BaseAddress"] = "https://ipqs.aot-smoke.invalid/api/",
    ["NumberIntel:Ipqs:Resilience:MaxRetryAttempts"] = "1",
    ["NumberIntel:DefaultRegion"] = "HR",
    ["NumberIntel:Cache:BindTimeToLive"] = "01:00:00",
});

var fake = new FakeVendorHandler();
builder.Services.AddNumberIntel(builder.Configuration.GetSection(NumberIntelOptions.SectionName));
builder.Services.AddHttpClient(NumberIntelHttpClientNames.Bind).ConfigurePrimaryHttpMessageHandler(() => fake);
builder.Services.AddHttpClient(NumberIntelHttpClientNames.Ipqs).ConfigurePrimaryHttpMessageHandler(() => fake);

using var host = builder.Build();
await host.StartAsync(); // validates the options (ValidateOnStart)

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
var services = host.Services;
var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<NumberIntelOptions>>().Value;
Check(options.Bind.MaxBatchSize == 50, $"configuration binding: Bind:MaxBatchSize is {options.Bind.MaxBatchSize}, expected 50");
Check(options.Cache.BindTimeToLive == TimeSpan.FromHours(1), $"configuration binding: Cache:BindTimeToLive is {options.Cache.BindTimeToLive}");

var bind = await services.GetRequiredService<IBindClient>().ScoreAsync(Number, timeout.Token);
Check(bind.Response == BindResponseCode.Success && bind.Phone?.Type == BindPhoneType.Mobile, $"Bind answer: {bind}");
Check(bind.Scoring?.Credibility == Credibility.High && bind.Security?.IsDisposable == false, $"Bind answer: {bind}");

var ipqs = await services.GetRequiredService<IIpqsClient>().ValidateAsync(
    Number, new IpqsPhoneRequest { Strictness = 1, Countries = ["HR"] }, timeout.Token);
Check(ipqs.Success == true && ipqs.Valid == true && ipqs.LineTypeKind == IpqsLineType.Wireless, $"IPQS answer: {ipqs}");

var normalizer = services.GetRequiredService<ConfidenceNormalizer>();
var confidence = ConfidenceResult.Combine(normalizer.Normalize(bind), normalizer.Normalize(ipqs));
Check(confidence.Label == ConfidenceLabel.Verified, $"expected verified, got {confidence.Label}:\n{confidence.Explain()}");

// The facade: offline parse (national format with DefaultRegion HR), both vendors, the cache, the combined verdict.
var client = services.GetRequiredService<INumberIntelClient>();
var assessment = await client.AssessAsync("091 555 0101", timeout.Token);
Check(assessment.Msisdn == "385915550101" && assessment.Label == ConfidenceLabel.Verified && !assessment.Degraded,
    $"AssessAsync: msisdn {assessment.Msisdn}, label {assessment.Label}, degraded {assessment.Degraded}: {assessment.Diagnostics?.Explain()}");
var many = new List<NumberAssessment>();
await foreach (var item in client.AssessManyAsync(["+385 91 555 0101", "not a number"], cancellationToken: timeout.Token))
{
    many.Add(item);
}

Check(many.Count == 2 && many[0].Label == ConfidenceLabel.Verified && many[1].Label == ConfidenceLabel.Invalid,
    $"AssessManyAsync: {string.Join(", ", many.Select(m => m.Input + " -> " + m.Label))}");
var requests = fake.Requests;
Check(requests >= 2, $"expected the vendors to be called, saw {requests} requests");

// Bind callbacks: BindCallbackParser on the source-generated contracts (an array, one object, a body that is not JSON).
var callback = BindCallbackParser.Parse("""[{"msisdn":"385915550101","response":0,"scoring":{"credibility":"high"},"batch":"b-1"}, null]"""u8);
Check(callback.Count == 1 && callback[0].Scoring?.Credibility == Credibility.High && callback[0].AdditionalProperties?.ContainsKey("batch") == true,
    $"BindCallbackParser (array): {callback.Count} results");
var single = BindCallbackParser.Parse("""{"msisdn":"385915550101","response":7}"""u8);
Check(single.Count == 1 && single[0].Response == BindResponseCode.Timeout, $"BindCallbackParser (object): {single.Count} results");
try
{
    BindCallbackParser.Parse("<html>502</html>"u8);
    Check(false, "BindCallbackParser accepted an HTML body");
}
catch (NumberIntelVendorException ex) when (ex.Vendor == NumberIntelVendor.Bind)
{
}

await host.StopAsync(timeout.Token);
Console.WriteLine($"AotSmoke: OK label={assessment.Label.ToString().ToLowerInvariant()} score={confidence.Score:0.00} line={confidence.LineType} bulk={many.Count} requests={requests}");
return 0;

static void Check(bool condition, string failure)
{
    if (!condition)
    {
        Console.Error.WriteLine("AotSmoke: FAILED: " + failure);
        Environment.Exit(1);
    }
}
