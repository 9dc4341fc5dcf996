using System.Diagnostics;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli.Tests.Infrastructure;

/// <summary>The CLI as a real child process (for real signals, pipes and file descriptors), pointed at an emulator of the test.</summary>
public static class CliProcess
{
    /// <summary>The <c>dotnet</c> host running the tests.</summary>
    public static string Host => System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>
    /// The CLI as built in its own folder (tests/X/bin/Configuration/tfm → samples/NumberIntel.Cli/bin/Configuration/tfm):
    /// the copy beside the tests lacks the assemblies that the ASP.NET framework gives the test project.
    /// </summary>
    public static string Assembly()
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = tfm.Parent!;
        var root = configuration.Parent!.Parent!.Parent!.Parent!;
        var path = Path.Combine(root.FullName, "samples", "NumberIntel.Cli", "bin", configuration.Name, tfm.Name, "NumberIntel.Cli.dll");
        Assert.True(File.Exists(path), "not built: " + path);
        return path;
    }

    /// <summary>Environment variables that send the child's calls to <paramref name="emulator"/>, with fast retries.</summary>
    public static Dictionary<string, string> Environment(NumberIntelEmulator emulator)
    {
        var variables = new Dictionary<string, string>
        {
            ["NumberIntel__Bind__ApiKey"] = emulator.BindApiKey,
            ["NumberIntel__Ipqs__ApiKey"] = emulator.IpqsApiKey,
            ["NumberIntel__Bind__BaseAddress"] = emulator.BindBaseAddress.ToString(),
            ["NumberIntel__Ipqs__BaseAddress"] = emulator.IpqsBaseAddress.ToString(),
            ["NumberIntel__MaxConcurrency"] = "8",
        };
        foreach (var (key, value) in CliRun.FastRetries)
        {
            variables[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        return variables;
    }

    /// <summary>Starts <c>numberintel</c> with <paramref name="args"/>; standard output and error redirected.</summary>
    public static Process Start(NumberIntelEmulator emulator, string[] args)
    {
        var start = new ProcessStartInfo(Host)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Assembly());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Environment(emulator))
        {
            start.Environment[key] = value;
        }

        start.Environment.Remove("DOTNET_ENVIRONMENT");
        return Process.Start(start)!;
    }

    /// <summary>Runs a <c>/bin/sh</c> command line with the emulator's environment; returns its exit code and standard error.</summary>
    public static async Task<(int ExitCode, string Stderr)> ShellAsync(NumberIntelEmulator? emulator, string command)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", command]) { UseShellExecute = false, RedirectStandardError = true };
        if (emulator is not null)
        {
            foreach (var (key, value) in Environment(emulator))
            {
                start.Environment[key] = value;
            }
        }

        using var shell = Process.Start(start)!;
        var stderr = shell.StandardError.ReadToEndAsync();
        await shell.WaitForExitAsync().WaitAsync(TestContext.Timeout);
        return (shell.ExitCode, await stderr);
    }
}
