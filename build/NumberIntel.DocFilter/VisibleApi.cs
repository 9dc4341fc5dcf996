using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace NumberIntel.DocFilter;

/// <summary>
/// The members of an assembly a user can see (public and protected members of public types, nested types included),
/// keyed as documentation IDs are: type names as <c>Namespace.Outer.Inner`1</c>, members by kind, name, generic arity
/// and parameter count (overloads that differ only in parameter types share a key; one visible overload keeps them all).
/// </summary>
internal sealed class VisibleApi
{
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);

    /// <summary>Reads the visible surface of the assembly at <paramref name="path"/>.</summary>
    public static VisibleApi Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var api = new VisibleApi();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (!IsVisible(reader, type))
            {
                continue;
            }

            var typeName = DocName(reader, type);
            api._types.Add(typeName);
            api.AddMembers(reader, type, typeName);
        }

        return api;
    }

    /// <summary>Whether the type with this documentation name is visible.</summary>
    public bool HasType(string docName) => _types.Contains(docName);

    /// <summary>Whether a visible member of this kind, name, generic arity and parameter count exists.</summary>
    public bool HasMember(char kind, string typeName, string memberName, int arity, int parameters) =>
        _members.Contains(Key(kind, typeName, memberName, arity, parameters));

    private static string Key(char kind, string typeName, string memberName, int arity, int parameters) =>
        $"{kind}:{typeName}.{memberName}`{arity}({parameters})";

    private void AddMembers(MetadataReader reader, TypeDefinition type, string typeName)
    {
        foreach (var handle in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(handle);
            if (IsVisible(method.Attributes))
            {
                var name = reader.GetString(method.Name).Replace('.', '#');
                _members.Add(Key('M', typeName, name, method.GetGenericParameters().Count, ParameterCount(reader, method.Signature)));
            }
        }

        foreach (var handle in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(handle);
            var accessors = property.GetAccessors();
            if (IsVisible(reader, accessors.Getter) || IsVisible(reader, accessors.Setter))
            {
                _members.Add(Key('P', typeName, reader.GetString(property.Name), 0, ParameterCount(reader, property.Signature)));
            }
        }

        foreach (var handle in type.GetEvents())
        {
            var @event = reader.GetEventDefinition(handle);
            var accessors = @event.GetAccessors();
            if (IsVisible(reader, accessors.Adder) || IsVisible(reader, accessors.Remover))
            {
                _members.Add(Key('E', typeName, reader.GetString(@event.Name), 0, 0));
            }
        }

        foreach (var handle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(handle);
            var access = field.Attributes & FieldAttributes.FieldAccessMask;
            if (access is FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem)
            {
                _members.Add(Key('F', typeName, reader.GetString(field.Name), 0, 0));
            }
        }
    }

    private static bool IsVisible(MetadataReader reader, MethodDefinitionHandle handle) =>
        !handle.IsNil && IsVisible(reader.GetMethodDefinition(handle).Attributes);

    private static bool IsVisible(MethodAttributes attributes) =>
        (attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem;

    private static bool IsVisible(MetadataReader reader, TypeDefinition type)
    {
        var visibility = type.Attributes & TypeAttributes.VisibilityMask;
        if (visibility == TypeAttributes.Public)
        {
            return true;
        }

        return visibility is TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem
            && IsVisible(reader, reader.GetTypeDefinition(type.GetDeclaringType()));
    }

    private static string DocName(MetadataReader reader, TypeDefinition type)
    {
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return DocName(reader, reader.GetTypeDefinition(declaring)) + "." + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    // Method and property signatures: a header byte, for generic methods the generic parameter count, then the
    // parameter count (ECMA-335 II.23.2.1 and II.23.2.5).
    private static int ParameterCount(MetadataReader reader, BlobHandle signature)
    {
        var blob = reader.GetBlobReader(signature);
        var header = blob.ReadSignatureHeader();
        if (header.IsGeneric)
        {
            blob.ReadCompressedInteger();
        }

        return blob.ReadCompressedInteger();
    }
}
