using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using MindGen.Diagnostics;

namespace MindGen.Reading;

/// <summary>
/// Resolves the schema references within the spec that the OpenAPI reader cannot, in the parsed document
/// before it is read:
/// <list type="bullet">
/// <item>a reference into a schema (<c>#/components/schemas/Box/properties/width</c>, <c>…/List/$defs/item</c>)
/// or an operation: the schema it points at moves into the components, under the name it has there, and
/// both its place and every reference to it point at the component, so it becomes one type;</item>
/// <item>a plain-name fragment (OpenAPI 3.1's <c>$ref: '#node'</c>) points at the schema that declares
/// <c>$anchor: node</c>;</item>
/// <item>a <c>$dynamicRef</c> is a <c>$ref</c> to the schema with that <c>$dynamicAnchor</c>: the type it has
/// unless another schema overrides the anchor through the dynamic scope, which C# cannot follow and which
/// is reported (<c>MG0011</c>).</item>
/// </list>
/// A reference that points at nothing is left alone, for the model builder to report (<c>MG0004</c>).
/// Only the spec file's own references are resolved here; a file it refers to is folded in afterwards.
/// </summary>
internal sealed class LocalReferences
{
    // How many references in a row a lookup follows before it gives up (a chain that ends in itself).
    private const int MaximumHops = 32;

    private static readonly HashSet<string> NamingKeywords = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
    };

    private readonly JsonObject _root;
    private readonly DiagnosticSink _sink;
    private readonly string[] _componentPath;
    private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _dynamicAnchors = new(StringComparer.Ordinal);

    private LocalReferences(JsonObject root, DiagnosticSink sink)
    {
        _root = root;
        _sink = sink;
        _componentPath = root.ContainsKey("swagger") ? ["definitions"] : ["components", "schemas"];
    }

    /// <summary>Rewrites the references in <paramref name="root"/> (the spec's parsed text) in place.</summary>
    public static void Resolve(JsonObject root, DiagnosticSink sink)
    {
        var references = new LocalReferences(root, sink);
        SpecTree.Walk(root, SpecPosition.Root, string.Empty, references.CollectAnchors);
        SpecTree.Walk(root, SpecPosition.Root, string.Empty, references.Rewrite);
    }

    private bool CollectAnchors(JsonObject obj, SpecPosition position, string pointer)
    {
        if (position == SpecPosition.Schema)
        {
            // The first schema to declare a name keeps it; a document that declares one twice is ambiguous anyway.
            if (Text(obj, "$anchor") is { } anchor && !_anchors.ContainsKey(anchor))
            {
                _anchors[anchor] = "#" + pointer;
            }

            if (Text(obj, "$dynamicAnchor") is { } dynamicAnchor && !_dynamicAnchors.ContainsKey(dynamicAnchor))
            {
                _dynamicAnchors[dynamicAnchor] = "#" + pointer;
            }
        }

        return true;
    }

    private bool Rewrite(JsonObject schema, SpecPosition position, string pointer)
    {
        if (position != SpecPosition.Schema)
        {
            return true;
        }

        if (Text(schema, "$ref") is { } written)
        {
            string reference = AnchorName(written) is { } name && _anchors.TryGetValue(name, out string? anchored) ? anchored : written;
            reference = ToComponent(reference, MaximumHops) ?? reference;
            if (reference != written)
            {
                schema["$ref"] = reference;
            }
        }
        else if (Text(schema, "$dynamicRef") is { } dynamicReference && AnchorName(dynamicReference) is { } name
            && (_dynamicAnchors.TryGetValue(name, out string? target) || _anchors.TryGetValue(name, out target)))
        {
            schema.Remove("$dynamicRef");
            schema["$ref"] = ToComponent(target, MaximumHops) ?? target;
            _sink.Report(
                DiagnosticCatalog.KeywordIgnored,
                SpecPointer.Append(pointer, "$dynamicRef"),
                "$dynamicRef",
                "#" + pointer,
                $"it is read as a $ref to the schema whose anchor is '{name}'; a schema that overrides that anchor through the dynamic scope does not change the type");
        }

        return true;
    }

    /// <summary>
    /// A reference to a component schema for <paramref name="reference"/>, moving the schema it points at
    /// into the components first when it is inside another; null when it is no pointer into this document
    /// or points at nothing.
    /// </summary>
    private string? ToComponent(string reference, int hops)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal) || hops == 0)
        {
            return null;
        }

        List<string> segments = SpecPointer.Segments(reference);
        if (IsComponent(segments) || Find(segments, hops) is not ({ } parent, { } key, { } target))
        {
            return null;
        }

        if (Text(target, "$ref") is { } next)
        {
            // It points at a reference: point where that one does.
            return ToComponent(next, hops - 1) ?? next;
        }

        JsonObject components = Components();
        string name = UniqueName(components, segments);
        string component = "#" + SpecPointer.Of([.. _componentPath, name]);
        Replace(parent, key, new JsonObject { ["$ref"] = component });
        components[name] = target;

        // Its own references are resolved here, wherever the walk is.
        SpecTree.Walk(target, SpecPosition.Schema, SpecPointer.Of([.. _componentPath, name]), Rewrite);
        return component;
    }

    private bool IsComponent(List<string> segments) => segments.Count == _componentPath.Length + 1 && IsUnder(segments, _componentPath);

    private static bool IsUnder(List<string> segments, string[] path)
    {
        if (segments.Count <= path.Length)
        {
            return false;
        }

        for (int i = 0; i < path.Length; i++)
        {
            if (segments[i] != path[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The schema at <paramref name="segments"/> with its parent and key; null when the path leads nowhere
    /// or to something that is no schema by its position (a response, an example). A schema already moved
    /// has left a reference behind; the path continues through it.
    /// </summary>
    private (JsonNode Parent, string Key, JsonObject Schema)? Find(List<string> segments, int hops)
    {
        JsonNode parent = _root;
        JsonNode? node = _root;
        SpecPosition position = SpecPosition.Root;
        string key = string.Empty;
        foreach (string segment in segments)
        {
            if (node is JsonObject moved && !moved.ContainsKey(segment) && Text(moved, "$ref") is { } reference
                && hops > 0 && reference.StartsWith("#/", StringComparison.Ordinal)
                && Find(SpecPointer.Segments(reference), hops - 1) is (_, _, JsonObject followed))
            {
                node = followed;
                position = SpecPosition.Schema;
            }

            parent = node!;
            key = segment;
            (node, position) = node switch
            {
                JsonObject obj => (obj[segment], SpecPositions.Child(position, segment)),
                JsonArray array when int.TryParse(segment, out int index) && index >= 0 && index < array.Count
                    => (array[index], position == SpecPosition.SchemaList ? SpecPosition.Schema : position),
                _ => (null, SpecPosition.Opaque),
            };
            if (node is null)
            {
                return null;
            }
        }

        return node is JsonObject schema && position == SpecPosition.Schema ? (parent, key, schema) : null;
    }

    private JsonObject Components()
    {
        JsonObject container = _root;
        foreach (string segment in _componentPath)
        {
            container = container[segment] as JsonObject ?? (JsonObject)(container[segment] = new JsonObject());
        }

        return container;
    }

    // The schema's name where it is (a property's, a definition's), prefixed with its component's on a
    // clash, then numbered: `List/$defs/item` is `item`, or `List_item` when a component `item` exists.
    private string UniqueName(JsonObject components, List<string> segments)
    {
        string name = segments[segments.Count - 1];
        for (int i = segments.Count - 1; i > 0; i--)
        {
            if (NamingKeywords.Contains(segments[i - 1]))
            {
                name = segments[i];
                break;
            }
        }

        string candidate = name;
        if (components.ContainsKey(candidate) && IsUnder(segments, _componentPath))
        {
            candidate = segments[_componentPath.Length] + "_" + name;
        }

        for (int suffix = 2; components.ContainsKey(candidate); suffix++)
        {
            candidate = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static void Replace(JsonNode parent, string key, JsonNode replacement)
    {
        if (parent is JsonArray array)
        {
            array[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = replacement;
        }
        else
        {
            parent[key] = replacement;
        }
    }

    // "#node" names an anchor; "#/components/…" is a JSON pointer and "other.yaml#node" another file's.
    private static string? AnchorName(string reference) =>
        reference.Length > 1 && reference[0] == '#' && reference[1] != '/' ? reference.Substring(1) : null;

    private static string? Text(JsonObject obj, string key) =>
        obj[key] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
