using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Reading;

namespace MindGen.Building.Operations;

/// <summary>
/// What each item of a stream (a response's or an upload's) is: OpenAPI 3.2's <c>itemSchema</c> when the media type
/// has one, else its schema, or that schema's <c>items</c> when it describes the stream as an array.
/// </summary>
internal static class StreamItem
{
    /// <param name="media">The streaming media type.</param>
    /// <param name="mediaPointer">Where the media type is in the spec.</param>
    /// <returns>The item's schema (null when none is given), where it is, and whether <c>itemSchema</c> said it.</returns>
    public static (IOpenApiSchema? Schema, string Pointer, bool FromItemSchema) Of(IOpenApiMediaType media, string mediaPointer)
    {
        if (media.ItemSchema is { } declared)
        {
            return (declared, SpecPointer.Append(mediaPointer, "itemSchema"), true);
        }

        string pointer = SpecPointer.Append(mediaPointer, "schema");
        return media.Schema is { Type: { } type, Items: { } items } && type.HasFlag(JsonSchemaType.Array)
            ? (items, SpecPointer.Append(pointer, "items"), false)
            : (media.Schema, pointer, false);
    }

    /// <summary>
    /// Warns (MG0011) of an <c>itemSchema</c> on a media type MindGen does not read as a stream (<c>application/xml</c>,
    /// or JSON that is one document): the body is read as the media type says, and the item schema goes unused.
    /// </summary>
    public static void ReportUnread(BuildContext context, IEnumerable<KeyValuePair<string, IOpenApiMediaType>> content, string contentPointer)
    {
        foreach (KeyValuePair<string, IOpenApiMediaType> media in content.Where(pair => pair.Value?.ItemSchema is not null && MediaTypes.StreamFormat(pair.Key) is null))
        {
            string pointer = SpecPointer.Append(SpecPointer.Append(contentPointer, media.Key), "itemSchema");
            context.Diagnostics.Report(DiagnosticCatalog.KeywordIgnored, pointer, "itemSchema", pointer,
                $"'{media.Key}' is not a stream MindGen reads (server-sent events, JSON lines, JSON text sequences), so the body is read as its schema says");
        }
    }
}
