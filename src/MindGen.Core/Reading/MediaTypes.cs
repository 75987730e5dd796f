using System;

namespace MindGen.Reading;

/// <summary>
/// What a media type in a spec's <c>content</c> map means to MindGen. One rule for the generator and the
/// command-line tool, so that <c>mindgen validate</c> checks exactly the bodies the client reads as JSON.
/// Parameters (<c>; charset=utf-8</c>) and case do not matter.
/// </summary>
public static class MediaTypes
{
    public const string FormUrlEncoded = "application/x-www-form-urlencoded";
    public const string Multipart = "multipart/form-data";
    public const string OctetStream = "application/octet-stream";

    /// <summary><c>application/json</c>, any <c>+json</c> suffix (problem+json, vnd.api+json), or <c>*/*</c>.</summary>
    public static bool IsJson(string mediaType)
    {
        string essence = Essence(mediaType);
        return essence.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || essence.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || essence.Equals("*/*", StringComparison.Ordinal);
    }

    public static bool IsText(string mediaType) => Essence(mediaType).StartsWith("text/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="mediaType"/> is <paramref name="expected"/>, ignoring parameters and case.</summary>
    public static bool Is(string mediaType, string expected) => Essence(mediaType).Equals(expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>The type without its parameters: <c>application/json; charset=utf-8</c> → <c>application/json</c>.</summary>
    public static string Essence(string mediaType) => mediaType.Split(';')[0].Trim();
}
