using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MindGen.Diagnostics;
using MindGen.Model;

namespace MindGen.Reading;

/// <summary>
/// Takes only what the caller asked for, in the parsed document before it is read: the operations the includes
/// select (all when there are none) minus those the excludes select, then the components those operations reach by
/// <c>$ref</c> (and the <c>KeepSchemas</c>, names or globs); everything else leaves the document, so that nothing
/// about it is read, reported or generated. That holds without any selector too: a schema no operation reaches
/// (GitHub's 344 webhook payloads, more than half its generated code) is code every build compiles and no call
/// uses, so it is left out and counted in an info diagnostic; a document without operations is a library of
/// schemas and keeps them all. With includes, a discriminator mapping does not keep its subtypes: an entry whose
/// schema is gone is dropped, and such a body reads as the base, its members kept. A selector that selects nothing
/// is an error.
/// </summary>
internal static class OperationSelection
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];

    public static void Apply(JsonObject root, SpecSelection selection, DiagnosticSink sink)
    {
        if (root["paths"] is not JsonObject { Count: > 0 } paths)
        {
            return;
        }

        List<Selector> selectors = Selectors(selection);
        foreach (KeyValuePair<string, JsonNode?> path in paths.ToList())
        {
            // A path item in another file ($ref) is selected once it is bundled: here it is kept as it is.
            if (path.Value is not JsonObject item || item.ContainsKey("$ref"))
            {
                continue;
            }

            foreach (string method in Methods.Where(method => item[method] is JsonObject))
            {
                if (!Selected(selectors, selection.HasIncludes, new Operation(path.Key, method, (JsonObject)item[method]!)))
                {
                    item.Remove(method);
                }
            }

            if (!Methods.Any(method => item.ContainsKey(method)))
            {
                paths.Remove(path.Key);
            }
        }

        foreach (Selector unused in selectors.Where(selector => !selector.Used))
        {
            sink.Report(DiagnosticCatalog.SelectsNothing, null, unused.Option, unused.Text);
        }

        if (paths.Count == 0)
        {
            sink.Report(DiagnosticCatalog.SelectsNothing, null, "The selection", string.Join("; ", selectors.Select(selector => selector.Option + "=" + selector.Text)));
        }

        bool swagger = root.ContainsKey("swagger");
        JsonObject? schemas = SchemaSection(root, swagger);
        List<string> allSchemas = schemas?.Select(entry => entry.Key).ToList() ?? [];
        var keepers = selection.KeepSchemas.Select(glob => (Glob: glob, Pattern: Glob(glob, separator: null))).ToList();
        foreach ((string glob, _) in keepers.Where(keeper => !allSchemas.Any(keeper.Pattern.IsMatch)))
        {
            sink.Report(DiagnosticCatalog.SelectsNothing, null, nameof(SpecSelection.KeepSchemas), glob);
        }

        // What path items in other files reference is not known yet: without includes, every schema then stays.
        bool opaquePaths = paths.Any(path => path.Value is JsonObject item && item.ContainsKey("$ref"));
        List<string> kept = allSchemas.Where(name => (opaquePaths && !selection.HasIncludes) || keepers.Any(keeper => keeper.Pattern.IsMatch(name))).ToList();
        KeepReachableComponents(root, swagger, kept, keepSubtypes: !selection.HasIncludes);
        List<string> left = allSchemas.Where(name => schemas?.ContainsKey(name) != true).ToList();
        if (left.Count > 0 && !selection.HasIncludes)
        {
            string examples = string.Join(", ", left.Take(3)) + (left.Count > 3 ? ", …" : string.Empty);
            sink.Report(DiagnosticCatalog.SchemasNotReached, null, left.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), examples);
        }
    }

    // Whether the operation stays. Every selector is tried (no short cut), so that one matching nothing at all can be
    // told from one whose operations another selector removed.
    private static bool Selected(List<Selector> selectors, bool hasIncludes, Operation operation)
    {
        bool included = !hasIncludes, excluded = false;
        foreach (Selector selector in selectors.Where(selector => selector.Matches(operation)))
        {
            selector.Used = true;
            included |= selector.Includes;
            excluded |= !selector.Includes;
        }

        return included && !excluded;
    }

    // Each selector once, its glob compiled once: Graph has 11,000 operations.
    private static List<Selector> Selectors(SpecSelection selection)
    {
        var selectors = new List<Selector>();
        void Add(string option, EquatableArray<string> values, bool includes, Func<string, Func<Operation, bool>> matcher) =>
            selectors.AddRange(values.Select(value => new Selector(option, value, includes, matcher(value))));

        foreach (bool includes in new[] { true, false })
        {
            Add(includes ? nameof(SpecSelection.IncludeTags) : nameof(SpecSelection.ExcludeTags), includes ? selection.IncludeTags : selection.ExcludeTags, includes, Tag);
            Add(includes ? nameof(SpecSelection.IncludeOperations) : nameof(SpecSelection.ExcludeOperations), includes ? selection.IncludeOperations : selection.ExcludeOperations, includes, OperationId);
            Add(includes ? nameof(SpecSelection.IncludePaths) : nameof(SpecSelection.ExcludePaths), includes ? selection.IncludePaths : selection.ExcludePaths, includes, PathAndMethod);
        }

        return selectors;
    }

    private static Func<Operation, bool> Tag(string tag) => operation => operation.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

    private static Func<Operation, bool> OperationId(string glob)
    {
        Regex pattern = Glob(glob, separator: null);
        return operation => operation.Id is { } id && pattern.IsMatch(id);
    }

    // `/repos/**#GET`: a path glob (`*` within a segment, `**` across segments), optionally for one method only.
    private static Func<Operation, bool> PathAndMethod(string selector)
    {
        int hash = selector.LastIndexOf('#');
        string? method = hash < 0 ? null : selector.Substring(hash + 1);
        Regex pattern = Glob(hash < 0 ? selector : selector.Substring(0, hash), separator: '/');
        return operation => (method is null || method.Equals(operation.Method, StringComparison.OrdinalIgnoreCase)) && pattern.IsMatch(operation.Path);
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

    // Without includes, a hierarchy stays whole: the subtypes of a kept discriminated base (named by its mapping, or
    // deriving from it by allOf) are kept with it, so that polymorphic bodies still read as their subtypes. A user
    // who names what to include gets only what it references (an unknown subtype reads as its base).
    private static void KeepReachableComponents(JsonObject root, bool swagger, IEnumerable<string> keepSchemas, bool keepSubtypes)
    {
        string schemas = swagger ? "/definitions/" : "/components/schemas/";
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(keepSchemas.Select(name => schemas + SpecPointer.Escape(name)));
        CollectReferences(root["paths"], pending);
        do
        {
            while (pending.Count > 0)
            {
                if (ComponentOf(pending.Pop(), swagger) is { } component && kept.Add(component) && SpecNodes.At(root, SpecPointer.Segments(component)) is { } node)
                {
                    CollectReferences(node, pending);
                    if (keepSubtypes)
                    {
                        CollectMappedSubtypes(node, schemas, pending);
                    }
                }
            }

            if (keepSubtypes)
            {
                CollectDerivedSubtypes(root, swagger, schemas, kept, pending);
            }
        }
        while (pending.Count > 0);

        bool removedSchema = false;
        foreach ((JsonObject section, string prefix) in Sections(root, swagger))
        {
            foreach (string name in section.Select(entry => entry.Key).ToList().Where(name => !kept.Contains(prefix + SpecPointer.Escape(name))))
            {
                section.Remove(name);
                removedSchema |= prefix == schemas;
            }
        }

        // Now that every spec passes through here, the walk over the whole document is paid only when a mapping can
        // name a schema that is gone.
        if (removedSchema)
        {
            DropMappingsToRemovedSchemas(root, swagger, schemas, kept);
        }
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

    private static void CollectMappedSubtypes(JsonNode node, string schemas, Stack<string> pending)
    {
        if (node is JsonObject { } schema && schema["discriminator"] is JsonObject { } discriminator && discriminator["mapping"] is JsonObject mapping)
        {
            foreach (string target in mapping.Select(entry => (entry.Value as JsonValue)?.TryGetValue(out string? text) == true ? text : null).OfType<string>())
            {
                pending.Push(target.StartsWith("#/", StringComparison.Ordinal) ? target.Substring(1) : schemas + SpecPointer.Escape(target));
            }
        }
    }

    private static JsonObject? SchemaSection(JsonObject root, bool swagger) => (swagger ? root["definitions"] : root["components"]?["schemas"]) as JsonObject;

    // A schema whose allOf references a kept schema with a discriminator is one of its subtypes.
    private static void CollectDerivedSubtypes(JsonObject root, bool swagger, string schemas, HashSet<string> kept, Stack<string> pending)
    {
        if (SchemaSection(root, swagger) is not { } section)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode?> schema in section)
        {
            string pointer = schemas + SpecPointer.Escape(schema.Key);
            if (kept.Contains(pointer) || schema.Value is not JsonObject { } derived || derived["allOf"] is not JsonArray allOf)
            {
                continue;
            }

            bool derives = allOf.Any(part => part is JsonObject { } member && member["$ref"] is JsonValue reference && reference.TryGetValue(out string? target)
                && target.StartsWith("#/", StringComparison.Ordinal) && ComponentOf(target, swagger) is { } parent && kept.Contains(parent)
                && SpecNodes.At(root, SpecPointer.Segments(parent)) is JsonObject { } parentSchema && parentSchema.ContainsKey("discriminator"));
            if (derives)
            {
                pending.Push(pointer);
            }
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

    /// <summary>What selectors look at: where the operation is, its operationId and its tags.</summary>
    private sealed class Operation(string path, string method, JsonObject operation)
    {
        public string Path { get; } = path;

        public string Method { get; } = method;

        public string? Id { get; } = (operation["operationId"] as JsonValue)?.TryGetValue(out string? id) == true ? id : null;

        public List<string> Tags { get; } = (operation["tags"] as JsonArray ?? []).OfType<JsonValue>()
            .Select(tag => tag.TryGetValue(out string? text) ? text : null).OfType<string>().ToList();
    }

    /// <summary>One value of one option (<c>IncludeTags=issues</c>), and whether any operation matched it.</summary>
    private sealed class Selector(string option, string text, bool includes, Func<Operation, bool> matches)
    {
        public string Option { get; } = option;

        public string Text { get; } = text;

        public bool Includes { get; } = includes;

        public Func<Operation, bool> Matches { get; } = matches;

        public bool Used { get; set; }
    }
}
