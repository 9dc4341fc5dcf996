using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NumberIntel.Cli.Hosting;
using NumberIntel.Cli.Run;
using NumberIntel.Client;
using NumberIntel.Client.Redis;

namespace NumberIntel.Cli.Assess;

/// <summary>Runs <c>assess</c>: host, then <see cref="AssessRun"/>, and the exit code of each kind of failure.</summary>
internal static class AssessRunner
{
    public static async Task<int> RunAsync(AssessSettings settings, CliStreams io, CancellationToken cancellationToken)
    {
        var stderr = io.Stderr;
        CliHost? host = null;
        try
        {
            INumberIntelClient client;
            NumberIntelOptions configured;
            try
            {
                host = await CliHost.StartAsync(settings, io, cancellationToken);
                client = host.Services.GetRequiredService<INumberIntelClient>();
                configured = host.Services.GetRequiredService<IOptions<NumberIntelOptions>>().Value;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // Building the host and the client reads nothing but configuration: what fails here is a setting (the SDK's messages name it).
                throw new CliUsageException(e.Message, isConfiguration: true);
            }

            if (host.IsSandbox)
            {
                await stderr.WriteLineAsync("sandbox mode: no API key configured; answers come from the local emulator (magic numbers, made-up profiles; nothing is billed).");
                await stderr.WriteLineAsync(
                    $"  To use the real APIs set {CliHost.BindKeySetting} and/or {CliHost.IpqsKeySetting} (environment variables NumberIntel__Bind__ApiKey, NumberIntel__Ipqs__ApiKey).");
            }
            else if (host.Emulator is { } emulator)
            {
                await stderr.WriteLineAsync($"emulator mode: answers come from the emulator at {emulator.BaseAddress}.");
            }

            return await AssessRun.RunAsync(client, configured, settings, io, host.Services.GetService<NumberIntelRedisStatistics>(), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || io.Options.Stop?.IsRequested == true)
        {
            await stderr.WriteLineAsync("cancelled.");
            return StopExitCode(io.Options);
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync((ex.IsConfiguration ? "configuration error: " : "error: ") + Scrub(ex.Message, host));
            return CliExitCodes.UsageError;
        }
        catch (OptionsValidationException ex)
        {
            await stderr.WriteLineAsync("configuration error:");
            foreach (var failure in ex.Failures)
            {
                await stderr.WriteLineAsync("  " + Scrub(failure, host));
            }

            return CliExitCodes.UsageError;
        }
        catch (Exception ex) when (Find<NumberIntelAuthenticationException>(ex) is { } auth)
        {
            await stderr.WriteLineAsync("error: " + Scrub(auth.Message, host));
            await stderr.WriteLineAsync("hint: " + KeyHint(auth.Vendor));
            return CliExitCodes.AuthenticationError;
        }
        catch (Exception ex) when (Find<NumberIntelAccountException>(ex) is { } account)
        {
            await stderr.WriteLineAsync("error: " + Scrub(account.Message, host));
            return CliExitCodes.AuthenticationError;
        }
        catch (Exception ex) when (ex is NumberIntelException or IOException or UnauthorizedAccessException or InvalidOperationException or CsvHelper.CsvFormatException)
        {
            await stderr.WriteLineAsync("error: " + Scrub(ex.Message, host));
            return CliExitCodes.Failure;
        }
        finally
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }
    }

    /// <summary>The exit code of a run stopped early: the signal's (130 SIGINT, 143 SIGTERM), else 130.</summary>
    public static int StopExitCode(CliRunOptions options) =>
        options.Stop is { IsRequested: true, ExitCode: var code } ? code : CliExitCodes.Cancelled;

    public static string Plural(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T match)
            {
                return match;
            }

            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    if (Find<T>(inner) is { } found)
                    {
                        return found;
                    }
                }
            }
        }

        return null;
    }

    private static string KeyHint(NumberIntelVendor? vendor) => vendor switch
    {
        NumberIntelVendor.Bind => $"set {CliHost.BindKeySetting} to a valid Bind key (environment variable NumberIntel__Bind__ApiKey, or dotnet user-secrets); retrying will not help.",
        NumberIntelVendor.Ipqs => $"set {CliHost.IpqsKeySetting} to a valid IPQS key (environment variable NumberIntel__Ipqs__ApiKey, or dotnet user-secrets); retrying will not help.",
        _ => $"check {CliHost.BindKeySetting} and {CliHost.IpqsKeySetting}; retrying will not help.",
    };

    /// <summary>Replaces any configured key in <paramref name="text"/> with <c>***</c>.</summary>
    private static string Scrub(string text, CliHost? host)
    {
        if (host is null)
        {
            return text;
        }

        foreach (var secret in host.Secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }
}
