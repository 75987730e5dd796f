using System;
using System.Collections.Generic;
using System.Linq;
using MindGen.Model;

namespace MindGen.Reading;

/// <summary>
/// Finds the files a spec's <c>$ref</c>s point into, so that the caller (the generator with its
/// AdditionalFiles, the command-line tool with the disk) can hand their texts to the engine.
/// </summary>
public static class ExternalReferences
{
    /// <summary>
    /// Returns <paramref name="input"/> with the texts of every file its references reach, directly or
    /// through other referenced files. <paramref name="readFile"/> gets a normalized absolute path and
    /// returns null for a file it does not have; such references are reported later, where they are used.
    /// </summary>
    public static SpecInput Attach(SpecInput input, Func<string, string?> readFile)
    {
        var found = new List<SpecDocument>();
        var seen = new HashSet<string>(SpecPath.Comparer) { SpecPath.Normalize(input.Path) };
        var pending = new Queue<(string Path, string Text)>();
        pending.Enqueue((input.Path, input.Text));
        while (pending.Count > 0)
        {
            (string path, string text) = pending.Dequeue();
            foreach (string file in FilesReferenced(text))
            {
                if (SpecPath.Resolve(path, file) is { } resolved && seen.Add(resolved) && readFile(resolved) is { } referencedText)
                {
                    found.Add(new SpecDocument(resolved, referencedText));
                    pending.Enqueue((resolved, referencedText));
                }
            }
        }

        return input with { ReferencedDocuments = found.OrderBy(document => document.Path, StringComparer.Ordinal).ToEquatableArray() };
    }

    /// <summary>
    /// The file parts of the <c>$ref</c> values in a spec's text that point outside it, as written. A text
    /// scan rather than a parse: it runs on every spec (GitHub's 13 MB in a few milliseconds), and most
    /// have no such references.
    /// </summary>
    public static IEnumerable<string> FilesReferenced(string text)
    {
        const string Key = "$ref";
        for (int at = text.IndexOf(Key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Key, at + Key.Length, StringComparison.Ordinal))
        {
            if (ReferenceValueAfterKey(text, at + Key.Length) is { Length: > 0 } value && value[0] != '#')
            {
                int hash = value.IndexOf('#');
                yield return hash >= 0 ? value.Substring(0, hash) : value;
            }
        }
    }

    public static bool Any(string text) => FilesReferenced(text).Any();

    // After `$ref` come an optional closing quote, a colon and the value, quoted (JSON, YAML) or plain (YAML).
    private static string? ReferenceValueAfterKey(string text, int index)
    {
        if (index < text.Length && text[index] is '"' or '\'')
        {
            index++;
        }

        index = SkipBlanks(text, index);
        if (index >= text.Length || text[index] != ':')
        {
            return null;
        }

        index = SkipBlanks(text, index + 1);
        if (index >= text.Length)
        {
            return null;
        }

        char quote = text[index] is '"' or '\'' ? text[index] : '\0';
        int start = quote == '\0' ? index : index + 1;
        int end = start;
        while (end < text.Length && !EndsValue(text[end], quote))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    private static bool EndsValue(char c, char quote) =>
        quote != '\0' ? c == quote || c is '\n' or '\r' : char.IsWhiteSpace(c) || c is ',' or '}' or ']';

    private static int SkipBlanks(string text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\t')
        {
            index++;
        }

        return index;
    }
}
