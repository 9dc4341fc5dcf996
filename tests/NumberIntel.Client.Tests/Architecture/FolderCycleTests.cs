using NumberIntel.Client.Bind;

namespace NumberIntel.Client.Tests.Architecture;

/// <summary>
/// Folders are namespaces and depend on each other one way only (issue 14): a new cycle between the library's feature
/// folders fails here, naming one reference per edge of the cycle. Read by reflection over every type's signatures,
/// attributes and method bodies (<see cref="NamespaceGraph"/>).
/// </summary>
public sealed class FolderCycleTests
{
    /// <summary>
    /// Edges the public API fixes (public type names and namespaces never change), left out of the cycle search. Each must
    /// still exist, so that the list shrinks when the code does.
    /// </summary>
    private static readonly (string From, string To, string Why)[] FixedByPublicApi =
    [
        ("PhoneNumbers", "Confidence", "PhoneNumberParseResult.LineType is the public Confidence.LineType, and ConfidenceNormalizer.Normalize takes a PhoneNumberParseResult"),
    ];

    [Fact]
    public void LibraryFolders_HaveNoCycles()
    {
        var graph = Graph();

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, "Folder cycles (move the shared piece to the lower folder):\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void Cycles_EdgeFixedByPublicApiNotLeftOut_IsReportedWithItsReferences()
    {
        var graph = NamespaceGraph.Of(typeof(BindClient).Assembly, "NumberIntel.Client");

        var cycles = graph.Cycles();

        var cycle = Assert.Single(cycles);
        Assert.Contains("PhoneNumbers -> Confidence (", cycle, StringComparison.Ordinal);
        Assert.Contains("Confidence -> PhoneNumbers (", cycle, StringComparison.Ordinal);
    }

    [Fact]
    public void EdgesFixedByPublicApi_StillExist()
    {
        var graph = NamespaceGraph.Of(typeof(BindClient).Assembly, "NumberIntel.Client");

        foreach (var (from, to, why) in FixedByPublicApi)
        {
            Assert.True(graph.Edges.TryGetValue(from, out var targets) && targets.ContainsKey(to), $"{from} -> {to} is gone ({why}): remove it from the list.");
        }
    }

    [Fact]
    public void Graph_SeesReferencesOnlyMethodBodiesMake()
    {
        var withBodies = NamespaceGraph.Of(typeof(BindClient).Assembly, "NumberIntel.Client");
        var signaturesOnly = NamespaceGraph.Of(typeof(BindClient).Assembly, "NumberIntel.Client", bodies: false);

        // The assessment layer reaches Telemetry only by calling its static instruments and logs, never in a signature.
        Assert.Contains("Telemetry", withBodies.Edges["Assessment"].Keys);
        Assert.DoesNotContain("Telemetry", signaturesOnly.Edges["Assessment"].Keys);
    }

    [Fact]
    public void Graph_RegistrationExtensionsCountAsDependencyInjection()
    {
        var graph = Graph();

        Assert.Equal("DependencyInjection", graph.SliceOf("Microsoft.Extensions.DependencyInjection"));
        Assert.Null(graph.SliceOf("NumberIntel.Client"));
        Assert.Equal("Bind", graph.SliceOf("NumberIntel.Client.Bind"));
    }

    private static NamespaceGraph Graph()
    {
        var graph = NamespaceGraph.Of(typeof(BindClient).Assembly, "NumberIntel.Client");
        foreach (var (from, to, _) in FixedByPublicApi)
        {
            graph.Allow(from, to);
        }

        return graph;
    }
}
