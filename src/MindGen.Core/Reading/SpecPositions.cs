using System;

namespace MindGen.Reading;

/// <summary>
/// What a position in an OpenAPI document holds, judged from the keys on the way to it and never from its
/// content: so the bundler rewrites schema references where schemas are, and leaves example data that
/// happens to contain a <c>$ref</c> key alone.
/// </summary>
internal enum SpecPosition
{
    Root,
    Components,
    ComponentMap,
    Other,
    Schema,
    SchemaMap,
    SchemaList,
    Discriminator,
    LinkMap,
    Link,
    Opaque,
}

/// <summary>How a position's kind follows from its parent's and its own key.</summary>
internal static class SpecPositions
{
    public static SpecPosition Child(SpecPosition parent, string key)
    {
        if (key.StartsWith("x-", StringComparison.Ordinal))
        {
            return SpecPosition.Opaque;
        }

        return parent switch
        {
            SpecPosition.Root => key switch
            {
                "components" => SpecPosition.Components,
                "definitions" => SpecPosition.SchemaMap,
                "paths" or "webhooks" or "parameters" or "responses" => SpecPosition.ComponentMap,
                _ => SpecPosition.Opaque,
            },
            SpecPosition.Components => key switch
            {
                "schemas" => SpecPosition.SchemaMap,
                "links" => SpecPosition.LinkMap,
                _ => SpecPosition.ComponentMap,
            },
            SpecPosition.ComponentMap => SpecPosition.Other,
            SpecPosition.LinkMap => SpecPosition.Link,
            SpecPosition.SchemaMap => SpecPosition.Schema,
            SpecPosition.Other => key switch
            {
                // 3.2's itemSchema: the schema of each item of a stream (text/event-stream, JSON Lines).
                "schema" or "itemSchema" => SpecPosition.Schema,

                // Maps whose keys are names or status codes ("default" among them), not keywords.
                "responses" or "content" or "headers" or "examples" or "callbacks" => SpecPosition.ComponentMap,
                "links" => SpecPosition.LinkMap,

                // Data, and maps from names to free text (an OAuth flow's scopes).
                "example" or "default" or "value" or "scopes" => SpecPosition.Opaque,
                _ => SpecPosition.Other,
            },
            SpecPosition.Schema => key switch
            {
                "properties" or "patternProperties" or "$defs" or "definitions" or "dependentSchemas" => SpecPosition.SchemaMap,
                "items" or "additionalProperties" or "not" or "contains" or "if" or "then" or "else" or "propertyNames"
                    or "unevaluatedProperties" or "unevaluatedItems" or "additionalItems" or "contentSchema" => SpecPosition.Schema,
                "allOf" or "anyOf" or "oneOf" or "prefixItems" => SpecPosition.SchemaList,
                "discriminator" => SpecPosition.Discriminator,
                _ => SpecPosition.Opaque,
            },
            // A link's members are runtime expressions and constants; only its $ref is structure.
            _ => SpecPosition.Opaque,
        };
    }
}
