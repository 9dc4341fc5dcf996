using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NumberIntel.Client.Tests.Docs;

/// <summary>
/// Every C# block of README.md and docs/ compiles as written — with its own <c>using</c> directives and declarations —
/// against the SDK, the testing package and the frameworks an app has (ASP.NET Core, xunit), so a snippet can never
/// drift from the API. A block with statements is compiled as a program (top-level statements), one with only
/// declarations as a library. The only usings not written in a block are the implicit global usings of a
/// <c>dotnet new web</c> project (<see cref="ImplicitUsings"/>), which the README states; every NumberIntel namespace a
/// block needs is written in it.
/// </summary>
public sealed class ReadmeCompilesTests
{
    /// <summary>The global usings the .NET SDK adds to a <c>Microsoft.NET.Sdk.Web</c> project with ImplicitUsings on.</summary>
    public static readonly string[] ImplicitUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Net.Http.Json",
        "System.Threading", "System.Threading.Tasks", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration",
        "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static readonly SyntaxTree GlobalUsings = CSharpSyntaxTree.ParseText(
        string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")),
        new CSharpParseOptions(LanguageVersion.Latest));

    public static TheoryData<MarkdownCSharpBlock> Blocks()
    {
        var data = new TheoryData<MarkdownCSharpBlock>();
        foreach (var block in MarkdownCSharpBlocks.All())
        {
            data.Add(block);
        }

        return data;
    }

    [Fact]
    public void Documents_Readme_HasCSharpBlocks()
    {
        Assert.Contains(MarkdownCSharpBlocks.All(), b => b.Document == "README.md");
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_AsWritten_Compiles(MarkdownCSharpBlock block)
    {
        var errors = Compile(block.Code);

        Assert.True(errors.Count == 0, $"{block} does not compile:\n{string.Join('\n', errors)}\n--- block ---\n{block.Code}");
    }

    [Fact]
    public void Compile_BlockWithoutItsUsing_Fails()
    {
        var errors = Compile("await using var emulator = await NumberIntelEmulator.StartAsync();");

        Assert.Contains(errors, e => e.Contains("CS0103", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_BlockWithAUsingItDoesNotNeed_Fails()
    {
        var errors = Compile("using NumberIntel.Client.Bind;\nusing NumberIntel.Client.Testing;\n\nawait using var emulator = await NumberIntelEmulator.StartAsync();");

        Assert.Contains(errors, e => e.Contains("CS8019", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_CompleteBlock_Succeeds()
    {
        var errors = Compile("using NumberIntel.Client.Testing;\n\nawait using var emulator = await NumberIntelEmulator.StartAsync();");

        Assert.Empty(errors);
    }

    private static List<string> Compile(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest));
        var hasStatements = tree.GetCompilationUnitRoot().Members.Any(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax);
        var compilation = CSharpCompilation.Create(
            "ReadmeBlock",
            [GlobalUsings, tree],
            References.Value,
            new CSharpCompilationOptions(
                hasStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));
        // Errors, and (CS8019) a using the block does not need: a block shows exactly the usings it needs.
        return [.. compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Id == "CS8019" && d.Location.SourceTree == tree))
            .Select(d => $"{d.Id} line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")];
    }

    /// <summary>The runtime's and ASP.NET Core's assemblies, the SDK's, and the test libraries (all loaded beside the tests).</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToHashSet(StringComparer.Ordinal);
        foreach (var dll in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
        {
            paths.Add(dll);
        }

        return [.. paths
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .Where(IsManagedAssembly)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
