using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using MindGen.Diagnostics;
using SharpYaml;
using SharpYaml.Events;

namespace MindGen.Reading;

/// <summary>
/// Finds the lines and columns of JSON pointers (<c>#/paths/~1pets/get</c>) in a spec. The OpenAPI reader
/// and the model builder know problems by pointer only; this turns them into places a person can jump to.
/// All pointers of a spec are resolved in one pass over the text, walking only the branches some pointer
/// needs, so a spec with hundreds of findings costs one scan, not hundreds. Each pointer resolves to the
/// deepest node on its path that exists, or to the start of the file.
/// </summary>
internal static class SpecLocator
{
    public static SourceLocation[] Locate(string filePath, string text, IReadOnlyList<string?> pointers)
    {
        var root = new PointerTrie();
        var leaves = new PointerTrie[pointers.Count];
        for (int i = 0; i < pointers.Count; i++)
        {
            leaves[i] = root.Add(SpecPointer.Segments(pointers[i]));
        }

        if (pointers.Count > 0)
        {
            if (text.TrimStart().StartsWith("{", StringComparison.Ordinal) || text.TrimStart().StartsWith("[", StringComparison.Ordinal))
            {
                JsonWalker.Walk(text, root);
            }
            else
            {
                YamlWalker.Walk(text, root);
            }
        }

        var locations = new SourceLocation[pointers.Count];
        for (int i = 0; i < pointers.Count; i++)
        {
            (int line, int column) = leaves[i].DeepestLocation();
            locations[i] = new SourceLocation(filePath, line, column);
        }

        return locations;
    }

    public static SourceLocation Locate(string filePath, string text, string? pointer) => Locate(filePath, text, [pointer])[0];

    /// <summary>The pointers to find, as a tree of segments; each node learns where its segment is.</summary>
    private sealed class PointerTrie
    {
        private readonly PointerTrie? _parent;
        private Dictionary<string, PointerTrie>? _children;

        public PointerTrie(PointerTrie? parent = null) => _parent = parent;

        public (int Line, int Column)? Location { get; set; }

        public bool HasChildren => _children is { Count: > 0 };

        public PointerTrie Add(List<string> segments)
        {
            PointerTrie node = this;
            foreach (string segment in segments)
            {
                node._children ??= new Dictionary<string, PointerTrie>(StringComparer.Ordinal);
                if (!node._children.TryGetValue(segment, out PointerTrie? child))
                {
                    child = new PointerTrie(node);
                    node._children[segment] = child;
                }

                node = child;
            }

            return node;
        }

        public PointerTrie? Child(string segment) =>
            _children is not null && _children.TryGetValue(segment, out PointerTrie? child) ? child : null;

        public (int Line, int Column) DeepestLocation()
        {
            for (PointerTrie? node = this; node is not null; node = node._parent)
            {
                if (node.Location is { } location)
                {
                    return location;
                }
            }

            return (0, 0);
        }
    }

    private static class YamlWalker
    {
        public static void Walk(string text, PointerTrie root)
        {
            try
            {
                IParser parser = Parser.CreateParser(new StringReader(text));
                while (parser.MoveNext() && parser.Current is not (MappingStart or SequenceStart or Scalar))
                {
                }

                if (parser.Current is not null)
                {
                    root.Location = (parser.Current.Start.Line, parser.Current.Start.Column);
                    Node(parser, root);
                }
            }
            catch (YamlException)
            {
                // A syntax error past the parts walked: what was found so far still helps.
            }
        }

        // The parser stands on a node's first event; afterwards it stands on the event after the node.
        private static void Node(IParser parser, PointerTrie trie)
        {
            ParsingEvent start = parser.Current!;
            if (!trie.HasChildren || start is not (MappingStart or SequenceStart))
            {
                Skip(parser);
                return;
            }

            parser.MoveNext();
            int index = 0;
            while (parser.Current is not (MappingEnd or SequenceEnd or null))
            {
                string segment;
                Mark mark = parser.Current.Start;
                if (start is MappingStart)
                {
                    segment = (parser.Current as Scalar)?.Value ?? string.Empty;
                    Skip(parser);
                }
                else
                {
                    segment = (index++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                if (trie.Child(segment) is { } child)
                {
                    child.Location = (mark.Line, mark.Column);
                    Node(parser, child);
                }
                else
                {
                    Skip(parser);
                }
            }

            parser.MoveNext();
        }

        private static void Skip(IParser parser)
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

    private static class JsonWalker
    {
        public static void Walk(string text, PointerTrie root)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            var lines = new LineMap(utf8);
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            try
            {
                if (reader.Read())
                {
                    root.Location = lines.Position(reader.TokenStartIndex);
                    Node(ref reader, root, lines);
                }
            }
            catch (JsonException)
            {
                // As for YAML: keep what was found before the syntax error.
            }
        }

        // The reader stands on a value's first token; afterwards on its last.
        private static void Node(ref Utf8JsonReader reader, PointerTrie trie, LineMap lines)
        {
            if (!trie.HasChildren || reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                reader.Skip();
                return;
            }

            bool isObject = reader.TokenType == JsonTokenType.StartObject;
            int index = 0;
            while (reader.Read() && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                (int, int) position = lines.Position(reader.TokenStartIndex);
                string segment = isObject ? reader.GetString()! : (index++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (isObject)
                {
                    reader.Read();
                }

                if (trie.Child(segment) is { } child)
                {
                    child.Location = position;
                    Node(ref reader, child, lines);
                }
                else
                {
                    reader.Skip();
                }
            }
        }
    }

    /// <summary>Byte offsets in UTF-8 text to zero-based lines and (character) columns.</summary>
    private sealed class LineMap
    {
        private readonly byte[] _utf8;
        private readonly List<int> _lineStarts = [0];

        public LineMap(byte[] utf8)
        {
            _utf8 = utf8;
            for (int i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Position(long offset)
        {
            int line = _lineStarts.BinarySearch((int)offset);
            line = line >= 0 ? line : ~line - 1;
            return (line, Encoding.UTF8.GetCharCount(_utf8, _lineStarts[line], (int)offset - _lineStarts[line]));
        }
    }
}
