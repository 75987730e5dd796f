using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using MindGen.Model;
using MindGen.Naming;
using MindGen.Reading;

namespace MindGen.Building.Schemas;

/// <summary>
/// Builds union classes: oneOf/anyOf of different types (with their discriminator, when the spec gives
/// one), and type sets of scalars (<c>type: [string, number]</c>). A union keeps the JSON and offers a typed
/// accessor pair per variant.
/// </summary>
internal sealed class UnionBuilder(SchemaMapper mapper)
{
    public void Build(string name, IOpenApiSchema schema, UnionMembers union, string pointer)
    {
        var variants = new List<(TypeRef Type, List<string> Values)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach ((IOpenApiSchema member, int index) in union.Members)
        {
            string? title = member is OpenApiSchemaReference ? null : member.Title;
            var hint = new TypeNameHint(title is { Length: > 0 } && Identifier.ToPascalCase(title) is { Length: > 0 } titled ? titled : name + "Variant" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), null);
            TypeRef type = mapper.Map(member, hint, SpecPointer.Append(SpecPointer.Append(pointer, union.Keyword), index)) with { IsNullable = false };
            if (keys.Add(TypeKey.Of(type)))
            {
                variants.Add((type, DiscriminatorValues(schema.Discriminator, member)));
            }
        }

        string? discriminator = schema.Discriminator?.PropertyName is { Length: > 0 } property ? property : null;
        Add(name, schema, variants, discriminator);
    }

    /// <summary>
    /// <c>type: [string, number, boolean]</c> (3.0's <c>anyOf</c> of bare types reads the same way): a union
    /// with one accessor per type. An object among them is its class (the schema's properties) or a map; an
    /// array a list of its items.
    /// </summary>
    public TypeRef MapSeveralTypes(IOpenApiSchema schema, JsonSchemaType types, TypeNameHint hint, string pointer)
    {
        string name = mapper.Names.Inline(hint, GeneratedTypeKind.Union, schema.Title);
        var variants = new List<(TypeRef Type, List<string> Values)>();
        foreach (JsonSchemaType type in new[] { JsonSchemaType.String, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.Boolean })
        {
            if ((types & type) != 0)
            {
                variants.Add((new PrimitiveTypeRef(SchemaShape.Scalar(schema, type)!.Value), []));
            }
        }

        if ((types & JsonSchemaType.Object) != 0)
        {
            TypeRef shape = mapper.MapObject(schema, new TypeNameHint(name + "Object", null), pointer);
            variants.Add((shape is AnyTypeRef ? new MapTypeRef(new AnyTypeRef()) : shape, []));
        }

        if ((types & JsonSchemaType.Array) != 0)
        {
            variants.Add((new ArrayTypeRef(mapper.Map(schema.Items, new TypeNameHint(name + "Item", null), SpecPointer.Append(pointer, "items"))), []));
        }

        Add(name, schema, variants, discriminator: null);
        return new UnionTypeRef(name);
    }

    // Each variant's accessors (FromX, TryGetX) get names unique in the union, clear of its own members.
    private void Add(string name, IOpenApiSchema schema, List<(TypeRef Type, List<string> Values)> variants, string? discriminator)
    {
        var members = new UniqueNameScope(StringComparer.Ordinal, GeneratedNames.UnionMembers);
        members.Take(name);
        var models = variants.ConvertAll(variant => new UnionVariantModel(
            variant.Type,
            variant.Values.ToEquatableArray(),
            members.TakeFamily(TypeKey.Words(variant.Type), stem => GeneratedNames.UnionAccessorPrefixes.Select(prefix => prefix + stem))));
        mapper.Output.Unions.Add(new UnionModel(name, SchemaFacts.Describe(schema), models.ToEquatableArray(), discriminator));
    }

    // The values naming a variant: explicit mapping entries that point at it, else its implicit value (ImplicitDiscriminator).
    private static List<string> DiscriminatorValues(OpenApiDiscriminator? discriminator, IOpenApiSchema member)
    {
        var values = new List<string>();
        if (discriminator?.PropertyName is not { Length: > 0 } || member is not OpenApiSchemaReference { Reference.Id: { } id })
        {
            return values;
        }

        foreach (KeyValuePair<string, OpenApiSchemaReference> entry in discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            if (entry.Value?.Reference?.Id == id)
            {
                values.Add(entry.Key);
            }
        }

        if (values.Count == 0)
        {
            values.Add(ImplicitDiscriminator.Value(member, discriminator.PropertyName, id));
        }

        return values;
    }
}
