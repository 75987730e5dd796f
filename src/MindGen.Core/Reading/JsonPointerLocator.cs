using System;
using System.Collections.Generic;
using System.IO;
using MindGen.Diagnostics;
using SharpYaml;
using SharpYaml.Events;

namespace MindGen.Reading;

/// <summary>
/// Finds the line and column of a JSON pointer (<c>#/paths/~1pets/get</c>) in YAML or JSON text. The OpenAPI
/// reader reports problems by pointer only; this turns them into places a person can jump to. It re-scans
/// the text, so it runs only when there is something to report.
/// </summary>
internal static class JsonPointerLocator
{
    /// <summary>The deepest node on the pointer's path that exists; the file's start if none does.</summary>
    public static SourceLocation Locate(string filePath, string text, string? pointer)
    {
        var segments = ParsePointer(pointer);
        Mark best = default;
        try
        {
            var parser = Parser.CreateParser(new StringReader(text));
            while (parser.MoveNext() && parser.Current is not (MappingStart or SequenceStart or Scalar))
            {
            }

            if (parser.Current is not null)
            {
                best = parser.Current.Start;
                FindInNode(parser, segments, 0, ref best);
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // A syntax error past the part we walked: the best mark found so far still helps.
        }

        return new SourceLocation(filePath, best.Line, best.Column);
    }

    private static List<string> ParsePointer(string? pointer)
    {
        var segments = new List<string>();
        if (string.IsNullOrEmpty(pointer))
        {
            return segments;
        }

        string path = pointer!.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
        foreach (string raw in path.Split('/'))
        {
            if (raw.Length > 0)
            {
                segments.Add(Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~"));
            }
        }

        return segments;
    }

    // The parser stands on a node's first event. Walks into it while the pointer matches; otherwise skips it.
    private static void FindInNode(IParser parser, List<string> segments, int depth, ref Mark best)
    {
        ParsingEvent start = parser.Current!;
        if (depth == segments.Count || start is Scalar or AnchorAlias)
        {
            SkipNode(parser);
            return;
        }

        if (start is MappingStart)
        {
            parser.MoveNext();
            while (parser.Current is not MappingEnd)
            {
                var key = parser.Current as Scalar;
                Mark keyMark = parser.Current!.Start;
                SkipNode(parser);
                if (key is not null && key.Value == segments[depth])
                {
                    best = keyMark;
                    FindInNode(parser, segments, depth + 1, ref best);
                    return;
                }

                SkipNode(parser);
            }
        }
        else if (start is SequenceStart && int.TryParse(segments[depth], out int wanted))
        {
            parser.MoveNext();
            for (int index = 0; parser.Current is not SequenceEnd; index++)
            {
                if (index == wanted)
                {
                    best = parser.Current!.Start;
                    FindInNode(parser, segments, depth + 1, ref best);
                    return;
                }

                SkipNode(parser);
            }
        }
    }

    // Moves past the node the parser stands on, however deep it is.
    private static void SkipNode(IParser parser)
    {
        int depth = 0;
        do
        {
            depth += parser.Current!.NestingIncrease;
            parser.MoveNext();
        }
        while (depth > 0);
    }
}
