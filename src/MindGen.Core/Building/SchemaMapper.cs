using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Model;
using MindGen.Naming;
using MindGen.Reading;

namespace MindGen.Building;

/// <summary>
/// Maps schemas to <see cref="TypeRef"/>s, creating an <see cref="ObjectModel"/> for every component object
/// and every inline object it meets. Component objects keep their component name; inline ones are named
/// from where they appear (<see cref="TypeNameHint"/>).
/// </summary>
internal sealed class SchemaMapper
{
    private const string ComponentsPointer = "#/components/schemas";
    private const string AdditionalPropertiesMember = "AdditionalProperties";

    private readonly DiagnosticSink _diagnostics;
    private readonly UniqueNameScope _typeNames;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, string> _componentClassNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _aliasesBeingMapped = new(StringComparer.Ordinal);
    private readonly List<ObjectModel> _models = [];
    private readonly List<EnumModel> _enums = [];

    public SchemaMapper(DiagnosticSink diagnostics, UniqueNameScope typeNames, CancellationToken cancellationToken)
    {
        _diagnostics = diagnostics;
        _typeNames = typeNames;
        _cancellationToken = cancellationToken;
    }

    public IReadOnlyList<ObjectModel> Models => _models;

    public IReadOnlyList<EnumModel> Enums => _enums;

    /// <summary>
    /// Reserves a class name for every object component before anything else is named, so that component
    /// names win over names derived for inline schemas, then builds their classes.
    /// </summary>
    public void MapComponents(IDictionary<string, IOpenApiSchema>? schemas)
    {
        if (schemas is null)
        {
            return;
        }

        var keys = schemas.Keys.OrderBy(key => key, StringComparer.Ordinal).ToList();
        foreach (string key in keys)
        {
            if (schemas[key] is { } schema && (IsObject(schema) || EnumValues.Of(schema) is not null))
            {
                _componentClassNames[key] = _typeNames.Take(NonEmpty(Identifier.ToPascalCase(key), "Model"));
            }
        }

        foreach (string key in keys)
        {
            if (!_componentClassNames.TryGetValue(key, out string? className))
            {
                continue;
            }

            if (EnumValues.Of(schemas[key]) is { } values)
            {
                BuildEnum(className, schemas[key], values);
            }
            else
            {
                BuildObject(className, schemas[key], JsonPointer.Append(ComponentsPointer, key));
            }
        }
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

        JsonSchemaType types = schema.Type ?? 0;
        bool nullable = (types & JsonSchemaType.Null) != 0;
        types &= ~JsonSchemaType.Null;

        if (EnumValues.Of(schema) is { } enumValues)
        {
            string enumName = _typeNames.Take(hint.Parent is not null && _typeNames.IsTaken(hint.Name) ? hint.Parent + hint.Name : hint.Name);
            BuildEnum(enumName, schema, enumValues);
            return new EnumTypeRef(enumName, enumValues.IsInteger) { IsNullable = nullable || enumValues.AdmitsNull };
        }

        if (TryMapComposition(schema, hint, pointer, out TypeRef? composed))
        {
            return composed with { IsNullable = composed.IsNullable || nullable };
        }

        TypeRef mapped = types switch
        {
            JsonSchemaType.String => new PrimitiveTypeRef(StringFormat(schema.Format)),
            JsonSchemaType.Integer => new PrimitiveTypeRef(schema.Format == "int32" ? PrimitiveKind.Int32 : PrimitiveKind.Int64),
            JsonSchemaType.Number => new PrimitiveTypeRef(NumberFormat(schema.Format)),
            JsonSchemaType.Boolean => new PrimitiveTypeRef(PrimitiveKind.Boolean),
            JsonSchemaType.Array => new ArrayTypeRef(Map(schema.Items, hint.ForItems(), JsonPointer.Append(pointer, "items"))),
            JsonSchemaType.Object or 0 => MapObject(schema, hint, pointer),
            _ => Unsupported("A schema with several types", pointer, hint),
        };
        return mapped with { IsNullable = nullable };
    }

    private TypeRef MapReference(OpenApiSchemaReference reference, TypeNameHint hint, string pointer)
    {
        string? id = reference.Reference?.Id;
        if (reference.Target is null || id is null)
        {
            _diagnostics.Report(
                DiagnosticCatalog.UnresolvedReference,
                JsonPointer.Append(pointer, "$ref"),
                reference.Reference?.ReferenceV3 ?? id ?? "$ref",
                hint.Name);
            return new AnyTypeRef();
        }

        bool nullable = ((reference.Target.Type ?? 0) & JsonSchemaType.Null) != 0;
        if (_componentClassNames.TryGetValue(id, out string? className))
        {
            return EnumValues.Of(reference.Target) is { } values
                ? new EnumTypeRef(className, values.IsInteger) { IsNullable = nullable || values.AdmitsNull }
                : new ModelTypeRef(className) { IsNullable = nullable };
        }

        // A component that is a scalar or an array is an alias: use what it stands for. The guard stops a
        // component that refers to itself through aliases only (`A: {$ref: B}, B: {$ref: A}`).
        if (!_aliasesBeingMapped.Add(id))
        {
            return Unsupported("A reference cycle without any object", pointer, hint);
        }

        try
        {
            return Map(reference.Target, new TypeNameHint(NonEmpty(Identifier.ToPascalCase(id), "Model"), null), JsonPointer.Append(ComponentsPointer, id));
        }
        finally
        {
            _aliasesBeingMapped.Remove(id);
        }
    }

    // allOf/oneOf/anyOf of a single schema (optionally beside `type: null`) is the common way to make a
    // reference nullable or to describe it; anything richer is not supported yet.
    private bool TryMapComposition(IOpenApiSchema schema, TypeNameHint hint, string pointer, out TypeRef result)
    {
        foreach ((string keyword, IList<IOpenApiSchema>? members) in new[] { ("allOf", schema.AllOf), ("oneOf", schema.OneOf), ("anyOf", schema.AnyOf) })
        {
            if (members is not { Count: > 0 })
            {
                continue;
            }

            var nonNull = members.Where(member => member is not null && member.Type != JsonSchemaType.Null).ToList();
            bool admitsNull = nonNull.Count < members.Count;
            if (nonNull.Count == 1 && schema.Properties is not { Count: > 0 })
            {
                int index = members.IndexOf(nonNull[0]);
                result = Map(nonNull[0], hint, JsonPointer.Append(pointer, keyword, index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                result = result with { IsNullable = result.IsNullable || admitsNull };
                return true;
            }

            result = Unsupported($"'{keyword}' with {nonNull.Count} schemas", JsonPointer.Append(pointer, keyword), hint);
            return true;
        }

        result = null!;
        return false;
    }

    private TypeRef MapObject(IOpenApiSchema schema, TypeNameHint hint, string pointer)
    {
        if (schema.Properties is { Count: > 0 })
        {
            string className = _typeNames.Take(hint.Parent is not null && _typeNames.IsTaken(hint.Name) ? hint.Parent + hint.Name : hint.Name);
            BuildObject(className, schema, pointer);
            return new ModelTypeRef(className);
        }

        if (schema.AdditionalProperties is { } values)
        {
            return new MapTypeRef(Map(values, hint.ForMapValues(), JsonPointer.Append(pointer, "additionalProperties")));
        }

        return new AnyTypeRef();
    }

    private void BuildObject(string className, IOpenApiSchema schema, string pointer)
    {
        // Members may not be named like their class (CS0542), nor like the bag of unknown properties.
        var memberNames = new UniqueNameScope(StringComparer.Ordinal);
        memberNames.Take(className);
        string additionalPropertiesName = memberNames.Take(AdditionalPropertiesMember);

        var properties = new List<PropertyModel>();
        foreach (KeyValuePair<string, IOpenApiSchema> property in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            string name = NonEmpty(Identifier.ToPascalCase(property.Key), "Property");
            // Clashes with the class or the bag read better as "…Value"; clashes between members get numbers.
            name = name == className || name == additionalPropertiesName ? name + "Value" : name;
            TypeRef type = Map(property.Value, TypeNameHint.ForProperty(className, property.Key), JsonPointer.Append(pointer, "properties", property.Key));
            properties.Add(new PropertyModel(
                memberNames.Take(name),
                property.Key,
                type,
                schema.Required?.Contains(property.Key) == true,
                Describe(property.Value)));
        }

        // Additional properties are kept in the bag: the typed values of a schema that has both properties
        // and typed additionalProperties are not supported yet, but nothing is lost.
        _models.Add(new ObjectModel(className, Describe(schema), properties.ToEquatableArray(), additionalPropertiesName));
    }

    private void BuildEnum(string name, IOpenApiSchema schema, EnumValues values)
    {
        // The struct's own members are taken first, so a listed value named "Value" becomes "ValueValue".
        var memberNames = new UniqueNameScope(StringComparer.Ordinal);
        foreach (string taken in new[] { name, "Value", "IsDefined", "Equals", "GetHashCode", "ToString", "GetType" })
        {
            memberNames.Take(taken);
        }

        var members = new List<EnumMemberModel>();
        foreach (string value in values.Values)
        {
            string candidate = values.IsInteger
                ? "Value" + value.Replace("-", "Minus")
                : Identifier.ToPascalCase(value) is { Length: > 0 } pascal ? pascal : "Empty";
            if (memberNames.IsTaken(candidate) && !memberNames.IsTaken(candidate + "Value"))
            {
                candidate += "Value";
            }

            members.Add(new EnumMemberModel(memberNames.Take(candidate), value));
        }

        _enums.Add(new EnumModel(name, Describe(schema), values.IsInteger, members.ToEquatableArray()));
    }

    private TypeRef Unsupported(string construct, string pointer, TypeNameHint hint)
    {
        _diagnostics.Report(DiagnosticCatalog.UnsupportedConstruct, pointer, construct, pointer, hint.Name);
        return new AnyTypeRef();
    }

    internal static string? Describe(IOpenApiSchema? schema)
    {
        string? description = schema?.Description;
        return string.IsNullOrWhiteSpace(description) ? (string.IsNullOrWhiteSpace(schema?.Title) ? null : schema!.Title) : description;
    }

    private static bool IsObject(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference
        && schema.Properties is { Count: > 0 }
        && ((schema.Type ?? 0) & ~JsonSchemaType.Null) is JsonSchemaType.Object or 0
        && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 };

    private static PrimitiveKind StringFormat(string? format) => format switch
    {
        "date" => PrimitiveKind.Date,
        "date-time" => PrimitiveKind.DateTime,
        "uuid" => PrimitiveKind.Guid,
        "uri" => PrimitiveKind.Uri,
        "byte" => PrimitiveKind.Base64Bytes,
        _ => PrimitiveKind.String,
    };

    private static PrimitiveKind NumberFormat(string? format) => format switch
    {
        "float" => PrimitiveKind.Single,
        "decimal" => PrimitiveKind.Decimal,
        "int32" => PrimitiveKind.Int32,
        "int64" => PrimitiveKind.Int64,
        _ => PrimitiveKind.Double,
    };

    private static string NonEmpty(string name, string fallback) => name.Length == 0 ? fallback : name;
}
