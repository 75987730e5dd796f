using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using MindGen.Diagnostics;

namespace MindGen.Reading;

/// <summary>
/// Folds the files a spec refers to (<c>$ref: common.yaml#/components/schemas/Error</c>) into the spec, so
/// that the OpenAPI reader, whose synchronous API does not follow such references, and the model builder
/// see one self-contained document:
/// <list type="bullet">
/// <item>a schema from another file becomes a component schema of the spec, named after the component it
/// was in (or after the file, when the whole file is the schema), and the reference points at it; so it is
/// generated once under a readable name, and recursion through files works like recursion within one;</item>
/// <item>anything else (a path item, a parameter, a response) is copied in place of its reference, as the
/// specification defines it.</item>
/// </list>
/// References inside a copied part are resolved against the file it came from. The walk knows which
/// parts of the document are schemas from their position, never from their content, so data such as
/// examples is not touched.
/// </summary>
internal sealed class ReferenceBundler
{
    private readonly string _mainPath;
    private readonly string _mainDisplayPath;
    private readonly JsonObject _root;
    private readonly bool _isSwagger2;
    private readonly Dictionary<string, SpecDocument> _documents = new(SpecPath.Comparer);
    private readonly Dictionary<string, JsonNode?> _parsed = new(SpecPath.Comparer);
    private readonly Dictionary<string, DiagnosticSink> _sinks = new(SpecPath.Comparer);
    private readonly List<SpecDiagnostic> _diagnostics;

    // "file#pointer" of every schema folded in, to the component name it got.
    private readonly Dictionary<string, string> _componentNames = new(StringComparer.Ordinal);

    // "file#pointer" of the non-schema parts being copied, to stop a part that (indirectly) contains itself.
    private readonly HashSet<string> _copying = new(StringComparer.Ordinal);

    private ReferenceBundler(SpecInput input, JsonObject root, List<SpecDiagnostic> diagnostics)
    {
        _mainPath = SpecPath.Normalize(input.Path);
        _mainDisplayPath = input.Path;
        _root = root;
        _isSwagger2 = root.ContainsKey("swagger");
        _diagnostics = diagnostics;
        _sinks[_mainPath] = new DiagnosticSink(input, diagnostics);
        foreach (SpecDocument document in input.ReferencedDocuments)
        {
            _documents[document.Path] = document;
        }
    }

    /// <summary>Rewrites <paramref name="root"/> (the spec's parsed text) in place and reports what it cannot resolve.</summary>
    public static void Bundle(SpecInput input, JsonObject root, List<SpecDiagnostic> diagnostics)
    {
        var bundler = new ReferenceBundler(input, root, diagnostics);
        bundler.ReplaceComponentsThatAreReferences();
        bundler.Walk(root, bundler._mainPath, SpecPosition.Root, string.Empty);
        foreach (DiagnosticSink sink in bundler._sinks.Values)
        {
            sink.Flush();
        }
    }

    private JsonObject Schemas
    {
        get
        {
            JsonObject container = _root;
            if (!_isSwagger2)
            {
                container = _root["components"] as JsonObject ?? (JsonObject)(_root["components"] = new JsonObject());
            }

            string key = _isSwagger2 ? "definitions" : "schemas";
            return container[key] as JsonObject ?? (JsonObject)(container[key] = new JsonObject());
        }
    }

    /// <summary>
    /// <c>components: schemas: Pet: { $ref: pet.yaml }</c> is how split specs name their schemas: the
    /// component becomes the file's schema itself, under the name the spec gave it. Done before the walk, so
    /// that other references to the same file find that name.
    /// </summary>
    private void ReplaceComponentsThatAreReferences()
    {
        JsonObject? schemas = _isSwagger2 ? _root["definitions"] as JsonObject : (_root["components"] as JsonObject)?["schemas"] as JsonObject;
        if (schemas is null)
        {
            return;
        }

        var replaced = new List<(string Name, string File, string Pointer, string Reference)>();
        foreach (KeyValuePair<string, JsonNode?> entry in schemas)
        {
            if (entry.Value is JsonObject { Count: 1 } wrapper
                && ReferenceOf(wrapper) is { } reference
                && Target(reference, _mainPath) is ({ } file, string pointer)
                && !IsMain(file)
                && !_componentNames.ContainsKey(Key(file, pointer)))
            {
                _componentNames[Key(file, pointer)] = entry.Key;
                replaced.Add((entry.Key, file, pointer, reference));
            }
        }

        foreach ((string name, string file, string pointer, string reference) in replaced)
        {
            string at = SpecPointer.Of(_isSwagger2 ? ["definitions", name] : ["components", "schemas", name]);
            JsonNode? copy = Find(file, pointer, reference, _mainPath, at)?.DeepClone();
            schemas[name] = copy ?? new JsonObject();
            Walk(copy, file, SpecPosition.Schema, pointer);
        }
    }

    private void Walk(JsonNode? node, string file, SpecPosition position, string pointer) =>
        SpecTree.Walk(node, position, pointer, (obj, at, objPointer) => Visit(obj, file, at, objPointer));

    private bool Visit(JsonObject obj, string file, SpecPosition position, string pointer)
    {
        if (position == SpecPosition.Discriminator)
        {
            RewriteMapping(obj, file, pointer);
            return false;
        }

        if (position is not (SpecPosition.Schema or SpecPosition.Other or SpecPosition.Link) || ReferenceOf(obj) is not { } reference)
        {
            return true;
        }

        if (position == SpecPosition.Schema)
        {
            PointSchemaReference(obj, reference, file, pointer);
        }
        else
        {
            CopyReferencedPart(obj, reference, file, position, pointer);
        }

        return false;
    }

    private void PointSchemaReference(JsonObject schema, string reference, string file, string pointer)
    {
        (string? targetFile, string targetPointer) = Target(reference, file);
        if (targetFile is not null && IsMain(targetFile))
        {
            if (!IsMain(file))
            {
                schema["$ref"] = "#" + targetPointer;
            }
        }
        else if (FoldIn(targetFile, targetPointer, reference, file, pointer) is { } name)
        {
            schema["$ref"] = ComponentReference(name);
        }
        else
        {
            // Reported: the schema keeps its other keywords and otherwise accepts any JSON.
            schema.Remove("$ref");
        }
    }

    /// <summary>Makes the schema at <paramref name="targetPointer"/> of another file a component of the spec.</summary>
    private string? FoldIn(string? targetFile, string targetPointer, string reference, string file, string pointer)
    {
        if (targetFile is null)
        {
            ReportUnavailable(reference, file, pointer);
            return null;
        }

        string key = Key(targetFile, targetPointer);
        if (_componentNames.TryGetValue(key, out string? known))
        {
            return known;
        }

        if (Find(targetFile, targetPointer, reference, file, pointer) is not { } target)
        {
            return null;
        }

        string name = UniqueComponentName(targetFile, targetPointer);
        _componentNames[key] = name;
        JsonNode copy = target.DeepClone();
        Schemas[name] = copy;
        Walk(copy, targetFile, SpecPosition.Schema, targetPointer);
        return name;
    }

    private void CopyReferencedPart(JsonObject part, string reference, string file, SpecPosition position, string pointer)
    {
        (string? targetFile, string targetPointer) = Target(reference, file);
        if (targetFile is not null && IsMain(targetFile))
        {
            if (!IsMain(file))
            {
                part["$ref"] = "#" + targetPointer;
            }

            return;
        }

        part.Remove("$ref");
        if (targetFile is null)
        {
            ReportUnavailable(reference, file, pointer);
            return;
        }

        string key = Key(targetFile, targetPointer);
        if (!_copying.Add(key))
        {
            Sink(file).Report(DiagnosticCatalog.UnsupportedConstruct, SpecPointer.Append(pointer, "$ref"), "A part that contains itself", reference, SpecPointer.LastSegment(pointer));
            return;
        }

        if (Find(targetFile, targetPointer, reference, file, pointer) is JsonObject target)
        {
            // Keywords beside the reference (3.1's summary and description) win over the copied ones.
            foreach (KeyValuePair<string, JsonNode?> entry in target)
            {
                if (!part.ContainsKey(entry.Key))
                {
                    part[entry.Key] = entry.Value?.DeepClone();
                }
            }

            foreach (KeyValuePair<string, JsonNode?> child in part.ToList())
            {
                Walk(child.Value, targetFile, SpecPositions.Child(position, child.Key), SpecPointer.Append(targetPointer, child.Key));
            }
        }

        _copying.Remove(key);
    }

    // A discriminator's mapping values are references written as plain strings, or bare schema names.
    private void RewriteMapping(JsonObject discriminator, string file, string pointer)
    {
        if (discriminator["mapping"] is not JsonObject mapping)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode?> entry in mapping.ToList())
        {
            if (entry.Value is not JsonValue value || !value.TryGetValue(out string? reference) || !IsReference(reference))
            {
                continue;
            }

            (string? targetFile, string targetPointer) = Target(reference, file);
            if (targetFile is not null && IsMain(targetFile))
            {
                if (!IsMain(file))
                {
                    mapping[entry.Key] = "#" + targetPointer;
                }
            }
            else if (FoldIn(targetFile, targetPointer, reference, file, SpecPointer.Append(pointer, "mapping", entry.Key)) is { } name)
            {
                mapping[entry.Key] = ComponentReference(name);
            }
        }

        static bool IsReference(string value) =>
            value.IndexOf('#') >= 0 || value.IndexOf('/') >= 0
            || value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The node at <paramref name="targetPointer"/> in <paramref name="targetFile"/>, or null after reporting why not.</summary>
    private JsonNode? Find(string targetFile, string targetPointer, string reference, string file, string pointer)
    {
        if (!IsMain(targetFile) && !_documents.ContainsKey(targetFile))
        {
            ReportUnavailable(reference, file, pointer);
            return null;
        }

        if (!_parsed.TryGetValue(targetFile, out JsonNode? root))
        {
            root = IsMain(targetFile) ? _root : SpecNodes.Parse(targetFile, _documents[targetFile].Text, _diagnostics);
            _parsed[targetFile] = root;
        }

        if (root is null)
        {
            // The file itself is unreadable, and reported as such (once).
            return null;
        }

        JsonNode? node = SpecNodes.At(root, SpecPointer.Segments(targetPointer, percentEncoded: false));
        if (node is null)
        {
            Sink(file).Report(DiagnosticCatalog.UnresolvedReference, SpecPointer.Append(pointer, "$ref"), reference, SpecPointer.LastSegment(pointer));
        }

        return node;
    }

    private void ReportUnavailable(string reference, string file, string pointer) =>
        Sink(file).Report(DiagnosticCatalog.ExternalFileUnavailable, SpecPointer.Append(pointer, "$ref"), DisplayPath(file), reference);

    private string UniqueComponentName(string file, string pointer)
    {
        JsonObject schemas = Schemas;
        string preferred = pointer.Length == 0 ? SpecPath.Stem(file) : SpecPointer.LastSegment(pointer);
        string candidate = preferred;
        if (schemas.ContainsKey(candidate))
        {
            // Two files each with an "Error": the second is named after its file, "CommonError".
            candidate = SpecPath.Stem(file) + "_" + preferred;
        }

        for (int suffix = 2; schemas.ContainsKey(candidate); suffix++)
        {
            candidate = preferred + suffix;
        }

        return candidate;
    }

    private string ComponentReference(string name) => SpecPointer.Append(_isSwagger2 ? "#/definitions" : SpecPointer.ComponentSchemas, name);

    private (string? File, string Pointer) Target(string reference, string file)
    {
        int hash = reference.IndexOf('#');
        string filePart = hash >= 0 ? reference.Substring(0, hash) : reference;
        string pointer = hash >= 0 ? Uri.UnescapeDataString(reference.Substring(hash + 1)) : string.Empty;
        return (filePart.Length == 0 ? file : SpecPath.Resolve(file, filePart), pointer);
    }

    private DiagnosticSink Sink(string file)
    {
        if (!_sinks.TryGetValue(file, out DiagnosticSink? sink))
        {
            SpecDocument document = _documents[file];
            sink = new DiagnosticSink(new SpecInput(document.Path, document.Text), _diagnostics);
            _sinks[file] = sink;
        }

        return sink;
    }

    private static string? ReferenceOf(JsonObject obj) =>
        obj["$ref"] is JsonValue value && value.TryGetValue(out string? reference) ? reference : null;

    private bool IsMain(string file) => SpecPath.Comparer.Equals(file, _mainPath);

    private string DisplayPath(string file) => IsMain(file) ? _mainDisplayPath : file;

    private static string Key(string file, string pointer) => file + "#" + pointer;
}
