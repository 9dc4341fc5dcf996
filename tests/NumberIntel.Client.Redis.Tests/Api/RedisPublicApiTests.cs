using System.Reflection;
using NumberIntel.Client.Tests.Api;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace NumberIntel.Client.Redis.Tests.Api;

/// <summary>
/// Keeps <c>api/NumberIntel.Client.Redis.txt</c> equal to the built package; rewrite it with <c>NUMBERINTEL_UPDATE_API=1</c>
/// (as for the SDK's listings) after an intended change.
/// </summary>
public sealed class RedisPublicApiTests(ITestOutputHelper output)
{
    [Fact]
    public void PublicApi_NumberIntelClientRedis_MatchesCheckedInListing()
    {
        var assembly = typeof(NumberIntelRedisOptions).Assembly;
        var path = Path.Combine(RepositoryRoot(), "api", assembly.GetName().Name + ".txt");
        var actual = PublicApiListing.Render(assembly);
        if (Environment.GetEnvironmentVariable("NUMBERINTEL_UPDATE_API") == "1")
        {
            File.WriteAllText(path, actual);
            output.WriteLine($"rewrote {path}");
            return;
        }

        Assert.True(File.Exists(path), $"{path} does not exist: run the tests with NUMBERINTEL_UPDATE_API=1 and commit it.");
        var diff = LineDiff.Unified(File.ReadAllText(path), actual);
        if (diff.Length > 0)
        {
            throw new XunitException($"The public API of NumberIntel.Client.Redis differs from api/NumberIntel.Client.Redis.txt:\n\n{diff}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NumberIntel.Client.sln")))
            {
                return dir.FullName;
            }
        }

        throw new XunitException("NumberIntel.Client.sln was not found above " + AppContext.BaseDirectory);
    }
}
