using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MindGen.Diagnostics;

namespace MindGen.Reading;

/// <summary>
/// Takes only what the caller asked for, in the parsed document before it is read: the operations the includes
/// select (all when there are none) minus those the excludes select, then the components those operations reach by
/// <c>$ref</c> (and the <c>KeepSchemas</c>); everything else leaves the document, so that nothing about it is read,
/// reported or generated. A discriminator mapping does not keep its subtypes: an entry whose schema is gone is
/// dropped, and such a body reads as the base, its members kept. A selector that selects nothing is an error.
/// </summary>
internal static class OperationSelection
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];

    public static void Apply(JsonObject root, SpecSelection selection, DiagnosticSink sink)
    {
        if (selection.IsEmpty || root["paths"] is not JsonObject paths)
        {
            return;
        }

        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode?> path in paths.ToList())
        {
            if (path.Value is not JsonObject item)
            {
                continue;
            }

            foreach (string method in Methods.Where(method => item[method] is JsonObject))
            {
                var operation = (JsonObject)item[method]!;
                if (!Selected(selection, path.Key, method, operation, matched))
                {
                    item.Remove(method);
                }
            }

            if (!Methods.Any(method => item.ContainsKey(method)))
            {
                paths.Remove(path.Key);
            }
        }

        foreach ((string option, string selector) in selection.Selectors.Where(pair => !matched.Contains(pair.Option + "\n" + pair.Selector)))
        {
            sink.Report(DiagnosticCatalog.SelectsNothing, null, option, selector);
        }

        if (paths.Count == 0)
        {
            sink.Report(DiagnosticCatalog.SelectsNothing, null, "The selection", string.Join("; ", selection.Selectors.Select(pair => pair.Option + "=" + pair.Selector)));
        }

        KeepReachableComponents(root, selection);
        JsonObject? schemas = (root.ContainsKey("swagger") ? root["definitions"] : root["components"]?["schemas"]) as JsonObject;
        foreach (string name in selection.KeepSchemas.Where(name => schemas?.ContainsKey(name) != true))
        {
            sink.Report(DiagnosticCatalog.SelectsNothing, null, nameof(SpecSelection.KeepSchemas), name);
        }
    }

    // Whether the operation stays; every selector that matches it is recorded, included or not, so that a selector
    // matching nothing at all can be told from one whose operations another selector removed.
    private static bool Selected(SpecSelection selection, string path, string method, JsonObject operation, HashSet<string> matched)
    {
        string? operationId = (operation["operationId"] as JsonValue)?.TryGetValue(out string? id) == true ? id : null;
        var tags = (operation["tags"] as JsonArray ?? []).OfType<JsonValue>().Select(tag => tag.TryGetValue(out string? text) ? text : null).OfType<string>().ToList();
        bool Matches(string option, IEnumerable<string> selectors, Func<string, bool> test)
        {
            bool any = false;
            foreach (string selector in selectors.Where(test))
            {
                matched.Add(option + "\n" + selector);
                any = true;
            }

            return any;
        }

        bool Tag(string tag) => tags.Contains(tag, StringComparer.OrdinalIgnoreCase);
        bool Id(string glob) => operationId is not null && Glob(glob, separator: null).IsMatch(operationId);
        bool Path(string glob) => PathGlob(glob, path, method);

        bool included = !selection.HasIncludes
            | Matches(nameof(SpecSelection.IncludeTags), selection.IncludeTags, Tag)
            | Matches(nameof(SpecSelection.IncludeOperations), selection.IncludeOperations, Id)
            | Matches(nameof(SpecSelection.IncludePaths), selection.IncludePaths, Path);
        bool excluded = Matches(nameof(SpecSelection.ExcludeTags), selection.ExcludeTags, Tag)
            | Matches(nameof(SpecSelection.ExcludeOperations), selection.ExcludeOperations, Id)
            | Matches(nameof(SpecSelection.ExcludePaths), selection.ExcludePaths, Path);
        return included && !excluded;
    }

    // `/repos/**#GET`: a path glob (`*` within a segment, `**` across segments), optionally for one method only.
    private static bool PathGlob(string selector, string path, string method)
    {
        int hash = selector.LastIndexOf('#');
        return (hash < 0 || selector.Substring(hash + 1).Equals(method, StringComparison.OrdinalIgnoreCase))
            && Glob(hash < 0 ? selector : selector.Substring(0, hash), separator: '/').IsMatch(path);
    }

    private static Regex Glob(string glob, char? separator)
    {
        string one = separator is { } s ? "[^" + Regex.Escape(s.ToString()) + "]*" : ".*";
        string pattern = string.Concat(Regex.Split(glob, @"(\*\*|\*)").Select(piece => piece switch
        {
            "**" => ".*",
            "*" => one,
            _ => Regex.Escape(piece),
        }));
        return new Regex("^" + pattern + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    private static void KeepReachableComponents(JsonObject root, SpecSelection selection)
    {
        bool swagger = root.ContainsKey("swagger");
        string schemas = swagger ? "/definitions/" : "/components/schemas/";
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(selection.KeepSchemas.Select(name => schemas + SpecPointer.Escape(name)));
        CollectReferences(root["paths"], pending);
        while (pending.Count > 0)
        {
            if (ComponentOf(pending.Pop(), swagger) is { } component && kept.Add(component) && Resolve(root, component) is { } node)
            {
                CollectReferences(node, pending);
            }
        }

        foreach ((JsonObject section, string prefix) in Sections(root, swagger))
        {
            foreach (string name in section.Select(entry => entry.Key).ToList().Where(name => !kept.Contains(prefix + SpecPointer.Escape(name))))
            {
                section.Remove(name);
            }
        }

        DropMappingsToRemovedSchemas(root, swagger, schemas, kept);
    }

    // Every component section but the security schemes, which operations name by key, not by reference.
    private static IEnumerable<(JsonObject Section, string Prefix)> Sections(JsonObject root, bool swagger)
    {
        if (swagger)
        {
            foreach (string name in new[] { "definitions", "parameters", "responses" })
            {
                if (root[name] is JsonObject section)
                {
                    yield return (section, "/" + name + "/");
                }
            }

            yield break;
        }

        if (root["components"] is JsonObject components)
        {
            foreach (KeyValuePair<string, JsonNode?> entry in components.Where(entry => entry.Key != "securitySchemes"))
            {
                if (entry.Value is JsonObject section)
                {
                    yield return (section, "/components/" + entry.Key + "/");
                }
            }
        }
    }

    // `#/components/schemas/Pet/properties/id` → `/components/schemas/Pet`: the component a local reference lies in.
    private static string? ComponentOf(string reference, bool swagger)
    {
        List<string> segments = SpecPointer.Segments(reference);
        int length = swagger ? 2 : 3;
        return segments.Count >= length && (swagger || segments[0] == "components") ? SpecPointer.Of(segments.Take(length)) : null;
    }

    private static JsonNode? Resolve(JsonObject root, string pointer)
    {
        JsonNode? node = root;
        foreach (string segment in pointer.Split('/').Skip(1))
        {
            node = node is JsonObject obj ? obj[SpecPointer.Unescape(segment)] : null;
        }

        return node;
    }

    private static void CollectReferences(JsonNode? node, Stack<string> pending)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> entry in obj)
                {
                    if (entry.Key is "$ref" or "$dynamicRef" && entry.Value is JsonValue value && value.TryGetValue(out string? reference) && reference.StartsWith("#/", StringComparison.Ordinal))
                    {
                        pending.Push(reference);
                    }
                    else
                    {
                        CollectReferences(entry.Value, pending);
                    }
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    CollectReferences(item, pending);
                }

                break;
        }
    }

    // A mapping names its schemas as `#/components/schemas/Cat` or as the bare name `Cat`.
    private static void DropMappingsToRemovedSchemas(JsonObject root, bool swagger, string schemas, HashSet<string> kept)
    {
        SpecTree.Walk(root, SpecPosition.Root, string.Empty, (obj, position, pointer) =>
        {
            if (position == SpecPosition.Schema && obj["discriminator"] is JsonObject { } discriminator && discriminator["mapping"] is JsonObject mapping)
            {
                foreach (KeyValuePair<string, JsonNode?> entry in mapping.ToList())
                {
                    string target = (entry.Value as JsonValue)?.TryGetValue(out string? text) == true ? text : string.Empty;
                    string? component = target.StartsWith("#/", StringComparison.Ordinal) ? ComponentOf(target, swagger) : schemas + SpecPointer.Escape(target);
                    if (component is null || !kept.Contains(component))
                    {
                        mapping.Remove(entry.Key);
                    }
                }
            }

            return true;
        });
    }
}
