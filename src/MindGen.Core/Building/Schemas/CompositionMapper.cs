using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using MindGen.Model;
using MindGen.Reading;

namespace MindGen.Building.Schemas;

/// <summary>
/// allOf, oneOf and anyOf. Most are simpler than they look: a merged object (allOf of objects), a
/// reference made nullable or described (one schema, perhaps beside <c>type: null</c>), or one scalar
/// written twice; a real choice between types becomes a union.
/// </summary>
internal sealed class CompositionMapper(SchemaMapper mapper)
{
    /// <summary>The type of a schema with a composition keyword; null when it has none.</summary>
    public TypeRef? TryMap(IOpenApiSchema schema, TypeNameHint hint, string pointer)
    {
        if (schema.AllOf is { Count: > 0 } allOf)
        {
            return Map(schema, "allOf", allOf, hint, pointer);
        }

        return SchemaShape.Alternatives(schema) is (string keyword, IList<IOpenApiSchema> members) ? Map(schema, keyword, members, hint, pointer) : null;
    }

    private TypeRef Map(IOpenApiSchema schema, string keyword, IList<IOpenApiSchema> members, TypeNameHint hint, string pointer)
    {
        var nonNull = members.Where(member => member is not null && member.Type != JsonSchemaType.Null).ToList();
        bool admitsNull = nonNull.Count < members.Count;
        // One schema, described or made nullable (`allOf: [{$ref: Pet}]`, even with `type: object`): that schema.
        if (nonNull.Count == 1 && schema.Properties is not { Count: > 0 })
        {
            return MapOnly(nonNull[0], members, admitsNull, keyword, hint, pointer);
        }

        if (keyword == "allOf" && SchemaShape.IsComposedObject(schema))
        {
            return mapper.MapObject(schema, hint, pointer);
        }

        // allOf members that only describe or constrain (`{minLength: 1}`, `{description: …}`), or restate
        // the type of the scalar another member refers to (`[{$ref: ResourceId}, {type: string}]`), do not
        // change the C# type.
        if (keyword == "allOf" && nonNull.Count > 1 && nonNull.Where(member => !SchemaShape.IsAnnotationOnly(member)).ToList() is { Count: > 0 } structural)
        {
            nonNull = RestatedScalar(structural) is { } reference ? [reference] : structural;
        }

        // Members that are all the same scalar (`anyOf: [{type: string, pattern: a}, {type: string, pattern: b}]`)
        // are that scalar: a union of identical types would only add ceremony.
        if (nonNull.Count > 1 && schema.Properties is not { Count: > 0 } && SchemaShape.SameScalar(nonNull) is { } scalar)
        {
            return new PrimitiveTypeRef(scalar) { IsNullable = admitsNull };
        }

        if (nonNull.Count == 1 && schema.Properties is not { Count: > 0 })
        {
            return MapOnly(nonNull[0], members, admitsNull, keyword, hint, pointer);
        }

        // A choice among the classes of one discriminated hierarchy (Swashbuckle's oneOf: [Shape, Circle,
        // Square]) is their base class, which reads and writes each of them by its discriminator.
        if (keyword != "allOf" && nonNull.Count > 1 && schema.Properties is not { Count: > 0 } && DiscriminatedBase(nonNull) is { } baseClass)
        {
            return new ModelTypeRef(baseClass) { IsNullable = admitsNull };
        }

        if (keyword != "allOf" && SchemaShape.Union(schema) is { } union)
        {
            return new UnionTypeRef(mapper.InlineType(pointer, hint, GeneratedTypeKind.Union, name => mapper.Unions.Build(name, schema, union, pointer), schema.Title)) { IsNullable = admitsNull };
        }

        return mapper.Unsupported($"'{keyword}' with {nonNull.Count} schemas", SpecPointer.Append(pointer, keyword), hint);
    }

    private TypeRef MapOnly(IOpenApiSchema member, IList<IOpenApiSchema> members, bool admitsNull, string keyword, TypeNameHint hint, string pointer)
    {
        TypeRef only = mapper.Map(member, hint, SpecPointer.Append(SpecPointer.Append(pointer, keyword), members.IndexOf(member)));
        return only with { IsNullable = only.IsNullable || admitsNull };
    }

    // The one reference among members that are otherwise inline scalars of the type it refers to.
    private static IOpenApiSchema? RestatedScalar(List<IOpenApiSchema> members)
    {
        var references = members.OfType<OpenApiSchemaReference>().ToList();
        if (references.Count != 1 || references[0] is not { Target: { } target } reference)
        {
            return null;
        }

        JsonSchemaType type = SchemaShape.NonNullTypes(target);
        return SchemaShape.Scalar(target, type) is not null && members.All(member => member == reference || (SchemaShape.NonNullTypes(member) == type && member.Enum is not { Count: > 0 } && SchemaShape.SameScalar([member]) is not null))
            ? reference
            : null;
    }

    // The nearest class all members are or derive from, when its schema has a discriminator.
    private string? DiscriminatedBase(List<IOpenApiSchema> members)
    {
        if (!members.All(member => member is OpenApiSchemaReference { Reference.Id: { } id } && mapper.Components.TryGetTypeName(id, out _) && mapper.Components.KindOf(id) == GeneratedTypeKind.Model))
        {
            return null;
        }

        List<string>? common = null;
        foreach (IOpenApiSchema member in members)
        {
            if (mapper.EnsureComponent(((OpenApiSchemaReference)member).Reference.Id!) is not { } model)
            {
                return null;
            }

            var lineage = new List<string>();
            for (ObjectModel? current = model; current is not null && lineage.Count < 64; current = current.BaseName is { } parent && mapper.Output.TryGet(parent, out ObjectModel next) ? next : null)
            {
                lineage.Add(current.Name);
            }

            common = common is null ? lineage : common.Where(lineage.Contains).ToList();
        }

        return common?.FirstOrDefault() is { } name && mapper.Components.KeyOf(name) is { } key && mapper.Components.Schema(key).Discriminator?.PropertyName is { Length: > 0 }
            ? name
            : null;
    }
}
