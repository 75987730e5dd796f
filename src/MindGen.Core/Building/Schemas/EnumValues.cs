using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using MindGen.Reading;

namespace MindGen.Building.Schemas;

/// <summary>
/// The listed values of a string or integer <c>enum</c> (or a 3.1 <c>const</c>), distinct and in spec order.
/// Enums of other types stay plain values: a boolean or number enum gains nothing from a generated type.
/// </summary>
internal sealed class EnumValues
{
    // The member names generators put beside an enum of numbers: NSwag's x-enumNames, openapi-generator's x-enum-varnames.
    private static readonly string[] NameExtensions = ["x-enumNames", "x-enum-varnames"];

    private EnumValues(bool isInteger, bool admitsNull, List<string> values, List<string?> names)
    {
        IsInteger = isInteger;
        AdmitsNull = admitsNull;
        Values = values;
        Names = names;
    }

    public bool IsInteger { get; }

    /// <summary>The list contains <c>null</c> (the 3.1 way to make an enum nullable).</summary>
    public bool AdmitsNull { get; }

    public IReadOnlyList<string> Values { get; }

    /// <summary>The spec's name for each value (the .NET enum member's, for an enum of numbers), or null.</summary>
    public IReadOnlyList<string?> Names { get; }

    public static EnumValues? Of(IOpenApiSchema? schema)
    {
        if (schema is null || schema is OpenApiSchemaReference)
        {
            return null;
        }

        if (Extensible(schema) is { } listedMember)
        {
            return Of(listedMember);
        }

        // 3.x keeps `const` as text; a one-value enum is what it means here.
        List<JsonNode?> listed = schema.Enum is { Count: > 0 } values
            ? [.. values]
            : schema.Const is { } constant ? [JsonValue.Create(constant)] : [];
        JsonSchemaType type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        if (listed.Count == 0 || type is not (JsonSchemaType.String or JsonSchemaType.Integer or 0))
        {
            return null;
        }

        bool isInteger = type == JsonSchemaType.Integer;
        bool admitsNull = false;
        var distinct = new List<string>();
        var names = new List<string?>();
        JsonArray? listedNames = NameExtensions.Select(name => schema.Extensions?.TryGetValue(name, out IOpenApiExtension? extension) == true ? (extension as JsonNodeExtension)?.Node as JsonArray : null).FirstOrDefault(array => array?.Count == listed.Count);
        for (int index = 0; index < listed.Count; index++)
        {
            JsonNode? node = listed[index];
            if (node is null || SpecJson.IsNull(node))
            {
                admitsNull = true;
                continue;
            }

            string? value = node.GetValueKind() switch
            {
                JsonValueKind.String when !isInteger => node.GetValue<string>(),
                JsonValueKind.Number when isInteger && long.TryParse(node.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number) => number.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (value is null)
            {
                // A value of another type (or an integer enum with a fraction): not an enum MindGen can type.
                return null;
            }

            if (!distinct.Contains(value))
            {
                distinct.Add(value);
                names.Add(listedNames?[index] is JsonValue name && name.TryGetValue(out string? text) ? text : null);
            }
        }

        return distinct.Count == 0 ? null : new EnumValues(isInteger, admitsNull, distinct, names);
    }

    /// <summary>
    /// The listed member of an extensible enum: <c>anyOf: [{type: string}, {type: string, enum: [a, b]}]</c>
    /// (TypeSpec's and OpenAI's way to say "these values, or any other"), which every MindGen enum already is.
    /// </summary>
    private static IOpenApiSchema? Extensible(IOpenApiSchema schema)
    {
        IList<IOpenApiSchema>? members = schema.AnyOf is { Count: 2 } anyOf ? anyOf : schema.OneOf is { Count: 2 } oneOf ? oneOf : null;
        if (members is null || schema.Properties is { Count: > 0 } || members.Any(member => member is null or OpenApiSchemaReference))
        {
            return null;
        }

        IOpenApiSchema? listed = members.FirstOrDefault(member => member.Enum is { Count: > 0 });
        IOpenApiSchema? open = members.FirstOrDefault(member => member != listed);
        return listed is not null && open is not null
            && (listed.Type & ~JsonSchemaType.Null) == JsonSchemaType.String
            && open.Type == JsonSchemaType.String && open.Enum is not { Count: > 0 } && open.Const is null && open.Pattern is null && open.Format is null
            ? listed
            : null;
    }
}
