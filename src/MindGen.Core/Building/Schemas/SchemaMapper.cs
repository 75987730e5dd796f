using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Model;
using MindGen.Reading;

namespace MindGen.Building.Schemas;

/// <summary>
/// Maps schemas to <see cref="TypeRef"/>s: the dispatcher that hands each schema to the builder of its kind
/// (<see cref="EnumBuilder"/>, <see cref="CompositionMapper"/>, <see cref="ObjectBuilder"/>,
/// <see cref="UnionBuilder"/>) and resolves references. Every type it creates lands in <see cref="Output"/>;
/// component types keep their component's name, inline ones are named from where they appear.
/// </summary>
internal sealed class SchemaMapper
{
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<string> _aliasesBeingMapped = new(StringComparer.Ordinal);

    // Alias components that became a union of scalars (`type: [string, number]`), so every reference shares one.
    private readonly Dictionary<string, TypeRef> _aliasUnions = new(StringComparer.Ordinal);

    // An inline schema's pointer → the class or union it became. A spec reaches one inline schema more than
    // once when allOf copies a component's members into another class; reusing the type keeps one class per
    // schema, and ends the recursion of an inline schema that contains itself through such copies.
    private readonly Dictionary<string, string> _inlineTypes = new(StringComparer.Ordinal);

    // Component key → its class, once built; null while it is being built (an inheritance cycle) or when it
    // is an enum or a union.
    private readonly Dictionary<string, ObjectModel?> _builtComponents = new(StringComparer.Ordinal);
    private readonly EnumBuilder _enums;
    private readonly ObjectBuilder _objects;
    private readonly CompositionMapper _compositions;

    /// <summary>
    /// Names every component type at once, before anything else is named, so that component names win over
    /// names derived for inline schemas; <see cref="MapComponents"/> builds them.
    /// </summary>
    public SchemaMapper(IDictionary<string, IOpenApiSchema>? components, DiagnosticSink diagnostics, TypeNamer names, CancellationToken cancellationToken)
    {
        Diagnostics = diagnostics;
        Names = names;
        Components = new ComponentTable(components, names);
        _cancellationToken = cancellationToken;
        _enums = new EnumBuilder(this);
        _objects = new ObjectBuilder(this);
        Unions = new UnionBuilder(this);
        _compositions = new CompositionMapper(this);
    }

    public ModelSet Output { get; } = new();

    /// <summary>What <c>format: duration</c> means in this document: ISO 8601, or .NET's TimeSpan as its producer writes it.</summary>
    public PrimitiveKind DurationKind { get; init; } = PrimitiveKind.Duration;

    internal DiagnosticSink Diagnostics { get; }

    internal TypeNamer Names { get; }

    internal ComponentTable Components { get; }

    internal UnionBuilder Unions { get; }

    /// <summary>Builds every component type, then links the discriminated hierarchies among them.</summary>
    public void MapComponents()
    {
        foreach (string key in Components.Keys)
        {
            if (Components.TryGetTypeName(key, out _))
            {
                EnsureComponent(key);
            }
        }

        HierarchyPass.Link(Components, Output);
    }

    public TypeRef Map(IOpenApiSchema? schema, TypeNameHint hint, string pointer)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (schema is null)
        {
            return new AnyTypeRef();
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return MapReference(reference, hint, pointer);
        }

        if (!SchemaShape.IsObject(schema))
        {
            // Objects are checked where their class is built, so that components are checked too.
            SchemaFacts.ReportIgnoredKeywords(Diagnostics, schema, pointer);
        }

        bool nullable = SchemaShape.AdmitsNull(schema);
        if (EnumValues.Of(schema) is { } enumValues)
        {
            string name = Names.Inline(hint, GeneratedTypeKind.Enum);
            _enums.Build(name, schema, enumValues);
            return new EnumTypeRef(name, enumValues.IsInteger) { IsNullable = nullable || enumValues.AdmitsNull };
        }

        if (_compositions.TryMap(schema, hint, pointer) is { } composed)
        {
            return composed with { IsNullable = composed.IsNullable || nullable };
        }

        JsonSchemaType types = SchemaShape.NonNullTypes(schema);
        TypeRef mapped = types switch
        {
            JsonSchemaType.Array => new ArrayTypeRef(Map(schema.Items, hint.ForItems(), SpecPointer.Append(pointer, "items"))),
            JsonSchemaType.Object or 0 => MapObject(schema, hint, pointer),
            _ when SchemaShape.Scalar(schema, types) is { } scalar => new PrimitiveTypeRef(scalar == PrimitiveKind.Duration ? DurationKind : scalar),
            _ when SchemaShape.NumberOrString(schema, types) is { } number => new PrimitiveTypeRef(number) { AcceptsNumericString = true },
            _ => Unions.MapSeveralTypes(schema, types, hint, pointer),
        };
        return mapped with { IsNullable = nullable };
    }

    /// <summary>An object with properties or composed by allOf becomes a class; one with only additionalProperties a map.</summary>
    internal TypeRef MapObject(IOpenApiSchema schema, TypeNameHint hint, string pointer)
    {
        if (schema.Properties is { Count: > 0 } || SchemaShape.IsComposedObject(schema))
        {
            return new ModelTypeRef(InlineType(pointer, hint, GeneratedTypeKind.Model, name => _objects.Build(name, schema, pointer, componentKey: null)));
        }

        if (schema.AdditionalProperties is { } values)
        {
            return new MapTypeRef(Map(values, hint.ForMapValues(), SpecPointer.Append(pointer, "additionalProperties")));
        }

        return new AnyTypeRef();
    }

    /// <summary>
    /// The type of the inline schema at <paramref name="pointer"/>: built once, named from <paramref name="hint"/>,
    /// and registered before <paramref name="build"/> runs, so that a member leading back to it finds it.
    /// </summary>
    internal string InlineType(string pointer, TypeNameHint hint, GeneratedTypeKind kind, Action<string> build, string? title = null)
    {
        if (_inlineTypes.TryGetValue(pointer, out string? built))
        {
            return built;
        }

        string name = Names.Inline(hint, kind, title);
        _inlineTypes[pointer] = name;
        build(name);
        return name;
    }

    /// <summary>Builds a component's type once; returns its class, or null for an enum, a union or a cycle.</summary>
    internal ObjectModel? EnsureComponent(string key)
    {
        if (_builtComponents.TryGetValue(key, out ObjectModel? built))
        {
            return built;
        }

        _builtComponents[key] = null;
        Components.TryGetTypeName(key, out string name);
        IOpenApiSchema schema = Components.Schema(key);
        string pointer = SpecPointer.Append(SpecPointer.ComponentSchemas, key);
        switch (Components.KindOf(key))
        {
            case GeneratedTypeKind.Enum:
                _enums.Build(name, schema, EnumValues.Of(schema)!);
                return null;
            case GeneratedTypeKind.Union:
                Unions.Build(name, schema, SchemaShape.Union(schema)!, pointer);
                return null;
            default:
                ObjectModel model = _objects.Build(name, schema, pointer, key);
                _builtComponents[key] = model;
                return model;
        }
    }

    internal TypeRef Unsupported(string construct, string pointer, TypeNameHint hint)
    {
        Diagnostics.Report(DiagnosticCatalog.UnsupportedConstruct, pointer, construct, pointer, hint.Name);
        return new AnyTypeRef();
    }

    private TypeRef MapReference(OpenApiSchemaReference reference, TypeNameHint hint, string pointer)
    {
        string? id = reference.Reference?.Id;
        if (reference.Target is null || id is null)
        {
            Diagnostics.Report(
                DiagnosticCatalog.UnresolvedReference,
                SpecPointer.Append(pointer, "$ref"),
                reference.Reference?.ReferenceV3 ?? id ?? "$ref",
                hint.Name);
            return new AnyTypeRef();
        }

        bool nullable = SchemaShape.AdmitsNull(reference.Target);
        if (Components.TryGetTypeName(id, out string name))
        {
            return Components.KindOf(id) switch
            {
                GeneratedTypeKind.Union => new UnionTypeRef(name) { IsNullable = nullable || SchemaShape.Union(reference.Target)!.AdmitsNull },
                GeneratedTypeKind.Enum when EnumValues.Of(reference.Target) is { } values => new EnumTypeRef(name, values.IsInteger) { IsNullable = nullable || values.AdmitsNull },
                _ => new ModelTypeRef(name) { IsNullable = nullable },
            };
        }

        return MapAlias(id, reference.Target, hint, pointer);
    }

    // A component that is a scalar or an array is an alias: use what it stands for. The guard stops a
    // component that refers to itself through aliases only (`A: {$ref: B}, B: {$ref: A}`).
    private TypeRef MapAlias(string id, IOpenApiSchema target, TypeNameHint hint, string pointer)
    {
        if (!_aliasesBeingMapped.Add(id))
        {
            return Unsupported("A reference cycle without any object", pointer, hint);
        }

        if (_aliasUnions.TryGetValue(id, out TypeRef? shared))
        {
            _aliasesBeingMapped.Remove(id);
            return shared;
        }

        try
        {
            string name = Naming.Identifier.ToPascalCase(id) is { Length: > 0 } pascal ? pascal : "Model";
            TypeRef aliased = Map(target, new TypeNameHint(name, null), SpecPointer.Append(SpecPointer.ComponentSchemas, id));
            if (aliased is UnionTypeRef)
            {
                _aliasUnions[id] = aliased;
            }

            return aliased;
        }
        finally
        {
            _aliasesBeingMapped.Remove(id);
        }
    }
}
