using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Microsoft.OpenApi.YamlReader;
using MindGen.Diagnostics;
using SharpYaml;
using SharpYaml.Serialization;

namespace MindGen.Reading;

/// <summary>Parses a spec file, YAML or JSON, into a JSON tree that references can be resolved in.</summary>
internal static class SpecNodes
{
    // The "(Lin: 3, Col: 6, Chr: 38) - (Lin: 3, Col: 6, Chr: 38): " before a YAML error; the diagnostic's location says it.
    private static readonly Regex YamlMarks = new(@"^\(Lin: [^)]*\) - \(Lin: [^)]*\): ", RegexOptions.CultureInvariant);

    /// <summary>The file's root, or null after reporting why it cannot be read.</summary>
    public static JsonNode? Parse(string path, string text, List<SpecDiagnostic> diagnostics)
    {
        try
        {
            if (IsJson(text))
            {
                return JsonNode.Parse(text);
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count > 0)
            {
                return YamlConverter.ToJsonNode(stream.Documents[0]);
            }

            diagnostics.Add(SpecDiagnostic.Create(DiagnosticCatalog.UnreadableDocument, new SourceLocation(path, 0, 0), path, "the file is empty"));
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticCatalog.UnreadableDocument, new SourceLocation(path, e.Start.Line, e.Start.Column), path, YamlMarks.Replace(e.Message, string.Empty)));
            return null;
        }
        catch (JsonException e)
        {
            diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticCatalog.UnreadableDocument, new SourceLocation(path, (int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0)), path, e.Message));
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(SpecDiagnostic.Create(DiagnosticCatalog.UnreadableDocument, new SourceLocation(path, 0, 0), path, e.Message));
            return null;
        }
    }

    public static bool IsJson(string text) => text.TrimStart().StartsWith("{", StringComparison.Ordinal);

    /// <summary>The node at the (unescaped) pointer segments, or null when there is none.</summary>
    public static JsonNode? At(JsonNode? root, IEnumerable<string> segments)
    {
        JsonNode? node = root;
        foreach (string segment in segments)
        {
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }
}
