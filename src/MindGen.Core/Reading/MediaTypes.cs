using System;
using MindGen.Model;

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

    /// <summary>
    /// How a stream of items is framed in <paramref name="mediaType"/>: server-sent events, JSON lines (NDJSON, JSONL,
    /// Kubernetes' <c>application/json;stream=watch</c>) or JSON text sequences; null for any other media type.
    /// </summary>
    public static EventStreamFormat? StreamFormat(string mediaType)
    {
        string essence = Essence(mediaType).ToLowerInvariant();
        return essence switch
        {
            "text/event-stream" => EventStreamFormat.ServerSentEvents,
            "application/x-ndjson" or "application/ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines" => EventStreamFormat.JsonLines,
            "application/json-seq" => EventStreamFormat.JsonSequence,
            "application/json" when IsWatch(mediaType) => EventStreamFormat.JsonLines,
            _ => null,
        };
    }

    /// <summary>Kubernetes' <c>application/json;stream=watch</c>: JSON lines of watch events, each a type and an object.</summary>
    public static bool IsWatch(string mediaType) =>
        Is(mediaType, "application/json") && mediaType.Replace(" ", string.Empty).IndexOf(";stream=watch", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Whether <paramref name="mediaType"/> is <paramref name="expected"/>, ignoring parameters and case.</summary>
    public static bool Is(string mediaType, string expected) => Essence(mediaType).Equals(expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>The type without its parameters: <c>application/json; charset=utf-8</c> → <c>application/json</c>.</summary>
    public static string Essence(string mediaType) => mediaType.Split(';')[0].Trim();
}
