// Issue 15 goal 7 (cold start of a signup gate): the time from AddNumberIntel + BuildServiceProvider to the first finished
// AssessAsync against the emulator, in one fresh process. Usage: NumberIntel.Client.ColdStart BIND_BASE IPQS_BASE BIND_KEY IPQS_KEY
// (the emulator's, printed by `NumberIntel.Client.Benchmarks --serve-emulator`). Prints one line:
//   coldstart: app_ms=<AddNumberIntel .. first result> process_ms=<process start .. first result> jit_methods=<n> jit_ms=<ms>
//   label=<label> degraded=<bool>   (jit_*: methods the JIT compiled in the process and its time; 0 under Native AOT)
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client;

if (args.Length < 4)
{
    Console.Error.WriteLine("usage: NumberIntel.Client.ColdStart BIND_BASE IPQS_BASE BIND_KEY IPQS_KEY");
    return 2;
}

var start = Stopwatch.GetTimestamp();
var services = new ServiceCollection();
services.AddNumberIntel(o =>
{
    o.Bind.BaseAddress = new Uri(args[0]);
    o.Ipqs.BaseAddress = new Uri(args[1]);
    o.Bind.ApiKey = args[2];
    o.Ipqs.ApiKey = args[3];
});
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<INumberIntelClient>();
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
var assessment = await client.AssessAsync("+385915550101", timeout.Token);
var app = Stopwatch.GetElapsedTime(start);
var sinceProcessStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"coldstart: app_ms={app.TotalMilliseconds:0.0} process_ms={sinceProcessStart.TotalMilliseconds:0} jit_methods={System.Runtime.JitInfo.GetCompiledMethodCount()} jit_ms={System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} label={assessment.Label} degraded={assessment.Degraded}"));
return assessment.Degraded ? 1 : 0;
