using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Model;
using MindGen.Reading;

namespace MindGen.Building.Schemas;

/// <summary>What a schema says besides its type: its prose, its member facts, and the keywords a C# type cannot express.</summary>
internal static class SchemaFacts
{
    /// <summary>The description, or the title when there is none.</summary>
    public static string? Describe(IOpenApiSchema? schema)
    {
        string? description = schema?.Description;
        return string.IsNullOrWhiteSpace(description) ? (string.IsNullOrWhiteSpace(schema?.Title) ? null : schema!.Title) : description;
    }

    /// <summary>readOnly, writeOnly, deprecated, default and example; null when the schema says none of them.</summary>
    public static MemberFacts? Of(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return null;
        }

        string? defaultJson = SpecJson.Text(schema.Default);
        string? exampleJson = SpecJson.Text(Example(schema));
        return schema.ReadOnly || schema.WriteOnly || schema.Deprecated || defaultJson is not null || exampleJson is not null
            ? new MemberFacts(schema.ReadOnly, schema.WriteOnly, schema.Deprecated, defaultJson, exampleJson)
            : null;
    }

    /// <summary>Keywords that constrain a value's shape in ways a C# type does not express: said, not dropped silently.</summary>
    public static void ReportIgnoredKeywords(DiagnosticSink diagnostics, IOpenApiSchema schema, string pointer)
    {
        if (schema.PatternProperties is { Count: > 0 })
        {
            diagnostics.Report(DiagnosticCatalog.KeywordIgnored, SpecPointer.Append(pointer, "patternProperties"), "patternProperties", pointer, "matching members are kept as JSON in AdditionalProperties");
        }

        if (schema.Not is not null)
        {
            diagnostics.Report(DiagnosticCatalog.KeywordIgnored, SpecPointer.Append(pointer, "not"), "not", pointer, "it only restricts values; nothing is checked");
        }

        foreach ((string keyword, System.Collections.Generic.IList<IOpenApiSchema>? members) in new[] { ("oneOf", schema.OneOf), ("anyOf", schema.AnyOf) })
        {
            if (members is { Count: > 0 } && SchemaShape.OnlyConstrain(schema, members))
            {
                diagnostics.Report(DiagnosticCatalog.KeywordIgnored, SpecPointer.Append(pointer, keyword), keyword, pointer, "its members only constrain the value (which members it has, or what they hold), and that is not checked");
            }
        }

        foreach (string keyword in new[] { "prefixItems", "if", "then", "else", "dependentSchemas", "unevaluatedItems" })
        {
            if (schema.UnrecognizedKeywords?.ContainsKey(keyword) == true)
            {
                diagnostics.Report(DiagnosticCatalog.KeywordIgnored, SpecPointer.Append(pointer, keyword), keyword, pointer, "the value is read by its other keywords only");
            }
        }
    }

    /// <summary>The schema's first example: 3.1's <c>examples</c>, else the 3.0 <c>example</c> most specs still use (which the reader marks obsolete).</summary>
#pragma warning disable CS0618
    public static JsonNode? Example(IOpenApiSchema schema) => schema.Examples?.FirstOrDefault() ?? schema.Example;
#pragma warning restore CS0618
}
