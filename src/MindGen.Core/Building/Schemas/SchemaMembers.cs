using System.Collections.Generic;
using Microsoft.OpenApi;
using MindGen.Reading;

namespace MindGen.Building.Schemas;

/// <summary>
/// The properties an object schema declares itself and through <c>allOf</c> (recursively, references
/// followed), with the names it requires: a class's members, or a multipart body's parts.
/// </summary>
internal static class SchemaMembers
{
    /// <param name="skipComponent">The base class's component, whose members the class inherits instead.</param>
    /// <summary>
    /// What the schema says of members beyond the declared ones: its own <c>additionalProperties</c>, else that of
    /// an inline allOf member, whose members it takes in too (TypeSpec's <c>model X extends Record&lt;float32&gt;</c>).
    /// </summary>
    public static (IOpenApiSchema Schema, string Pointer)? Extra(IOpenApiSchema schema, string pointer)
    {
        if (schema.AdditionalProperties is { } own)
        {
            return (own, SpecPointer.Append(pointer, "additionalProperties"));
        }

        IList<IOpenApiSchema> allOf = schema.AllOf ?? [];
        for (int i = 0; i < allOf.Count; i++)
        {
            if (allOf[i] is not OpenApiSchemaReference and { AdditionalProperties: { } inherited })
            {
                return (inherited, SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(pointer, "allOf"), i), "additionalProperties"));
            }
        }

        return null;
    }

    public static void Collect(IOpenApiSchema? schema, string pointer, string? skipComponent, List<(string JsonName, IOpenApiSchema Schema, string Pointer)> members, HashSet<string> required) =>
        Collect(schema, pointer, skipComponent, members, required, depth: 0);

    private static void Collect(IOpenApiSchema? schema, string pointer, string? skipComponent, List<(string, IOpenApiSchema, string)> members, HashSet<string> required, int depth)
    {
        if (schema is null || depth > 32)
        {
            return;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Reference?.Id is { } id && id != skipComponent && reference.Target is { } target)
            {
                Collect(target, SpecPointer.Append(SpecPointer.ComponentSchemas, id), null, members, required, depth + 1);
            }

            return;
        }

        foreach (string name in schema.Required ?? new HashSet<string>())
        {
            required.Add(name);
        }

        IList<IOpenApiSchema> allOf = schema.AllOf ?? [];
        for (int i = 0; i < allOf.Count; i++)
        {
            Collect(allOf[i], SpecPointer.Append(SpecPointer.Append(pointer, "allOf"), i), skipComponent, members, required, depth + 1);
        }

        foreach (KeyValuePair<string, IOpenApiSchema> property in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            members.Add((property.Key, property.Value, SpecPointer.Append(pointer, "properties", property.Key)));
        }
    }
}
