using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Briefing.Bot.Tests.Architecture;

/// <summary>
/// Reads a compiled assembly and lists which of its folders use which: every type a type names in its base type,
/// interfaces, attributes, fields, properties, signatures, locals and method bodies (IL). Reading the IL rather than
/// the source catches what a regex over `using` lines misses: relative names such as <c>Commands.X</c>, types of the
/// enclosing namespace, and closures the compiler generates.
/// </summary>
internal static class FolderDependencyReader
{
    /// <summary>The folders (first namespace segment under <paramref name="rootNamespace"/>) that hold at least one type.</summary>
    public static IReadOnlySet<string> Folders(string assemblyPath, string rootNamespace)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        return module.Types.Select(type => FolderOf(type, rootNamespace)).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    public static IReadOnlyList<FolderEdge> Edges(string assemblyPath, string rootNamespace)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var edges = new Dictionary<(string, string), FolderEdge>();
        foreach (var type in module.GetTypes())
        {
            var from = FolderOf(type, rootNamespace);
            if (from is null)
            {
                continue;
            }

            foreach (var used in UsedTypes(type))
            {
                var to = FolderOf(used, rootNamespace);
                if (to is not null && to != from)
                {
                    edges.TryAdd((from, to), new FolderEdge(from, to, $"{type.FullName} uses {used.FullName}"));
                }
            }
        }

        return [.. edges.Values.OrderBy(edge => edge.From, StringComparer.Ordinal).ThenBy(edge => edge.To, StringComparer.Ordinal)];
    }

    /// <summary>The folder of a type (its outermost declaring type's namespace), or null outside the project's folders.</summary>
    private static string? FolderOf(TypeReference type, string rootNamespace)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        var prefix = rootNamespace + ".";
        if (!type.Namespace.StartsWith(prefix, StringComparison.Ordinal))
        {
            // The project's root namespace (options, the AddX entry points at its top) is not a folder.
            return null;
        }

        return type.Namespace[prefix.Length..].Split('.')[0];
    }

    private static IEnumerable<TypeReference> UsedTypes(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        Add(found, type.BaseType);
        found.AddRange(type.Interfaces.Select(implemented => implemented.InterfaceType));
        AddAttributes(found, type.CustomAttributes);
        found.AddRange(type.Fields.Select(field => field.FieldType));
        found.AddRange(type.Properties.Select(property => property.PropertyType));
        foreach (var method in type.Methods)
        {
            AddAttributes(found, method.CustomAttributes);
            Add(found, method.ReturnType);
            found.AddRange(method.Parameters.Select(parameter => parameter.ParameterType));
            if (method.HasBody)
            {
                found.AddRange(method.Body.Variables.Select(variable => variable.VariableType));
                foreach (var instruction in method.Body.Instructions)
                {
                    AddOperand(found, instruction);
                }
            }
        }

        return found.SelectMany(Expand);
    }

    private static void AddOperand(List<TypeReference> found, Instruction instruction)
    {
        switch (instruction.Operand)
        {
            case TypeReference referenced:
                found.Add(referenced);
                break;
            case MethodReference method:
                Add(found, method.DeclaringType);
                Add(found, method.ReturnType);
                found.AddRange(method.Parameters.Select(parameter => parameter.ParameterType));
                if (method is GenericInstanceMethod generic)
                {
                    found.AddRange(generic.GenericArguments);
                }

                break;
            case FieldReference field:
                Add(found, field.DeclaringType);
                Add(found, field.FieldType);
                break;
        }
    }

    private static void AddAttributes(List<TypeReference> found, IEnumerable<CustomAttribute> attributes) =>
        found.AddRange(attributes.Select(attribute => attribute.AttributeType));

    private static void Add(List<TypeReference> found, TypeReference? type)
    {
        if (type is not null)
        {
            found.Add(type);
        }
    }

    /// <summary>A type and what it is built from: the element of an array or pointer, the arguments of a generic.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var part in new[] { generic.ElementType }.Concat(generic.GenericArguments).SelectMany(Expand))
                {
                    yield return part;
                }

                break;
            case TypeSpecification specification:
                foreach (var part in Expand(specification.ElementType))
                {
                    yield return part;
                }

                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }
}
