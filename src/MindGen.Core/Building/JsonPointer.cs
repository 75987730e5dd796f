namespace MindGen.Building;

/// <summary>Builds JSON pointers (RFC 6901) so that diagnostics can say where in the spec a problem is.</summary>
internal static class JsonPointer
{
    public static string Append(string pointer, string segment) =>
        pointer + "/" + segment.Replace("~", "~0").Replace("/", "~1");

    public static string Append(string pointer, string segment1, string segment2) =>
        Append(Append(pointer, segment1), segment2);
}
