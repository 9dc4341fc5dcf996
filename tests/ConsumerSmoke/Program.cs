// Uses NumberIntel.Client and NumberIntel.Client.Testing as a consumer does: from their NuGet packages, with nothing
// from this repository's build. Starts the emulator, registers the SDK with AddNumberIntel(...).UseEmulator(...),
// resolves the SDK's clients and assesses one magic number. Exit code 0 and "ConsumerSmoke: OK ..." mean success.
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Testing;

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
await using var emulator = await NumberIntelEmulator.StartAsync(cancellationToken: timeout.Token);

var services = new ServiceCollection();
services.AddNumberIntel(o => o.DefaultRegion = "HR").UseEmulator(emulator);
await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

var number = MagicNumbers.HrVerifiedMobile;
var bind = await provider.GetRequiredService<IBindClient>().ScoreAsync(number, timeout.Token);
var ipqs = await provider.GetRequiredService<IIpqsClient>().ValidateAsync(number, cancellationToken: timeout.Token);
var normalizer = provider.GetRequiredService<ConfidenceNormalizer>();
var confidence = ConfidenceResult.Combine(normalizer.Normalize(bind), normalizer.Normalize(ipqs));

var version = typeof(NumberIntelOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine($"ConsumerSmoke: NumberIntel.Client {version}; {number} -> {confidence.Label}");
if (confidence.Label != ConfidenceLabel.Verified || emulator.Bind.BilledCount(number) != 1 || emulator.Ipqs.BilledCount(number) != 1)
{
    Console.Error.WriteLine($"ConsumerSmoke: FAILED: expected verified with one billed lookup per vendor.\n{confidence.Explain()}");
    return 1;
}

Console.WriteLine($"ConsumerSmoke: OK label={confidence.Label.ToString().ToLowerInvariant()}");
return 0;
