using System.Reflection;
using NumberIntel.Client.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace NumberIntel.Client.Tests.Api;

/// <summary>
/// Keeps the checked-in public API listings (<c>api/*.txt</c>) equal to the built assemblies, so that every change to
/// the public surface shows up in review. After an intended change, run the tests with <c>NUMBERINTEL_UPDATE_API=1</c>
/// to rewrite the listings, and commit them.
/// </summary>
public sealed class PublicApiTests(ITestOutputHelper output)
{
    /// <summary>Set to <c>1</c> to rewrite the listings instead of comparing with them.</summary>
    public const string UpdateVariable = "NUMBERINTEL_UPDATE_API";

    [Fact]
    public void PublicApi_NumberIntelClient_MatchesCheckedInListing() =>
        AssertMatchesListing(typeof(NumberIntelOptions).Assembly);

    [Fact]
    public void PublicApi_NumberIntelClientTesting_MatchesCheckedInListing() =>
        AssertMatchesListing(typeof(NumberIntelEmulator).Assembly);

    [Fact]
    public void Render_SameAssemblyTwice_GivesIdenticalText()
    {
        var assembly = typeof(NumberIntelOptions).Assembly;

        Assert.Equal(PublicApiListing.Render(assembly), PublicApiListing.Render(assembly));
    }

    [Fact]
    public void Render_NumberIntelClient_ListsContractTypesAndNoInternals()
    {
        var listing = PublicApiListing.Render(typeof(NumberIntelOptions).Assembly);

        Assert.Contains("    public interface INumberIntelClient\n", listing, StringComparison.Ordinal);
        Assert.Contains("public static Microsoft.Extensions.DependencyInjection.INumberIntelBuilder AddNumberIntel(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, System.Action<NumberIntel.Client.NumberIntelOptions> configure);", listing, StringComparison.Ordinal);
        Assert.Contains("public string? Msisdn { get; init; }", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("NumberIntelOptionsValidator", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("NumberIntelJsonContext", listing, StringComparison.Ordinal);
    }

    [Fact]
    public void Unified_OneMemberAdded_ShowsPlusLineUnderItsType()
    {
        const string expected = "namespace N\n\n    public class A\n        public void M();\n";
        const string actual = "namespace N\n\n    public class A\n        public void M();\n        public void M2();\n";

        var diff = LineDiff.Unified(expected, actual);

        Assert.Contains("@@ in: public class A @@", diff, StringComparison.Ordinal);
        Assert.Contains("\n+        public void M2();\n", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("\n-", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Unified_OneMemberChanged_ShowsRemovalThenAddition()
    {
        const string expected = "namespace N\n\n    public class A\n        public int P { get; init; }\n";
        const string actual = "namespace N\n\n    public class A\n        public int P { get; set; }\n";

        var diff = LineDiff.Unified(expected, actual);

        Assert.Contains("-        public int P { get; init; }\n+        public int P { get; set; }\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Unified_EqualTextsWithDifferentLineEndings_IsEmpty() =>
        Assert.Empty(LineDiff.Unified("a\r\nb\r\n", "a\nb\n"));

    private void AssertMatchesListing(Assembly assembly)
    {
        var name = assembly.GetName().Name!;
        var path = Path.Combine(FindRepositoryRoot(), "api", name + ".txt");
        var actual = PublicApiListing.Render(assembly);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            output.WriteLine($"{UpdateVariable}=1: rewrote {path}. Review the change with git diff and commit it.");
            return;
        }

        var how = $"If the change is intended, rewrite the listing with `{UpdateVariable}=1 dotnet test --filter FullyQualifiedName~PublicApiTests`, review `git diff api/` and commit it.";
        if (!File.Exists(path))
        {
            throw new XunitException($"The public API listing {path} does not exist. {how}");
        }

        var diff = LineDiff.Unified(File.ReadAllText(path), actual);
        if (diff.Length > 0)
        {
            throw new XunitException(
                $"The public API of {name} differs from the checked-in listing api/{name}.txt " +
                $"(- only in the listing, + only in the build):\n\n{diff}\n{how}");
        }
    }

    /// <summary>The folder holding <c>NumberIntel.Client.sln</c>, found upwards from the test binaries.</summary>
    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NumberIntel.Client.sln")))
            {
                return dir.FullName;
            }
        }

        throw new XunitException($"NumberIntel.Client.sln was not found above {AppContext.BaseDirectory}.");
    }
}
