using System;
using System.Collections.Generic;

namespace MindGen.Reading;

/// <summary>
/// Resolves the file part of a relative <c>$ref</c> against the file it appears in, without touching the
/// disk: the generator may not do I/O, and its files come from the compiler with absolute paths.
/// Paths are compared with <see cref="Comparer"/> after <see cref="Normalize"/>.
/// </summary>
public static class SpecPath
{
    /// <summary>
    /// Ignores case: on Windows and macOS two spellings name one file, and a project with two spec files
    /// that differ only in case would be confusing anywhere.
    /// </summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>The absolute path <paramref name="reference"/> names, or null for a URL (never fetched).</summary>
    public static string? Resolve(string referringFile, string reference)
    {
        if (reference.IndexOf("://", StringComparison.Ordinal) >= 0 || reference.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        string unescaped = Uri.UnescapeDataString(reference);
        if (IsRooted(unescaped))
        {
            return Normalize(unescaped);
        }

        string normalizedReferrer = Normalize(referringFile);
        int lastSlash = normalizedReferrer.LastIndexOf('/');
        string directory = lastSlash >= 0 ? normalizedReferrer.Substring(0, lastSlash + 1) : string.Empty;
        return Normalize(directory + unescaped);
    }

    /// <summary>Forward slashes, no <c>.</c> or <c>..</c> segments, no doubled separators.</summary>
    public static string Normalize(string path)
    {
        string slashed = path.Replace('\\', '/');
        bool rooted = slashed.StartsWith("/", StringComparison.Ordinal);
        var segments = new List<string>();
        foreach (string segment in slashed.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", segments);
    }

    /// <summary>The file name without directory (<c>apis/common.yaml</c> → <c>common.yaml</c>).</summary>
    public static string FileName(string path) => path.Substring(path.LastIndexOfAny(['/', '\\']) + 1);

    /// <summary>The file name without directory or extension (<c>apis/common.yaml</c> → <c>common</c>).</summary>
    public static string Stem(string path)
    {
        string name = FileName(path);
        int dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    private static bool IsRooted(string path) =>
        path.StartsWith("/", StringComparison.Ordinal)
        || path.StartsWith("\\", StringComparison.Ordinal)
        || (path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0]));
}
