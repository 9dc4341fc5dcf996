using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using NumberIntel.Client.Redis;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Docs;

/// <summary>
/// The XML documentation file beside each package's assembly (the one IntelliSense reads and the .nupkg ships) describes
/// what a user can see and nothing else: the build filters out internal types and members after compiling.
/// </summary>
public sealed class ShippedDocumentationTests
{
    public static TheoryData<string> Packages => new() { "NumberIntel.Client", "NumberIntel.Client.Testing", "NumberIntel.Client.Redis" };

    [Theory]
    [MemberData(nameof(Packages))]
    public void DocumentationFile_InternalTypes_AreNotDescribed(string package)
    {
        var (assembly, ids) = Load(package);
        var internalTypes = assembly.GetTypes()
            .Where(t => !t.IsVisible && !IsCompilerGenerated(t))
            .Select(DocName)
            .ToList();
        Assert.NotEmpty(internalTypes);

        var leaked = ids.Where(id => internalTypes.Any(t => Describes(id, t))).ToList();

        Assert.Empty(leaked);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void DocumentationFile_InternalMembersOfPublicTypes_AreNotDescribed(string package)
    {
        var (assembly, ids) = Load(package);
        const BindingFlags declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        var leaked = new List<string>();
        foreach (var type in assembly.GetTypes().Where(t => t.IsVisible))
        {
            var members = type.GetMembers(declared).Where(m => !m.Name.Contains('.', StringComparison.Ordinal) && !m.Name.Contains('<', StringComparison.Ordinal)).ToList();
            var visibleNames = members.Where(IsVisible).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var member in members.Where(m => !IsVisible(m) && !visibleNames.Contains(m.Name) && !IsCompilerGenerated(m)))
            {
                var prefix = $"{DocName(type)}.{member.Name}";
                leaked.AddRange(ids.Where(id => id.Length > 2 && id[1] == ':' && id[0] != 'T' && NamesMember(id[2..], prefix)));
            }
        }

        Assert.Empty(leaked);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void DocumentationFile_EveryPublicType_IsDescribed(string package)
    {
        var (assembly, ids) = Load(package);
        var set = ids.ToHashSet(StringComparer.Ordinal);

        var missing = assembly.GetExportedTypes().Select(t => "T:" + DocName(t)).Where(id => !set.Contains(id)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void DocumentationFile_PublicMembers_KeepTheirDocs()
    {
        var (_, ids) = Load("NumberIntel.Client");

        Assert.Contains(ids, id => id.StartsWith("M:NumberIntel.Client.NumberIntelClient.AssessAsync(", StringComparison.Ordinal));
        Assert.Contains(ids, id => id.StartsWith("M:NumberIntel.Client.NumberIntelClient.#ctor(", StringComparison.Ordinal));
        Assert.Contains("P:NumberIntel.Client.NumberAssessment.Confidence", ids);
        Assert.Contains(ids, id => id.StartsWith("M:Microsoft.Extensions.DependencyInjection.NumberIntelServiceCollectionExtensions.AddNumberIntel(", StringComparison.Ordinal));
    }

    private static (Assembly Assembly, List<string> Ids) Load(string package)
    {
        var assembly = package switch
        {
            "NumberIntel.Client" => typeof(NumberIntelClient).Assembly,
            "NumberIntel.Client.Testing" => typeof(NumberIntelEmulator).Assembly,
            "NumberIntel.Client.Redis" => typeof(NumberIntelRedisOptions).Assembly,
            _ => throw new ArgumentOutOfRangeException(nameof(package)),
        };
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(path), $"{path} is not beside the assembly");
        var ids = XDocument.Load(path).Descendants("member").Select(m => (string?)m.Attribute("name") ?? "").ToList();
        Assert.NotEmpty(ids);
        return (assembly, ids);
    }

    // "T:Ns.Type", or a member of it "M:Ns.Type.Name(..)"; a nested type "Ns.Type.Inner" also belongs to it.
    private static bool Describes(string id, string typeDocName) =>
        id.Length > 2 && id[1] == ':' && (id[2..] == typeDocName || id[2..].StartsWith(typeDocName + ".", StringComparison.Ordinal));

    private static bool NamesMember(string idBody, string prefix) =>
        idBody.StartsWith(prefix, StringComparison.Ordinal)
        && (idBody.Length == prefix.Length || idBody[prefix.Length] is '(' or '`' or '~');

    private static string DocName(Type type) =>
        type.IsNested ? $"{DocName(type.DeclaringType!)}.{type.Name}" : $"{type.Namespace}.{type.Name}";

    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || member.Name.Contains('<', StringComparison.Ordinal);

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily || add.IsFamilyOrAssembly),
        Type t => t.IsVisible,
        _ => false,
    };
}
