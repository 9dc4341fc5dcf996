// Uses NumberIntel.Client and NumberIntel.Client.Testing as a consumer does: from their NuGet packages, with nothing
// from this repository's build. Starts the emulator, registers the SDK with AddNumberIntel(...).UseEmulator(...),
// resolves INumberIntelClient and assesses one magic number. Exit code 0 and "ConsumerSmoke: OK ..." mean success.
// NumberIntel.Client.Redis is registered too (UseRedis) with a Redis that is not there: the package restores and binds,
// and the assessment is still answered (the worker goes on locally, as it does when Redis fails).
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Redis;
using NumberIntel.Client.Testing;

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
await using var emulator = await NumberIntelEmulator.StartAsync(cancellationToken: timeout.Token);

var services = new ServiceCollection();
services.AddNumberIntel(o => o.DefaultRegion = "HR")
    .UseEmulator(emulator)
    .UseRedis("127.0.0.1:9", o => o.OperationTimeout = TimeSpan.FromMilliseconds(500)); // nothing listens there
await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

var client = provider.GetRequiredService<INumberIntelClient>();
var number = MagicNumbers.HrVerifiedMobile;
var assessment = await client.AssessAsync(number, timeout.Token);

var redis = provider.GetRequiredService<NumberIntelRedisStatistics>();
Console.WriteLine($"ConsumerSmoke: NumberIntel.Client.Redis bound; Redis available: {redis.RedisAvailable}, failed calls: {redis.RedisFailures}");
var version = typeof(INumberIntelClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine($"ConsumerSmoke: NumberIntel.Client {version}; {number} -> {assessment.Label} (msisdn {assessment.Msisdn}, degraded {assessment.Degraded})");
if (assessment.Label != ConfidenceLabel.Verified || assessment.Degraded || assessment.Bind is null || assessment.Ipqs is null
    || emulator.Bind.BilledCount(number) != 1 || emulator.Ipqs.BilledCount(number) != 1)
{
    Console.Error.WriteLine("ConsumerSmoke: FAILED: expected a verified, not degraded assessment from both vendors with one billed lookup each.");
    Console.Error.WriteLine(assessment.Diagnostics?.Explain());
    foreach (var error in assessment.Errors)
    {
        Console.Error.WriteLine($"  {error.Vendor}: {error.Kind}: {error.Message}");
    }

    return 1;
}

Console.WriteLine($"ConsumerSmoke: OK label={assessment.Label.ToString().ToLowerInvariant()}");
return 0;
