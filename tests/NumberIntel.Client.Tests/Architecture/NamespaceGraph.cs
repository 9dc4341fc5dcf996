using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace NumberIntel.Client.Tests.Architecture;

/// <summary>
/// The dependencies between the feature namespaces (= folders) of an assembly, read by reflection: base types,
/// interfaces, fields, properties, events, method and constructor signatures, custom attributes, and every type, method
/// and field a method body's IL refers to (lambdas, local functions and async state machines count for the type that
/// declares them). Types of the root namespace (the public facade, which by design both uses and is used by the
/// features) and of other assemblies are left out.
/// </summary>
internal sealed class NamespaceGraph
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Assembly _assembly;
    private readonly string _root;
    private readonly bool _bodies;

    private NamespaceGraph(Assembly assembly, string root, bool bodies)
    {
        _assembly = assembly;
        _root = root;
        _bodies = bodies;
    }

    /// <summary>Edges: from slice → to slice → one example of the reference (for the failure message).</summary>
    public Dictionary<string, Dictionary<string, string>> Edges { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads the graph of <paramref name="assembly"/>'s namespaces below <paramref name="root"/>.</summary>
    /// <param name="assembly">The library.</param>
    /// <param name="root">Its root namespace.</param>
    /// <param name="bodies">Whether to read the IL of method bodies too (false only to test the reader itself).</param>
    public static NamespaceGraph Of(Assembly assembly, string root, bool bodies = true)
    {
        var graph = new NamespaceGraph(assembly, root, bodies);
        foreach (var type in assembly.GetTypes())
        {
            graph.Scan(type);
        }

        return graph;
    }

    /// <summary>
    /// The slice a namespace belongs to: the first segment below the root (<c>NumberIntel.Client.Bind.X</c> → <c>Bind</c>);
    /// <c>Microsoft.Extensions.DependencyInjection</c> (where the registration extensions live by design) → <c>DependencyInjection</c>;
    /// null for the root namespace itself and for anything else.
    /// </summary>
    public string? SliceOf(string? ns)
    {
        if (ns is null)
        {
            return null;
        }

        if (ns == "Microsoft.Extensions.DependencyInjection")
        {
            return "DependencyInjection";
        }

        if (!ns.StartsWith(_root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[(_root.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>Leaves an edge out of the cycle search (an edge the public API fixes); returns whether it existed.</summary>
    public bool Allow(string from, string to) => Edges.TryGetValue(from, out var targets) && targets.Remove(to);

    /// <summary>Every cycle between slices, each as <c>A → B → A</c> with an example reference per edge.</summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (from, targets) in Edges)
        {
            foreach (var to in targets.Keys)
            {
                if (PathBetween(to, from) is { } back)
                {
                    var ring = new List<string> { from };
                    ring.AddRange(back);
                    var key = string.Join(",", ring.Distinct().Order(StringComparer.Ordinal));
                    if (reported.Add(key))
                    {
                        var steps = ring.Zip(ring.Skip(1), (a, b) => $"{a} -> {b} ({Edges[a][b]})");
                        cycles.Add(string.Join("; ", steps));
                    }
                }
            }
        }

        return cycles;
    }

    /// <summary>A path of slices from <paramref name="start"/> to <paramref name="goal"/> (both included), or null.</summary>
    private List<string>? PathBetween(string start, string goal)
    {
        var previous = new Dictionary<string, string?>(StringComparer.Ordinal) { [start] = null };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == goal)
            {
                var path = new List<string>();
                for (string? at = current; at is not null; at = previous[at])
                {
                    path.Add(at);
                }

                path.Reverse();
                return path;
            }

            if (Edges.TryGetValue(current, out var next))
            {
                foreach (var n in next.Keys)
                {
                    if (previous.TryAdd(n, current))
                    {
                        queue.Enqueue(n);
                    }
                }
            }
        }

        return null;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private void Scan(Type type)
    {
        var from = SliceOf(Outermost(type).Namespace);
        if (from is null)
        {
            return;
        }

        void Ref(Type? target, string how)
        {
            if (target is null)
            {
                return;
            }

            if (target.HasElementType)
            {
                Ref(target.GetElementType(), how);
                return;
            }

            if (target.IsGenericType && !target.IsGenericTypeDefinition)
            {
                foreach (var argument in target.GetGenericArguments())
                {
                    Ref(argument, how);
                }

                target = target.GetGenericTypeDefinition();
            }

            if (target.IsGenericParameter || target.Assembly != _assembly)
            {
                return;
            }

            var to = SliceOf(Outermost(target).Namespace);
            if (to is null || to == from)
            {
                return;
            }

            if (!Edges.TryGetValue(from, out var targets))
            {
                Edges[from] = targets = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            targets.TryAdd(to, $"{Outermost(type).Name} {how} {target.Name}");
        }

        Ref(type.BaseType, "derives from");
        foreach (var i in type.GetInterfaces())
        {
            Ref(i, "implements");
        }

        foreach (var a in type.GetCustomAttributesData())
        {
            Attribute(a, Ref);
        }

        foreach (var f in type.GetFields(All))
        {
            Ref(f.FieldType, "has a field of");
        }

        foreach (var p in type.GetProperties(All))
        {
            Ref(p.PropertyType, "has a property of");
        }

        foreach (var e in type.GetEvents(All))
        {
            Ref(e.EventHandlerType, "has an event of");
        }

        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo info)
            {
                Ref(info.ReturnType, "returns");
            }

            foreach (var p in m.GetParameters())
            {
                Ref(p.ParameterType, "takes");
            }

            foreach (var a in m.GetCustomAttributesData())
            {
                Attribute(a, Ref);
            }

            if (_bodies)
            {
                Body(type, m, Ref);
            }
        }
    }

    private static void Attribute(CustomAttributeData attribute, Action<Type?, string> reference)
    {
        // The compiler's own markers (async state machine, nullable, …) name compiler-generated types, scanned on their own.
        if (attribute.AttributeType.Namespace == typeof(AsyncStateMachineAttribute).Namespace)
        {
            return;
        }

        reference(attribute.AttributeType, "is marked with");
        foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(n => n.TypedValue)))
        {
            if (argument.Value is Type t)
            {
                reference(t, "names in an attribute");
            }
        }
    }

    private static void Body(Type type, MethodBase method, Action<Type?, string> reference)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return;
        }

        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, position);
                    position += 4;
                    Resolve(method.Module, token, typeArguments, methodArguments, reference);
                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, position);
                    position += 4 + (4 * count);
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    position += 1;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    position += 8;
                    break;
                default:
                    position += 4;
                    break;
            }
        }
    }

    private static void Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments, Action<Type?, string> reference)
    {
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return; // a signature token (calli) or a generic context this scan does not rebuild
        }

        switch (member)
        {
            case Type t:
                reference(t, "uses");
                break;
            case MethodBase m:
                reference(m.DeclaringType, "calls");
                if (m is MethodInfo { IsGenericMethod: true } generic)
                {
                    foreach (var argument in generic.GetGenericArguments())
                    {
                        reference(argument, "calls with");
                    }
                }

                break;
            case FieldInfo f:
                reference(f.DeclaringType, "uses a field of");
                break;
        }
    }
}
