using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using MindGen.Model;

namespace MindGen.Building.Schemas;

/// <summary>
/// What a schema is, judged from the schema alone: stateless predicates and the one rule that maps
/// <c>type</c> + <c>format</c> to a scalar. The mapper asks these to decide which builder takes a schema.
/// </summary>
internal static class SchemaShape
{
    /// <summary>The types a schema allows besides <c>null</c>.</summary>
    public static JsonSchemaType NonNullTypes(IOpenApiSchema schema) => (schema.Type ?? 0) & ~JsonSchemaType.Null;

    /// <summary>
    /// Whether <c>null</c> is a value: <c>type</c> lists it, or the schema says <c>nullable: true</c>, which OpenAPI 3.1
    /// dropped but documents written as 3.1 keep using (OpenAI's, 111 times: among them the <c>finish_reason: null</c>
    /// of every chat chunk before the last); the reader keeps it as an unrecognized keyword.
    /// </summary>
    public static bool AdmitsNull(IOpenApiSchema schema) =>
        ((schema.Type ?? 0) & JsonSchemaType.Null) != 0
        || (schema.UnrecognizedKeywords is { } unrecognized && unrecognized.TryGetValue("nullable", out JsonNode? nullable)
            && nullable is JsonValue value && value.TryGetValue(out bool flag) && flag);

    // How ASP.NET Core describes what it reads from a string too: an integer, a floating-point number, a
    // decimal (no exponent: the only trace of a decimal on the wire) and a TimeSpan (its constant format).
    private const string IntegerPattern = @"^-?(?:0|[1-9]\d*)$";
    private const string FloatPattern = @"^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$";
    private const string DecimalPattern = @"^-?(?:0|[1-9]\d*)(?:\.\d+)?$";
    private const string TimeSpanPattern = @"^-?(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d{1,7})?$";

    /// <summary>
    /// The scalar a schema of <paramref name="type"/> is, by its <c>format</c> (and, for what ASP.NET Core
    /// describes only by <c>pattern</c>, its pattern); null for objects, arrays and type sets.
    /// </summary>
    public static PrimitiveKind? Scalar(IOpenApiSchema schema, JsonSchemaType type) => type switch
    {
        JsonSchemaType.String => schema.Format switch
        {
            "date" => PrimitiveKind.Date,
            "date-time" => PrimitiveKind.DateTime,
            "time" => PrimitiveKind.Time,
            "duration" => PrimitiveKind.Duration,
            "date-span" or "time-span" => PrimitiveKind.TimeSpan,
            "char" => PrimitiveKind.Char,
            "uuid" or "guid" => PrimitiveKind.Guid,
            "uri" => PrimitiveKind.Uri,
            "byte" or "base64" => PrimitiveKind.Base64Bytes,
            _ when schema.Pattern == TimeSpanPattern => PrimitiveKind.TimeSpan,
            _ => PrimitiveKind.String,
        },
        JsonSchemaType.Integer => IntegerFormat(schema.Format) ?? PrimitiveKind.Int64,
        JsonSchemaType.Number => schema.Format switch
        {
            "float" => PrimitiveKind.Single,
            "decimal" or "decimal128" => PrimitiveKind.Decimal,
            _ when IntegerFormat(schema.Format) is { } integer => integer,
            _ when schema.Pattern == DecimalPattern => PrimitiveKind.Decimal,
            _ => PrimitiveKind.Double,
        },
        JsonSchemaType.Boolean => PrimitiveKind.Boolean,
        _ => null,
    };

    /// <summary>
    /// A number that may come as a string too (<c>type: [integer, string]</c>, with or without <c>null</c>),
    /// when its format or pattern says the string holds a number (ASP.NET Core writes both): the number it is.
    /// Null for other type sets, and for a bare <c>[integer, string]</c>, whose strings may be anything.
    /// </summary>
    public static PrimitiveKind? NumberOrString(IOpenApiSchema schema, JsonSchemaType types)
    {
        JsonSchemaType numbers = types & (JsonSchemaType.Integer | JsonSchemaType.Number);
        bool numeric = schema.Pattern is IntegerPattern or FloatPattern or DecimalPattern
            || IntegerFormat(schema.Format) is not null || schema.Format is "float" or "double" or "decimal" or "decimal128";
        return numeric && (types & JsonSchemaType.String) != 0 && numbers != 0 && (types & ~(JsonSchemaType.String | numbers)) == 0
            ? Scalar(schema, (numbers & JsonSchemaType.Number) != 0 ? JsonSchemaType.Number : JsonSchemaType.Integer)
            : null;
    }

    private static PrimitiveKind? IntegerFormat(string? format) => format switch
    {
        "int8" => PrimitiveKind.SByte,
        "uint8" => PrimitiveKind.Byte,
        "int16" => PrimitiveKind.Int16,
        "uint16" => PrimitiveKind.UInt16,
        "int32" => PrimitiveKind.Int32,
        "uint32" => PrimitiveKind.UInt32,
        "int64" => PrimitiveKind.Int64,
        "uint64" => PrimitiveKind.UInt64,
        _ => null,
    };

    /// <summary>An object that becomes a class: one with properties, or an allOf of objects.</summary>
    public static bool IsObject(IOpenApiSchema schema, int depth = 0) =>
        schema is not OpenApiSchemaReference && (IsPlainObject(schema) || IsComposedObject(schema, depth));

    /// <summary>An object with properties and no composition keywords.</summary>
    public static bool IsPlainObject(IOpenApiSchema schema) =>
        schema.Properties is { Count: > 0 }
        && NonNullTypes(schema) is JsonSchemaType.Object or 0
        && schema.AllOf is not { Count: > 0 } && Alternatives(schema) is null;

    /// <summary>
    /// The oneOf (or else anyOf) of a schema that chooses between types; null when it has none, or when its
    /// members only constrain (<c>anyOf: [{required: [file_id]}, {required: [image_url]}]</c>): that is a rule
    /// about which members an object has, not a choice of type, and <see cref="SchemaFacts"/> reports it.
    /// </summary>
    public static (string Keyword, IList<IOpenApiSchema> Members)? Alternatives(IOpenApiSchema schema)
    {
        foreach ((string keyword, IList<IOpenApiSchema>? members) in new[] { ("oneOf", schema.OneOf), ("anyOf", schema.AnyOf) })
        {
            if (members is { Count: > 0 } && !OnlyConstrain(schema, members))
            {
                return (keyword, members);
            }
        }

        return null;
    }

    /// <summary>
    /// Members that each only describe or constrain <paramref name="owner"/>, adding no type: annotations (see
    /// <see cref="IsAnnotationOnly"/>), or inline objects that only narrow members the owner declares itself
    /// (GitHub's check run: <c>oneOf: [{properties: {status: {enum: [completed]}}, required: [conclusion]}, …]</c>).
    /// </summary>
    public static bool OnlyConstrain(IOpenApiSchema owner, IList<IOpenApiSchema> members) =>
        members.All(member => member is not null && (IsAnnotationOnly(member) || NarrowsMembersOf(owner, member)));

    private static bool NarrowsMembersOf(IOpenApiSchema owner, IOpenApiSchema member) =>
        member is not OpenApiSchemaReference
        && NonNullTypes(member) is JsonSchemaType.Object or 0
        && member.Properties is { Count: > 0 } narrowed && owner.Properties is { Count: > 0 } declared
        && narrowed.Keys.All(declared.ContainsKey)
        && member.Items is null && member.AllOf is not { Count: > 0 } && member.OneOf is not { Count: > 0 } && member.AnyOf is not { Count: > 0 }
        && member.Enum is not { Count: > 0 } && member.Const is null;

    /// <summary>
    /// An allOf whose members are all objects (inline, or references to one; a member may only add
    /// <c>required</c>) describes one merged object; so does one object member with members of its own, or
    /// with <c>type: object</c> (Azure's <c>ProxyResource: {type: object, allOf: [Resource]}</c>). The depth
    /// guard stops allOf cycles (A allOf B, B allOf A).
    /// </summary>
    public static bool IsComposedObject(IOpenApiSchema schema, int depth = 0) =>
        depth < 16
        && schema.AllOf is { Count: > 0 } allOf
        && (allOf.Count > 1 || schema.Properties is { Count: > 0 } || NonNullTypes(schema) == JsonSchemaType.Object)
        && NonNullTypes(schema) is JsonSchemaType.Object or 0
        && allOf.All(member => member is not null && IsObjectLike(member is OpenApiSchemaReference { Target: { } target } ? target : member, depth + 1))
        && (schema.Properties is { Count: > 0 } || allOf.Any(member => member is OpenApiSchemaReference { Target: { } target } ? IsObject(target, depth + 1) : IsObject(member, depth + 1)));

    private static bool IsObjectLike(IOpenApiSchema schema, int depth) =>
        schema is not OpenApiSchemaReference
        && NonNullTypes(schema) is JsonSchemaType.Object or 0
        && Alternatives(schema) is null && schema.Enum is not { Count: > 0 }
        && (schema.AllOf is not { Count: > 0 } || IsComposedObject(schema, depth));

    /// <summary>A schema that only describes or constrains (<c>{minLength: 1}</c>, <c>{description: …}</c>): it adds no type.</summary>
    public static bool IsAnnotationOnly(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference
        && NonNullTypes(schema) == 0
        && HasNoStructure(schema)
        && schema.Enum is not { Count: > 0 } && schema.Const is null;

    /// <summary>The one scalar every member is, when each is an inline string, integer, number or boolean without an enum.</summary>
    public static PrimitiveKind? SameScalar(IEnumerable<IOpenApiSchema> members)
    {
        PrimitiveKind? kind = null;
        foreach (IOpenApiSchema member in members)
        {
            PrimitiveKind? memberKind = member is OpenApiSchemaReference || EnumValues.Of(member) is not null || !HasNoStructure(member)
                ? null
                : Scalar(member, NonNullTypes(member));
            if (memberKind is null || (kind is not null && kind != memberKind))
            {
                return null;
            }

            kind = memberKind;
        }

        return kind;
    }

    /// <summary>
    /// The members of a oneOf/anyOf with two or more non-null schemas that are not all one scalar, and
    /// nothing beside it (members declared next to a oneOf are not supported yet); null for anything else.
    /// </summary>
    public static UnionMembers? Union(IOpenApiSchema? schema) =>
        schema is null || schema.Properties is { Count: > 0 } ? null : Choices(schema);

    /// <summary>
    /// Like <see cref="Union"/>, whatever members the schema declares beside its oneOf/anyOf: those of a
    /// discriminated hierarchy's base (<see cref="OneOfHierarchies"/>), which every choice shares.
    /// </summary>
    public static UnionMembers? Choices(IOpenApiSchema? schema)
    {
        if (schema is null or OpenApiSchemaReference || schema.AllOf is { Count: > 0 } || Alternatives(schema) is not (string keyword, IList<IOpenApiSchema> members))
        {
            return null;
        }

        var nonNull = members.Select((member, index) => (member, index)).Where(pair => pair.member is not null && pair.member.Type != JsonSchemaType.Null).ToList();
        return nonNull.Count >= 2 && SameScalar(nonNull.Select(pair => pair.member)) is null
            ? new UnionMembers(keyword, nonNull, nonNull.Count < members.Count)
            : null;
    }

    /// <summary>Raw bytes (<c>format: binary</c>), which travel as a stream or a file, never as JSON.</summary>
    public static bool IsBinary(IOpenApiSchema? schema) =>
        schema is not null && schema.Format == "binary" && (schema.Type is null || (schema.Type & JsonSchemaType.String) != 0);

    /// <summary>No members, items, map values, allOf or alternatives: a scalar, or anything at all.</summary>
    public static bool HasNoStructure(IOpenApiSchema schema) =>
        schema.Properties is not { Count: > 0 } && schema.Items is null && schema.AdditionalProperties is null
        && schema.AllOf is not { Count: > 0 } && Alternatives(schema) is null;
}

/// <summary>The non-null members of a oneOf/anyOf, with their indexes in it.</summary>
/// <param name="Keyword"><c>oneOf</c> or <c>anyOf</c>.</param>
/// <param name="AdmitsNull">A member was <c>type: null</c>.</param>
internal sealed record UnionMembers(string Keyword, List<(IOpenApiSchema Schema, int Index)> Members, bool AdmitsNull);
