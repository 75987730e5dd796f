using System.Collections.Generic;
using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;

namespace MindGen.Emit.Json;

/// <summary>
/// The distinct JSON shapes one API uses, found by walking its model once: which primitive, array and map
/// helpers the serialization context needs, which of them are ever read where JSON null may stand (a nullable
/// member, item or bag value: only those get a reader-or-null, 2,238 of GitHub's 3,296 were never called), and which
/// types it must offer at the root.
/// </summary>
internal sealed class JsonShapes
{
    private readonly SortedDictionary<string, TypeRef> _helpers = new(System.StringComparer.Ordinal);
    private readonly SortedDictionary<string, TypeRef> _roots = new(System.StringComparer.Ordinal);
    private readonly SortedDictionary<string, TypeRef> _resolved = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _readsNull = new(System.StringComparer.Ordinal);

    public JsonShapes(ApiDescription api)
    {
        foreach (ObjectModel model in api.Models)
        {
            AddRoot(new ModelTypeRef(model.Name));
            foreach (PropertyModel property in model.Properties)
            {
                AddHelper(property.Type, ReadsNull(property));
            }

            if (model.AdditionalPropertiesType is { } bagType)
            {
                AddHelper(bagType, bagType.IsNullable);
            }
        }

        foreach (EnumModel enumeration in api.Enums)
        {
            AddRoot(new EnumTypeRef(enumeration.Name, enumeration.IsInteger));
        }

        // Union accessors read their variants through the context, so every variant is a root.
        foreach (UnionModel union in api.Unions)
        {
            AddRoot(new UnionTypeRef(union.Name));
            foreach (UnionVariantModel variant in union.Variants)
            {
                AddRoot(variant.Type);
            }
        }

        foreach (OperationModel operation in api.Operations)
        {
            if (operation.Response is { Kind: BodyKind.Json, BodyType: { } response })
            {
                AddRoot(response);
            }

            foreach (ErrorResponseModel error in operation.Response.Errors)
            {
                AddRoot(error.BodyType);
            }

            // Object parameters are serialized to JSON first, then spread into name/value pairs.
            foreach (ParameterModel parameter in operation.Parameters)
            {
                if (parameter.SpreadsJson)
                {
                    AddRoot(parameter.Type);
                }
            }

            // The streaming variant reads the items one by one.
            if (operation.StreamMethodName is not null && operation.Response is { Kind: BodyKind.Json, BodyType: ArrayTypeRef array })
            {
                AddRoot(array.Element);
            }

            if (operation.Response.Events is { ItemIsJson: true } events)
            {
                AddRoot(events.ItemType);
            }

            foreach (NamedEventModel named in operation.Response.Events?.Union?.Events ?? EquatableArray<NamedEventModel>.Empty)
            {
                if (named.DataIsJson)
                {
                    AddRoot(named.DataType);
                }
            }

            if (operation.RequestBody is { Kind: BodyKind.Json or BodyKind.Form or BodyKind.JsonLines } body)
            {
                AddRoot(body.Type);
            }

            // Multipart members that are not files travel as JSON (objects) or text (scalars).
            foreach (MultipartPartModel part in operation.RequestBody?.Parts ?? EquatableArray<MultipartPartModel>.Empty)
            {
                if (!part.IsFile)
                {
                    AddRoot(part.Type);
                }
            }
        }
    }

    /// <summary>Every shape that needs read/write helpers, by <see cref="TypeKey.Of"/>, models excluded.</summary>
    public IEnumerable<TypeRef> Helpers => _helpers.Values.Where(type => type is not ModelTypeRef);

    /// <summary>
    /// Every type the context has a property for, by <see cref="PropertyKey"/>: one per C# type as a program
    /// spells it, so that <c>IReadOnlyList&lt;string&gt;</c> and <c>IReadOnlyList&lt;string?&gt;</c> each have one.
    /// </summary>
    public IEnumerable<TypeRef> Roots => _roots.Values;

    /// <summary>
    /// Every type the context resolves, one per runtime type: options find metadata by <c>System.Type</c>, which
    /// knows neither nullable annotations nor where a number may come from, so the shapes that share one
    /// share a converter that reads everything either admits.
    /// </summary>
    public IEnumerable<TypeRef> Resolved => _resolved.Values;

    /// <summary>Whether a member is read where JSON null may stand: when its C# type admits null (missing or null).</summary>
    public static bool ReadsNull(PropertyModel property) => property.IsNullableInCSharp;

    /// <summary>Whether the shape is read somewhere null may stand, and so needs its reader-or-null.</summary>
    public bool IsReadOrNull(TypeRef type) => _readsNull.Contains(TypeKey.Of(type with { IsNullable = false }));

    /// <summary>What names a root's property: the type with numbers' leniency left out, which C# does not spell.</summary>
    public static string PropertyKey(TypeRef type) => TypeKey.Of(Strict(type with { IsNullable = false }));

    private void AddRoot(TypeRef type)
    {
        TypeRef normalized = type with { IsNullable = false };
        _roots[PropertyKey(normalized)] = Strict(normalized);
        string runtime = RuntimeKey(normalized);
        TypeRef resolved = _resolved.TryGetValue(runtime, out TypeRef? existing) ? Widen(existing, normalized) : normalized;
        _resolved[runtime] = resolved;
        AddHelper(resolved, readsNull: false);
    }

    private static string RuntimeKey(TypeRef type) => type switch
    {
        PrimitiveTypeRef primitive => TypeKey.Of(Strict(primitive)),
        ArrayTypeRef array => "list_" + (array.Element.IsNullable && TypeSyntax.IsValueType(array.Element) ? "nullable_" : string.Empty) + RuntimeKey(array.Element),
        MapTypeRef map => "map_" + (map.Value.IsNullable && TypeSyntax.IsValueType(map.Value) ? "nullable_" : string.Empty) + RuntimeKey(map.Value),
        _ => TypeKey.Of(type with { IsNullable = false }),
    };

    private static TypeRef Strict(TypeRef type) => type switch
    {
        PrimitiveTypeRef primitive => primitive with { AcceptsNumericString = false },
        ArrayTypeRef array => array with { Element = Strict(array.Element) },
        MapTypeRef map => map with { Value = Strict(map.Value) },
        _ => type,
    };

    private static TypeRef Widen(TypeRef left, TypeRef right) => (left, right) switch
    {
        (PrimitiveTypeRef a, PrimitiveTypeRef b) => a with { AcceptsNumericString = a.AcceptsNumericString || b.AcceptsNumericString },
        (ArrayTypeRef a, ArrayTypeRef b) => a with { Element = Widen(a.Element, b.Element) with { IsNullable = a.Element.IsNullable || b.Element.IsNullable } },
        (MapTypeRef a, MapTypeRef b) => a with { Value = Widen(a.Value, b.Value) with { IsNullable = a.Value.IsNullable || b.Value.IsNullable } },
        _ => left,
    };

    // An item or a bag's value reads null where its type is nullable; a member where ReadsNull says.
    private void AddHelper(TypeRef type, bool readsNull)
    {
        TypeRef normalized = type with { IsNullable = false };
        string key = TypeKey.Of(normalized);
        if (!_helpers.ContainsKey(key))
        {
            _helpers[key] = normalized;
        }

        if (readsNull)
        {
            _readsNull.Add(key);
        }

        switch (type)
        {
            case ArrayTypeRef array:
                AddHelper(array.Element, array.Element.IsNullable);
                break;
            case MapTypeRef map:
                AddHelper(map.Value, map.Value.IsNullable);
                break;
        }
    }
}
