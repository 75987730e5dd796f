using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Model;
using MindGen.Naming;
using MindGen.Reading;

namespace MindGen.Building.Schemas;

/// <summary>
/// Builds the class of an object schema: its base class (allOf with one object component, or the
/// discriminated oneOf it belongs to), its members (its own and those allOf mixes in), and the bag that
/// keeps members the spec does not describe.
/// </summary>
internal sealed class ObjectBuilder(SchemaMapper mapper)
{
    public ObjectModel Build(string className, IOpenApiSchema schema, string pointer, string? componentKey)
    {
        (string Key, ObjectModel Model)? baseClass = FindBaseClass(schema, componentKey);
        SchemaFacts.ReportIgnoredKeywords(mapper.Diagnostics, schema, pointer);

        // Members may not be named like their class (CS0542), nor like the bag of unknown properties.
        var memberNames = new UniqueNameScope(StringComparer.Ordinal, GeneratedNames.ModelMembers);
        memberNames.Take(className);
        string bagName = baseClass?.Model.AdditionalPropertiesName ?? memberNames.Take(GeneratedNames.AdditionalProperties);

        var properties = new List<PropertyModel>();
        var jsonNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (PropertyModel inherited in baseClass?.Model.Properties ?? EquatableArray<PropertyModel>.Empty)
        {
            memberNames.Take(inherited.Name);
            jsonNames.Add(inherited.JsonName);
            properties.Add(inherited with { IsInherited = true });
        }

        var required = new HashSet<string>(StringComparer.Ordinal);
        var declared = new List<(string JsonName, IOpenApiSchema Schema, string Pointer)>();
        SchemaMembers.Collect(schema, pointer, baseClass?.Key, declared, required);
        foreach ((string jsonName, IOpenApiSchema propertySchema, string propertyPointer) in declared)
        {
            if (!jsonNames.Add(jsonName))
            {
                continue;
            }

            string name = Identifier.ToPascalCase(jsonName) is { Length: > 0 } pascal ? pascal : "Property";
            // Clashes with the class or the bag read better as "…Value"; clashes between members get numbers.
            name = name == className || name == bagName ? name + "Value" : name;
            TypeRef type = mapper.Map(propertySchema, TypeNameHint.ForProperty(className, jsonName), propertyPointer);
            properties.Add(new PropertyModel(memberNames.Take(name), jsonName, type, required.Contains(jsonName), SchemaFacts.Describe(propertySchema), Facts: SchemaFacts.Of(propertySchema)));
        }

        if (componentKey is not null && schema.Discriminator?.PropertyName is { Length: > 0 } discriminator)
        {
            MarkDiscriminator(properties, discriminator, memberNames);
        }

        var model = new ObjectModel(className, SchemaFacts.Describe(schema), properties.ToEquatableArray(), bagName, baseClass?.Model.Name, AdditionalPropertiesType: BagType(schema, pointer, className, baseClass?.Model, properties.Count));
        mapper.Output.Put(model);
        return model;
    }

    // The class of a discriminated hierarchy always has the discriminator member, whether the spec declares
    // it (Swashbuckle: required, on the base) or only names it (ASP.NET Core: an enum of one value on each
    // derived schema, which inherits the base's member instead). It is a string, or the spec's enum of them.
    private static void MarkDiscriminator(List<PropertyModel> properties, string jsonName, UniqueNameScope memberNames)
    {
        int index = properties.FindIndex(property => property.JsonName == jsonName);
        if (index < 0)
        {
            string name = memberNames.Take(Identifier.ToPascalCase(jsonName) is { Length: > 0 } pascal ? pascal : "Discriminator");
            properties.Insert(0, new PropertyModel(name, jsonName, new PrimitiveTypeRef(PrimitiveKind.String), IsRequired: true, "The value that names the class on the wire.", IsDiscriminator: true));
            return;
        }

        TypeRef type = properties[index].Type is EnumTypeRef { IsInteger: false } enumeration ? enumeration : new PrimitiveTypeRef(PrimitiveKind.String);
        properties[index] = properties[index] with { Type = type with { IsNullable = false }, IsRequired = true, IsDiscriminator = true };
    }

    // Members beyond the declared ones go to the bag: typed when the schema types them, JSON otherwise. A
    // derived class shares its root's bag, so its own additionalProperties cannot retype it.
    private TypeRef? BagType(IOpenApiSchema schema, string pointer, string className, ObjectModel? baseModel, int propertyCount)
    {
        if (SchemaMembers.Extra(schema, pointer) is not ({ } extra, string extraPointer) || propertyCount == 0)
        {
            return baseModel?.AdditionalPropertiesType;
        }

        if (baseModel is not null)
        {
            // Any JSON at all (NSwag's ProblemDetails subclasses say `{nullable: true}`) is what the shared bag holds anyway.
            if (!SchemaShape.IsAnnotationOnly(extra))
            {
                mapper.Diagnostics.Report(DiagnosticCatalog.KeywordIgnored, extraPointer, "additionalProperties", pointer, "a derived class shares the bag of its base, so extra members keep the base's type");
            }

            return baseModel.AdditionalPropertiesType;
        }

        return mapper.Map(extra, new TypeNameHint(className, null).ForMapValues(), extraPointer) is { } typed and not AnyTypeRef ? typed : null;
    }

    // allOf with exactly one reference to an object component is inheritance: the class derives from that
    // component's class; everything else in allOf is composition, its properties copied in. A member of a
    // discriminated oneOf derives from the oneOf's class.
    private (string Key, ObjectModel Model)? FindBaseClass(IOpenApiSchema schema, string? componentKey)
    {
        if (componentKey is not null && mapper.Components.OneOfBase(componentKey) is { } oneOfBase && mapper.EnsureComponent(oneOfBase) is { } root)
        {
            return (oneOfBase, root);
        }

        var references = (schema.AllOf ?? [])
            .OfType<OpenApiSchemaReference>()
            .Where(reference => reference.Reference?.Id is { } id && mapper.Components.TryGetTypeName(id, out _) && SchemaShape.IsObject(reference.Target!))
            .ToList();
        if (references.Count != 1)
        {
            return null;
        }

        string key = references[0].Reference!.Id!;
        return mapper.EnsureComponent(key) is { } model ? (key, model) : null;
    }
}
