using System;
using System.Collections.Generic;
using System.Linq;

namespace MindGen.Reading;

/// <summary>
/// JSON pointers (RFC 6901) into a spec, the one place that escapes and unescapes their segments: diagnostics are
/// known by pointer (<c>#/paths/~1pets/get</c>) until <see cref="SpecLocator"/> turns them into lines.
/// </summary>
public static class SpecPointer
{
    /// <summary>The pointer of the spec's component schemas in OpenAPI 3.</summary>
    public const string ComponentSchemas = "#/components/schemas";

    public static string Append(string pointer, string segment) =>
        pointer + "/" + Escape(segment);

    public static string Append(string pointer, string segment1, string segment2) =>
        Append(Append(pointer, segment1), segment2);

    public static string Append(string pointer, string segment1, string segment2, string segment3) =>
        Append(Append(Append(pointer, segment1), segment2), segment3);

    /// <summary>Appends an array index.</summary>
    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A pointer from its unescaped segments: <c>["paths", "/pets"]</c> → <c>/paths/~1pets</c>.</summary>
    public static string Of(IEnumerable<string> segments) => segments.Aggregate(string.Empty, Append);

    /// <summary>
    /// The unescaped segments of a pointer, with or without the leading <c>#</c>. A pointer taken from a URI
    /// fragment is also percent-encoded (<c>#/paths/~1pets~1%7Bid%7D</c>) unless the caller decoded it already.
    /// </summary>
    public static List<string> Segments(string? pointer, bool percentEncoded = true)
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
                segments.Add(Unescape(percentEncoded ? Uri.UnescapeDataString(raw) : raw));
            }
        }

        return segments;
    }

    /// <summary>The last segment, unescaped (<c>#/components/schemas/a~1b</c> → <c>a/b</c>).</summary>
    public static string LastSegment(string pointer) => Unescape(pointer.Substring(pointer.LastIndexOf('/') + 1));

    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    public static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");
}
