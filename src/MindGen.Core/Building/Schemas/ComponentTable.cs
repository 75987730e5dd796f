using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace MindGen.Building.Schemas;

/// <summary>
/// The spec's component schemas: which become a type (and its name, decided before any inline schema is
/// named, so that component names win), which are aliases of what they refer to, and which discriminated
/// oneOfs become class hierarchies.
/// </summary>
internal sealed class ComponentTable
{
    private readonly IDictionary<string, IOpenApiSchema> _schemas;
    private readonly Dictionary<string, string> _typeNames = new(StringComparer.Ordinal);

    // A discriminated oneOf over object components that belong to no other such oneOf becomes a base class,
    // and its members derive from it: member component → oneOf component.
    private readonly Dictionary<string, string> _oneOfBases;
    private readonly HashSet<string> _oneOfRoots;

    public ComponentTable(IDictionary<string, IOpenApiSchema>? schemas, TypeNamer names)
    {
        _schemas = schemas ?? new Dictionary<string, IOpenApiSchema>();
        Keys = _schemas.Keys.OrderBy(key => key, StringComparer.Ordinal).ToList();
        _oneOfBases = OneOfHierarchies.Find(_schemas, Keys);
        _oneOfRoots = new HashSet<string>(_oneOfBases.Values, StringComparer.Ordinal);
        foreach (string key in Keys)
        {
            if (KindOf(key) is { } kind)
            {
                _typeNames[key] = names.Component(Naming.Identifier.ToPascalCase(key) is { Length: > 0 } name ? name : "Model", kind);
            }
        }
    }

    /// <summary>Every component key, in ordinal order.</summary>
    public IReadOnlyList<string> Keys { get; }

    public IOpenApiSchema Schema(string key) => _schemas[key];

    /// <summary>The component a generated type was named for, if it was.</summary>
    public string? KeyOf(string typeName) => _typeNames.FirstOrDefault(pair => pair.Value == typeName).Key;

    /// <summary>The C# name of a component that becomes a type; false for an alias (a scalar, an array, a map).</summary>
    public bool TryGetTypeName(string key, out string name) => _typeNames.TryGetValue(key, out name!);

    /// <summary>What the component becomes; null for an alias.</summary>
    public GeneratedTypeKind? KindOf(string key)
    {
        IOpenApiSchema? schema = _schemas[key];
        if (schema is null)
        {
            return null;
        }

        if (EnumValues.Of(schema) is not null)
        {
            return GeneratedTypeKind.Enum;
        }

        if (!_oneOfRoots.Contains(key) && SchemaShape.Union(schema) is not null)
        {
            return GeneratedTypeKind.Union;
        }

        return SchemaShape.IsObject(schema) || _oneOfRoots.Contains(key) ? GeneratedTypeKind.Model : null;
    }

    /// <summary>The discriminated oneOf component whose class <paramref name="key"/>'s class derives from, if any.</summary>
    public string? OneOfBase(string key) => _oneOfBases.TryGetValue(key, out string? root) ? root : null;
}
