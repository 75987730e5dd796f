using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace MindGen.Naming;

/// <summary>
/// Reads which names a template declares, without a compiler: the text is split into declarations at
/// namespace level (depth 0, after a file-scoped namespace) and at member level (depth 1), with comments,
/// strings and characters blanked so that their braces do not count. Templates are MindGen's own code;
/// a test checks this against Roslyn's view of every template.
/// </summary>
internal static class TemplateDeclarations
{
    private static readonly Regex TypeDeclaration = new(@"\b(?:class|struct|interface|record|enum)\s+([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant);
    private static readonly Regex TrailingIdentifier = new(@"([A-Za-z_][A-Za-z0-9_]*)\s*(?:<[^<>]*>)?\s*$", RegexOptions.CultureInvariant);

    public static (IReadOnlyList<string> Types, IReadOnlyList<string> Members) Scan(string code)
    {
        string text = Blank(code);
        var types = new List<string>();
        var members = new List<string>();
        var chunk = new StringBuilder();
        int depth = 0;
        foreach (char c in text)
        {
            if (c is '{' or ';' or '}')
            {
                if (c != '}' && depth <= 1)
                {
                    Declared(chunk.ToString(), depth == 0 ? types : members, types);
                }

                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                chunk.Clear();
                continue;
            }

            if (depth <= 1)
            {
                chunk.Append(c);
            }
        }

        return (types, members);
    }

    private static void Declared(string declaration, List<string> into, List<string> types)
    {
        string text = Regex.Replace(declaration, @"^\s*(?:\[[^\]]*\]\s*)*", string.Empty);
        if (text.Trim().Length == 0 || text.Contains("namespace ") || text.Contains("operator"))
        {
            return;
        }

        Match type = TypeDeclaration.Match(text);
        if (type.Success)
        {
            Add(into, type.Groups[1].Value);
            return;
        }

        int end = text.IndexOfAny(['(', '=']);
        Match name = TrailingIdentifier.Match(end >= 0 ? text.Substring(0, end) : text);
        // A constructor is named like its type, and is no member name.
        if (name.Success && !types.Contains(name.Groups[1].Value))
        {
            Add(into, name.Groups[1].Value);
        }
    }

    private static void Add(List<string> names, string name)
    {
        if (!names.Contains(name))
        {
            names.Add(name);
        }
    }

    // Comments, preprocessor lines, strings and characters become spaces: only structure is left.
    private static string Blank(string code)
    {
        var text = new StringBuilder(code.Length);
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            char next = i + 1 < code.Length ? code[i + 1] : '\0';
            if (c == '/' && next == '/' || c == '#' && (i == 0 || code[i - 1] == '\n'))
            {
                while (i < code.Length && code[i] != '\n')
                {
                    i++;
                }

                text.Append('\n');
            }
            else if (c == '/' && next == '*')
            {
                int end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? code.Length : end + 1;
                text.Append(' ');
            }
            else if (c is '"' or '\'')
            {
                for (i++; i < code.Length && code[i] != c; i++)
                {
                    i += code[i] == '\\' ? 1 : 0;
                }

                text.Append(' ');
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
